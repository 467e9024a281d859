// The two spellings of OOXML's namespaces. Excel's "Strict Open XML Spreadsheet" uses purl.oclc.org
// URIs throughout; a part ASSESS adds must speak the package's dialect, or Excel cannot open the file.

export interface Dialect {
  /** SpreadsheetML's main namespace (worksheet, styleSheet, workbook). */
  main: string;
  /** The namespace of r:id attributes. */
  relationships: string;
  worksheetRel: string;
  stylesRel: string;
}

export const TRANSITIONAL: Dialect = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  worksheetRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  stylesRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
};

export const STRICT: Dialect = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  worksheetRel: "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
  stylesRel: "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
};

/** The dialect of a package, from its workbook part's text. */
export function dialectOf(workbookXml: string): Dialect {
  return workbookXml.includes(`"${STRICT.main}"`) || workbookXml.includes(`'${STRICT.main}'`) ? STRICT : TRANSITIONAL;
}
