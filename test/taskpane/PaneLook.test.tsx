/** @jest-environment jsdom */
// What the pane shows a user beyond the numbers: sections that open and close, the run's outcome in
// a message bar, a colour per tier, and the notice as a Word file to download.
import "../support/browserGlobals";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { makeProblem } from "../../src/core/messages/problems";
import { uiText } from "../../src/core/messages/ui";
import { tierColours } from "../../src/core/report/tierColours";
import { DEFAULT_NOTICE } from "../../src/core/scheme/defaults";
import { Pane } from "../../src/taskpane/Pane";
import { fakeHost } from "./fakeHost";
import { SHEET, scoreWorkbook } from "./workbook";

const zh = uiText("zh");

const runButton = (): HTMLButtonElement => screen.getByRole("button", { name: zh.run }) as HTMLButtonElement;

/** jsdom gives colours back as rgb(); the palette is hex. */
const rgb = (hex: string): string => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function ranked(host = fakeHost(scoreWorkbook())): Promise<ReturnType<typeof within>> {
  render(<Pane host={host} />);
  await screen.findByText(zh.sheetUnits(SHEET, 7));
  fireEvent.click(runButton());
  return within(await screen.findByTestId("results"));
}

describe("the pane's look", () => {
  test("the column and rule sections are collapsible: closed at first, opened and closed by their headers", async () => {
    render(<Pane host={fakeHost(scoreWorkbook())} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    const header = screen.getByRole("button", { name: zh.columnsHeading });
    const rules = screen.getByRole("button", { name: zh.rulesHeading });
    expect(header.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByLabelText(zh.columnLabel(SHEET, "B", "单位名称"))).toBeNull();

    fireEvent.click(header);
    expect(header.getAttribute("aria-expanded")).toBe("true");
    // What a section holds is fetched when it is first opened: a moment of "loading", then the controls.
    expect(await screen.findByLabelText(zh.columnLabel(SHEET, "B", "单位名称"))).toBeTruthy();
    // Each opens on its own: the rules stay closed until asked, then both are open.
    expect(rules.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(rules);
    expect(await screen.findByLabelText("日常考核")).toBeTruthy();
    expect(header.getAttribute("aria-expanded")).toBe("true");

    fireEvent.click(header);
    expect(header.getAttribute("aria-expanded")).toBe("false");
    await waitFor(() => expect(screen.queryByLabelText(zh.columnLabel(SHEET, "B", "单位名称"))).toBeNull());
    expect(screen.getByLabelText("日常考核")).toBeTruthy();
  });

  test("after a run a message bar says how many sheets were written, and which", async () => {
    const host = fakeHost(scoreWorkbook());
    await ranked(host);
    const written = host.plans[0]!.sheets.map((s) => s.name);
    expect(written.length).toBeGreaterThanOrEqual(4);
    const bar = screen.getByTestId("run-done");
    expect(bar.textContent).toContain(zh.sheetsWritten(written.length));
    for (const name of written) expect(bar.textContent).toContain(name);
    expect(written).toContain("考核结果");
  });

  test("a write that fails shows an error message bar and no results", async () => {
    const host = fakeHost(scoreWorkbook());
    host.applyPlan = async () => ({ ok: false, problems: [makeProblem("SHEET_PROTECTED", "error", "考核结果", null)] });
    render(<Pane host={host} />);
    await screen.findByText(zh.sheetUnits(SHEET, 7));
    fireEvent.click(runButton());
    const bar = await screen.findByTestId("run-failed");
    expect(bar.textContent).toContain(zh.runFailed);
    expect(bar.textContent).toContain("工作表“考核结果”受保护");
    expect(screen.queryByTestId("results")).toBeNull();
    expect(screen.queryByTestId("run-done")).toBeNull();
  });

  test("each tier has its own colour, the same in both groups; an empty tier is grey", async () => {
    const results = await ranked();
    const county = results.getByText(zh.groupResult("县(区)", 4)).parentElement!;
    const dept = results.getByText(zh.groupResult("市直部门", 3)).parentElement!;
    const colours = tierColours(["优秀", "良好", "合格", "不合格"]);
    const tag = (group: HTMLElement, tier: string): HTMLElement => group.querySelector(`[data-tier="${tier}"]`) as HTMLElement;

    const filled = ["优秀", "良好", "合格"].map((tier) => tag(county, tier).style.backgroundColor);
    expect(new Set(filled).size).toBe(3);
    expect(filled).toEqual(colours.slice(0, 3).map((c) => rgb(c.fill)));
    expect(tag(county, "优秀").style.color).toBe(rgb(colours[0]!.ink));
    // 县(区) has nobody in 不合格: no fill; 市直部门 has one, in red.
    expect(tag(county, "不合格").style.backgroundColor).toBe("");
    expect(tag(dept, "不合格").style.backgroundColor).toBe(rgb(colours[3]!.fill));
    expect(tag(dept, "优秀").style.backgroundColor).toBe(tag(county, "优秀").style.backgroundColor);
  });

  test("下载通报（Word） saves the notice as a .docx named after its title, next to the copy button", async () => {
    const blobs: Blob[] = [];
    const saved: { href: string; download: string }[] = [];
    const created = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:assess/${blobs.length}`;
    });
    Object.defineProperty(URL, "createObjectURL", { value: created, configurable: true });
    Object.defineProperty(URL, "revokeObjectURL", { value: jest.fn(), configurable: true });
    // jsdom cannot navigate: record what the click would have saved instead.
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    try {
      const results = await ranked();
      expect(results.getByRole("button", { name: zh.copy })).toBeTruthy();
      const download = (await results.findByRole("button", { name: zh.downloadDocx }, { timeout: 15_000 })) as HTMLButtonElement;
      await waitFor(() => expect(download.disabled).toBe(false), { timeout: 15_000 });
      expect(created).not.toHaveBeenCalled();

      fireEvent.click(download);
      expect(saved).toEqual([{ href: "blob:assess/1", download: `${DEFAULT_NOTICE.title}.docx` }]);
      expect(blobs[0]!.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      const zip = unzipSync(await blobBytes(blobs[0]!));
      const xml = strFromU8(zip["word/document.xml"]!);
      expect(xml).toContain(DEFAULT_NOTICE.title);
      expect(xml).toContain("清丰县、台前县");
      expect(xml).toContain("市民政局");
    } finally {
      click.mockRestore();
    }
  }, 30_000);

  test("where the host drops downloads (Excel for Mac) the pane says so instead of a dead button", async () => {
    const results = await ranked(fakeHost(scoreWorkbook(), "zh", false));
    expect(results.queryByRole("button", { name: zh.downloadDocx })).toBeNull();
    expect(results.getByText(zh.docxNoDownload)).toBeTruthy();
    expect(results.getByRole("button", { name: zh.copy })).toBeTruthy();
  });
});
