// A workbook in Excel's Strict Open XML dialect: the parts ASSESS adds speak it too (namespaces and
// relationship types), and LibreOffice reads ASSESS's sheet from the copy.
import { writeFileSync } from "fs";
import path from "path";
import type { WorkbookPlan } from "../../../src/core/types";
import { writeXlsx } from "../../../src/xlsx/write";
import { STRICT } from "../../../src/xlsx/write/dialect";
import { tempDir, writeWorkbook } from "../../cli/support";
import { itWithOffice, sheetsAsCsv } from "../libreoffice";
import { partsOf, readParts, text, zipParts } from "../zipParts";

jest.setTimeout(120_000);

const TO_STRICT: [string, string][] = [
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", STRICT.main],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", STRICT.relationships],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
];

const plan: WorkbookPlan = {
  remove: [],
  activate: "考核结果",
  sheets: [{ name: "考核结果", kind: "results", rowCount: 2, frozenRows: 1, boldRows: [0], columns: [{ width: 20, numFmt: "0.00", values: ["综合成绩", 92.8] }] }],
};

async function strictWorkbook(dir: string): Promise<Uint8Array> {
  const file = path.join(dir, "transitional.xlsx");
  await writeWorkbook(file, { 得分: [["单位名称"], ["甲县"]] });
  const parts = readParts(file);
  for (const [name] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml = text(parts, name);
    for (const [from, to] of TO_STRICT) xml = xml.split(from).join(to);
    parts.set(name, new TextEncoder().encode(xml));
  }
  return zipParts(parts);
}

itWithOffice("adds its sheet in the package's strict dialect, and LibreOffice reads it", async () => {
  const tmp = tempDir();
  try {
    const out = writeXlsx(await strictWorkbook(tmp.dir), plan);
    if (!out.ok) throw new Error(JSON.stringify(out.failure));
    const file = path.join(tmp.dir, "strict.xlsx");
    writeFileSync(file, out.bytes);
    const parts = readParts(file);
    const added = [...parts.keys()].find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && text(parts, n).includes("综合成绩"));
    expect(text(parts, added as string)).toContain(`<worksheet xmlns="${STRICT.main}" xmlns:r="${STRICT.relationships}">`);
    expect(text(parts, "xl/_rels/workbook.xml.rels")).toContain(`Type="${STRICT.worksheetRel}"`);
    expect(text(parts, "xl/_rels/workbook.xml.rels")).not.toContain("schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet");
    expect(sheetsAsCsv(file, tmp.dir).get("考核结果")).toMatch(/^综合成绩\r?\n92\.8/);
  } finally {
    tmp.done();
  }
});

it("draws its chart in the strict dialect too: DrawingML namespaces and relationship types", async () => {
  const tmp = tempDir();
  try {
    const withChart: WorkbookPlan = {
      remove: [],
      activate: null,
      sheets: [
        {
          name: "等次分布",
          kind: "chart",
          rowCount: 2,
          frozenRows: 0,
          boldRows: [0],
          columns: [
            { width: 10, numFmt: null, values: ["类别", "县（区）"] },
            { width: 10, numFmt: "0", values: ["优秀", 3] },
          ],
          charts: [
            {
              name: "ASSESS 等次分布",
              kind: "columnClustered",
              title: "等次分布",
              categories: { top: 1, left: 0, bottom: 1, right: 0 },
              series: [{ name: { top: 0, left: 1, bottom: 0, right: 1 }, values: { top: 1, left: 1, bottom: 1, right: 1 }, colour: "#0B6A2E" }],
              majorUnit: 1,
              anchor: { top: 3, left: 0, bottom: 12, right: 5 },
            },
          ],
        },
      ],
    };
    const out = writeXlsx(await strictWorkbook(tmp.dir), withChart);
    if (!out.ok) throw new Error(JSON.stringify(out.failure));
    const parts = partsOf(out.bytes);
    expect(text(parts, "xl/drawings/drawing1.xml")).toContain(`<xdr:wsDr xmlns:xdr="${STRICT.spreadsheetDrawing}" xmlns:a="${STRICT.drawingMain}">`);
    expect(text(parts, "xl/drawings/_rels/drawing1.xml.rels")).toContain(`Type="${STRICT.chartRel}" Target="../charts/chart1.xml"`);
    expect(text(parts, "xl/charts/chart1.xml")).toContain(`<c:chartSpace xmlns:c="${STRICT.chart}" xmlns:a="${STRICT.drawingMain}" xmlns:r="${STRICT.relationships}">`);
    const sheet = [...parts.keys()].find((n) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(n)) as string;
    expect(text(parts, sheet)).toContain(`Type="${STRICT.drawingRel}" Target="../drawings/drawing1.xml"`);
  } finally {
    tmp.done();
  }
});
