// The parts that go with a sheet ASSESS removes or writes again: its drawing and chart, but never a
// part that something of the user's still points at.
import { openPackage, type Package } from "../../../src/xlsx/package";
import { partsThatGo } from "../../../src/xlsx/write/owned";
import { zipParts, type Parts } from "../zipParts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (...targets: [type: string, target: string][]): string =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map(([type, target], k) => `<Relationship Id="rId${k + 1}" Type="${REL}/${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

/** Sheet 1 is ASSESS's (a drawing with a chart and an image); sheet 2 the user's, whose drawing shows the same image. */
function workbook(change: (parts: Map<string, string>) => void = () => {}): Package {
  const parts = new Map<string, string>([
    ["[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ["_rels/.rels", rels(["officeDocument", "xl/workbook.xml"])],
    [
      "xl/workbook.xml",
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="考核结果" sheetId="1" r:id="rId1"/><sheet name="我的" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ],
    ["xl/_rels/workbook.xml.rels", rels(["worksheet", "worksheets/sheet1.xml"], ["worksheet", "worksheets/sheet2.xml"])],
    ["xl/worksheets/sheet1.xml", "<worksheet/>"],
    ["xl/worksheets/_rels/sheet1.xml.rels", rels(["drawing", "../drawings/drawing1.xml"])],
    ["xl/drawings/drawing1.xml", "<wsDr/>"],
    ["xl/drawings/_rels/drawing1.xml.rels", rels(["chart", "../charts/chart1.xml"], ["image", "../media/image1.png"])],
    ["xl/charts/chart1.xml", "<chartSpace/>"],
    ["xl/charts/_rels/chart1.xml.rels", rels(["chartStyle", "style1.xml"])],
    ["xl/charts/style1.xml", "<chartStyle/>"],
    ["xl/media/image1.png", "png"],
    ["xl/worksheets/sheet2.xml", "<worksheet/>"],
    ["xl/worksheets/_rels/sheet2.xml.rels", rels(["drawing", "../drawings/drawing2.xml"])],
    ["xl/drawings/drawing2.xml", "<wsDr/>"],
    ["xl/drawings/_rels/drawing2.xml.rels", rels(["image", "../media/image1.png"])],
  ]);
  change(parts);
  const bytes: Parts = new Map([...parts].map(([name, text]) => [name, new TextEncoder().encode(text)]));
  const opened = openPackage(zipParts(bytes));
  if (!opened.ok) throw new Error(JSON.stringify(opened.failure));
  return opened.pkg;
}

const OURS = [
  "xl/worksheets/_rels/sheet1.xml.rels",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/charts/chart1.xml",
  "xl/charts/_rels/chart1.xml.rels",
  "xl/charts/style1.xml",
];

describe("the parts that go with a generated sheet", () => {
  test("written again in place: its drawing, chart and the chart's style go; the image the user's drawing shows too stays", () => {
    expect([...partsThatGo(workbook(), [], ["xl/worksheets/sheet1.xml"])].sort()).toEqual([...OURS].sort());
  });

  test("removed: the sheet part goes as well", () => {
    expect([...partsThatGo(workbook(), ["xl/worksheets/sheet1.xml"], [])].sort()).toEqual(["xl/worksheets/sheet1.xml", ...OURS].sort());
  });

  test("a chart the user's drawing shows as well stays, with what it points at", () => {
    const pkg = workbook((parts) => parts.set("xl/drawings/_rels/drawing2.xml.rels", rels(["image", "../media/image1.png"], ["chart", "../charts/chart1.xml"])));
    expect([...partsThatGo(pkg, [], ["xl/worksheets/sheet1.xml"])].sort()).toEqual(
      ["xl/worksheets/_rels/sheet1.xml.rels", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"].sort(),
    );
  });

  test("when another relationships part cannot be read, only the sheet's own relationships go", () => {
    const pkg = workbook((parts) => parts.set("xl/drawings/_rels/drawing2.xml.rels", "<Relationships"));
    expect([...partsThatGo(pkg, [], ["xl/worksheets/sheet1.xml"])]).toEqual(["xl/worksheets/_rels/sheet1.xml.rels"]);
  });
});
