// Clearing the user's selected tab touches the sheetView's flag and not one other byte, whatever the
// sheet's encoding details (a BOM, Chinese text, a prefix) or size.
import { unselectSheet } from "../../../src/xlsx/write/tabSelected";

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): string => new TextDecoder("utf-8", { ignoreBOM: true }).decode(b);

it("removes tabSelected from the sheet's views, keeping the BOM, the rest of the tag and the cells", () => {
  const cells = `<sheetData>${'<row r="1"><c r="A1" t="inlineStr"><is><t>单位名称 tabSelected="1"</t></is></c></row>'.repeat(5000)}</sheetData>`;
  const sheet = `\uFEFF<?xml version="1.0"?><x:worksheet xmlns:x="s"><x:sheetViews><x:sheetView tabSelected="1" zoomScale="85" workbookViewId="0"/></x:sheetViews>${cells}</x:worksheet>`;
  const out = unselectSheet(encode(sheet));
  expect(out).not.toBeNull();
  expect(decode(out as Uint8Array)).toBe(sheet.replace(' tabSelected="1" zoomScale', " zoomScale"));
});

it("leaves a sheet whose views are not selected alone", () => {
  expect(unselectSheet(encode('<worksheet><sheetViews><sheetView tabSelected="0" workbookViewId="0"/></sheetViews><sheetData/></worksheet>'))).toBeNull();
});

it("never cuts a character in two when the views lie past the bytes it looks at", () => {
  const filler = "<sheetPr><x>".concat("考".repeat(40_000), "</x></sheetPr>");
  const sheet = encode(`<worksheet>${filler}<sheetViews><sheetView tabSelected="1"/></sheetViews><sheetData/></worksheet>`);
  const out = unselectSheet(sheet);
  expect(out === null || decode(out) === decode(sheet)).toBe(true);
});
