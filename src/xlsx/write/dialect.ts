// The two spellings of OOXML's namespaces. Excel's "Strict Open XML Spreadsheet" uses purl.oclc.org
// URIs throughout; a part ASSESS adds must speak the package's dialect, or Excel cannot open the file.

export interface Dialect {
  /** SpreadsheetML's main namespace (worksheet, styleSheet, workbook). */
  main: string;
  /** The namespace of r:id attributes. */
  relationships: string;
  worksheetRel: string;
  stylesRel: string;
  /** A sheet's drawing, and a drawing's chart. */
  drawingRel: string;
  chartRel: string;
  /** DrawingML: the spreadsheet drawing (xdr:), its main namespace (a:), and charts (c:, also graphicData's uri). */
  spreadsheetDrawing: string;
  drawingMain: string;
  chart: string;
}

export const TRANSITIONAL: Dialect = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  worksheetRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  stylesRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
};

export const STRICT: Dialect = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  worksheetRel: "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
  stylesRel: "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
  drawingRel: "http://purl.oclc.org/ooxml/officeDocument/relationships/drawing",
  chartRel: "http://purl.oclc.org/ooxml/officeDocument/relationships/chart",
  spreadsheetDrawing: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  drawingMain: "http://purl.oclc.org/ooxml/drawingml/main",
  chart: "http://purl.oclc.org/ooxml/drawingml/chart",
};

/** The dialect of a package, from its workbook part's text. */
export function dialectOf(workbookXml: string): Dialect {
  return workbookXml.includes(`"${STRICT.main}"`) || workbookXml.includes(`'${STRICT.main}'`) ? STRICT : TRANSITIONAL;
}
