// A plan's chart as DrawingML: the drawing part that anchors it over the sheet's cells, and the chart
// part itself. The chart points at the cells of its sheet and carries their values as its caches, so
// a reader that does not recalculate (a viewer, LibreOffice on open) draws it as written.
import { planCell } from "../../core/plan";
import { sheetRangeReference } from "../../core/read/address";
import type { ChartPlan, PlanRange, SheetPlan } from "../../core/types";
import type { Dialect } from "./dialect";
import { xmlAttr, xmlText } from "./xml";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The axes' ids inside a chart part: any two numbers, the same in the chart and in its axes. */
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;
/** CJK text in the chart: the body font of the generated sheets; Latin text keeps the theme's. */
const EAST_ASIAN_FONT = "等线";

/**
 * The drawing part of a sheet: one two-cell anchor per chart, the k-th pointing at its chart through
 * the relationship `chartRelIds[k]` of the drawing's own relationships part.
 */
export function drawingXml(charts: readonly ChartPlan[], chartRelIds: readonly string[], dialect: Dialect): string {
  const anchors = charts.map((chart, k) => {
    const a = chart.anchor;
    const marker = (tag: string, col: number, row: number): string =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      // oneCell: widening a column of the table above moves the chart but does not stretch it.
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", a.left, a.top)}${marker("to", a.right + 1, a.bottom + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${xmlAttr(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${dialect.chart}"><c:chart xmlns:c="${dialect.chart}" xmlns:r="${dialect.relationships}" r:id="${xmlAttr(chartRelIds[k] as string)}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return `${HEAD}<xdr:wsDr xmlns:xdr="${dialect.spreadsheetDrawing}" xmlns:a="${dialect.drawingMain}">${anchors.join("")}</xdr:wsDr>`;
}

/** The cells of `range` on `sheet`, row by row. */
function cellsOf(sheet: SheetPlan, range: PlanRange): ReturnType<typeof planCell>[] {
  const out: ReturnType<typeof planCell>[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const column = sheet.columns[c];
      out.push(column === undefined ? null : planCell(column, r));
    }
  }
  return out;
}

function strRef(sheet: SheetPlan, range: PlanRange): string {
  const cells = cellsOf(sheet, range);
  const points = cells.map((v, k) => (v === null ? "" : `<c:pt idx="${k}"><c:v>${xmlText(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strRef><c:f>${xmlText(sheetRangeReference(sheet.name, range))}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(sheet: SheetPlan, range: PlanRange): string {
  const cells = cellsOf(sheet, range);
  // A blank cell has no point: the chart leaves a gap there, as it would reading the cell.
  const points = cells.map((v, k) => (typeof v === "number" ? `<c:pt idx="${k}"><c:v>${String(v)}</c:v></c:pt>` : "")).join("");
  return `<c:numRef><c:f>${xmlText(sheetRangeReference(sheet.name, range))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${points}</c:numCache></c:numRef>`;
}

const fill = (colour: string): string => `<a:solidFill><a:srgbClr val="${colour.replace(/^#/, "").toUpperCase()}"/></a:solidFill>`;
/** Run properties (a:defRPr, a:rPr) of a size in hundredths of a point. */
const runProps = (tag: string, size: number, bold: boolean, lang = ""): string =>
  `<a:${tag}${lang === "" ? "" : ` lang="${lang}"`} sz="${size}" b="${bold ? 1 : 0}"><a:ea typeface="${EAST_ASIAN_FONT}"/></a:${tag}>`;
const textProps = (size: number, bold: boolean): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps("defRPr", size, bold)}</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

/** The chart part: a clustered column chart, one series per plan series, in the order and colours given. */
export function chartXml(sheet: SheetPlan, chart: ChartPlan, dialect: Dialect): string {
  const series = chart.series
    .map(
      (s, k) =>
        `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx>${strRef(sheet, s.name)}</c:tx>` +
        `<c:spPr>${fill(s.colour)}</c:spPr><c:invertIfNegative val="0"/>` +
        // The count on top of each bar: the table above says it too, but the page is read from the chart.
        '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
        `<c:cat>${strRef(sheet, chart.categories)}</c:cat><c:val>${numRef(sheet, s.values)}</c:val></c:ser>`,
    )
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps("defRPr", 1400, true)}</a:pPr>` +
    `<a:r>${runProps("rPr", 1400, true, "zh-CN")}<a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${textProps(1100, false)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${textProps(1000, false)}<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="${chart.majorUnit}"/></c:valAx>`;
  return (
    `${HEAD}<c:chartSpace xmlns:c="${dialect.chart}" xmlns:a="${dialect.drawingMain}" xmlns:r="${dialect.relationships}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(1100, false)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${textProps(1000, false)}</c:chartSpace>`
  );
}
