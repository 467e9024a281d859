/**
 * @jest-environment jsdom
 */
// Offline checks of the add-in manifest, since Microsoft's validator is an online service: the XML is
// well formed, every resid resolves, every URL is a file the build emits, the shared runtime is one
// page, the namespace fits, and the icons have the sizes the manifest claims. (jsdom for DOMParser.)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BUILD_TIMEOUT_MS, DIST, ROOT, ensureBuilt } from "../functions/built";
import { hasTools } from "../support/tools";

const DEV_URL = "https://localhost:3000";
const SOURCE = join(ROOT, "manifest.xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function parse(file: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(file, "utf8"), "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`${file} is not well-formed XML: ${error.textContent ?? ""}`);
  return doc;
}

const all = (doc: Document, local: string): Element[] => Array.from(doc.getElementsByTagNameNS("*", local));
const one = (doc: Document, local: string): Element => {
  const found = all(doc, local);
  if (found.length !== 1) throw new Error(`expected one <${local}>, found ${found.length}`);
  return found[0] as Element;
};

/** Resources by id: bt:Image, bt:Url and bt:String, with their default value and overrides. */
function resources(doc: Document): Map<string, { kind: string; value: string; overrides: Map<string, string> }> {
  const out = new Map<string, { kind: string; value: string; overrides: Map<string, string> }>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
      const id = el.getAttribute("id");
      if (id === null) continue; // <bt:Image size resid> inside <Icon> is a reference, not a resource
      if (out.has(id)) throw new Error(`resource ${id} defined twice`);
      const overrides = new Map(Array.from(el.getElementsByTagNameNS(BT, "Override")).map((o) => [o.getAttribute("Locale") ?? "", o.getAttribute("Value") ?? ""]));
      out.set(id, { kind, value: el.getAttribute("DefaultValue") ?? "", overrides });
    }
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  if (b.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" || b.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const distFileOf = (url: string): string => join(DIST, new URL(url).pathname.replace(/^\//, ""));

let doc: Document;
beforeAll(() => {
  ensureBuilt();
  doc = parse(SOURCE);
}, BUILD_TIMEOUT_MS);

describe("manifest.xml", () => {
  it("is well-formed XML by xmllint, as written and as the build copies it", () => {
    if (!hasTools("xmllint")) {
      // Said once before the tests (test/support/toolsSetup.ts): here well-formedness rests on DOMParser alone.
      if (process.env.CI) throw new Error("xmllint is missing (apt-get install -y libxml2-utils)");
    } else {
      expect(() => execFileSync("xmllint", ["--noout", SOURCE, join(DIST, "manifest.xml")], { stdio: "pipe" })).not.toThrow();
    }
    expect(() => parse(join(DIST, "manifest.xml"))).not.toThrow();
  });

  it("defines every resid it uses, each within Office's 32 characters", () => {
    const defined = resources(doc);
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) {
      expect([resid, defined.has(resid)]).toEqual([resid, true]);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it("points every URL at a file the build emits", () => {
    const urls = Array.from(doc.getElementsByTagName("*")).flatMap((el) =>
      ["DefaultValue", "Value"].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null && /^https?:/.test(v)),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(`${DEV_URL}/`)).toBe(true);
      expect([url, existsSync(distFileOf(url))]).toEqual([url, true]);
    }
  });

  it("runs functions, ribbon and task pane in one long-lived shared runtime", () => {
    const sets = all(doc, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    const runtimes = all(doc, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]?.getAttribute("lifetime")).toBe("long");
    const runtime = runtimes[0]?.getAttribute("resid");
    const page = one(one(doc, "Page") as unknown as Document, "SourceLocation").getAttribute("resid");
    const functionFile = one(doc, "FunctionFile").getAttribute("resid");
    expect([runtime, page, functionFile]).toEqual([runtime, runtime, runtime]);
    const action = all(doc, "Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(action && one(action as unknown as Document, "SourceLocation").getAttribute("resid")).toBe(runtime);
    const pageUrl = resources(doc).get(runtime ?? "")?.value;
    expect(pageUrl).toBe(`${DEV_URL}/taskpane.html`);
    expect(one(one(doc, "DefaultSettings") as unknown as Document, "SourceLocation").getAttribute("DefaultValue")).toBe(pageUrl);
  });

  it("opens its one task pane without a TaskpaneId, as a shared runtime's actions must", () => {
    const actions = all(doc, "Action").filter((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(actions).toHaveLength(1);
    expect(all(doc, "TaskpaneId")).toEqual([]);
  });

  it("declares the requirement sets of the APIs it calls: ExcelApi 1.13, SharedRuntime 1.1, CustomFunctionsRuntime 1.1", () => {
    const requirements = Array.from(doc.documentElement.children).find((e) => e.localName === "Requirements");
    if (!requirements) throw new Error("no <Requirements> under <OfficeApp>");
    const sets = Array.from(requirements.getElementsByTagNameNS("*", "Set")).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([
      ["ExcelApi", "1.13"],
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.1"],
    ]);
  });

  it("declares the ExcelApi version the adapter's calls need, and guards every call beyond it", () => {
    // Requirement set of each Office.js member src/excel uses past ExcelApi 1.1 (Office.js reference).
    const needs: [RegExp, string][] = [
      [/\.getMergedAreasOrNullObject\(/, "1.13"],
      [/\.copyFrom\(/, "1.9"],
      [/\.freezePanes\./, "1.7"],
      [/\.suspendApiCalculationUntilNextSync\(/, "1.6"],
      [/\.getUsedRangeOrNullObject\(/, "1.4"],
      [/\.columnWidth\b/, "1.2"],
      [/\.protection\b|protection\/protected/, "1.2"],
    ];
    const guarded: [RegExp, string][] = [[/valuesAsJson/, "1.16"]];
    const dir = join(ROOT, "src", "excel");
    const code = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
    const num = (v: string): number[] => v.split(".").map(Number);
    const above = (a: string, b: string): boolean => num(a)[0]! * 1000 + num(a)[1]! > num(b)[0]! * 1000 + num(b)[1]!;
    const used = needs.filter(([re]) => code.some((c) => re.test(c))).map(([, v]) => v);
    const needed = used.reduce((m, v) => (above(v, m) ? v : m), "1.1");
    const declared = all(doc, "Set")
      .find((s) => s.getAttribute("Name") === "ExcelApi")
      ?.getAttribute("MinVersion");
    expect(declared).toBe(needed);
    for (const [re, version] of guarded) {
      for (const c of code.filter((text) => re.test(text))) expect(c).toContain(`isSetSupported("ExcelApi", "${version}")`);
    }
  });

  it("has a support page in Chinese, with an English override, that the build emits", () => {
    const support = Array.from(doc.documentElement.children).find((e) => e.localName === "SupportUrl");
    if (!support) throw new Error("no <SupportUrl> under <OfficeApp>: the validator rejects such a manifest");
    // Schema order: SupportUrl follows HighResolutionIconUrl.
    expect(support.previousElementSibling?.localName).toBe("HighResolutionIconUrl");
    const zh = support.getAttribute("DefaultValue") ?? "";
    const en = Array.from(support.getElementsByTagNameNS("*", "Override")).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value") ?? ""]);
    expect(en).toEqual([["en-US", `${DEV_URL}/support.en-US.html`]]);
    const page = (url: string): Document => new DOMParser().parseFromString(readFileSync(distFileOf(url), "utf8"), "text/html");
    const zhPage = page(zh);
    const enPage = page(en[0]![1]!);
    expect([zhPage.documentElement.lang, zhPage.body.textContent]).toEqual(["zh-CN", expect.stringContaining("考核排名")]);
    expect([enPage.documentElement.lang, enPage.body.textContent]).toEqual(["en", expect.stringContaining("Rank units")]);
  });

  it("declares the ASSESS custom functions: Chinese descriptions for Chinese Excel, English otherwise", () => {
    const ext = all(doc, "ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions");
    expect(ext).toBeDefined();
    const res = resources(doc);
    const namespace = res.get(one(doc, "Namespace").getAttribute("resid") ?? "")?.value ?? "";
    expect(namespace).toBe("ASSESS");
    expect(namespace.length).toBeLessThanOrEqual(32);
    const metaResid = one(one(doc, "Metadata") as unknown as Document, "SourceLocation").getAttribute("resid") ?? "";
    const meta = res.get(metaResid);
    expect(meta?.value).toBe(`${DEV_URL}/functions.en-US.json`);
    for (const locale of ["zh-CN", "zh-SG", "zh-TW", "zh-HK"]) expect(meta?.overrides.get(locale)).toBe(`${DEV_URL}/functions.json`);
    expect(one(doc, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("puts a 考核排名 button on the Home tab, Chinese by default with English overrides", () => {
    expect(one(doc, "DefaultLocale").textContent).toBe("zh-CN");
    const tab = one(doc, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const button = Array.from(tab.getElementsByTagNameNS("*", "Control")).find((c) => c.getAttribute("xsi:type") === "Button");
    const label = resources(doc).get(button?.getElementsByTagNameNS("*", "Label")[0]?.getAttribute("resid") ?? "");
    expect(label?.value).toBe("考核排名");
    expect(label?.overrides.get("en-US")).toBeTruthy();
    const top = (local: string): Element => {
      const el = Array.from(doc.documentElement.children).find((e) => e.localName === local);
      if (!el) throw new Error(`no <${local}> under <OfficeApp>`);
      return el;
    };
    for (const el of [top("DisplayName"), top("Description")]) {
      expect(el.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      expect(Array.from(el.getElementsByTagNameNS("*", "Override")).map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
    }
    for (const [id, r] of resources(doc)) {
      if (r.kind === "String" && id !== "Functions.Namespace") expect([id, r.overrides.has("en-US")]).toEqual([id, true]);
    }
  });

  it("has icons of the sizes it claims, at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    const res = resources(doc);
    const claims: [string, number][] = [
      [one(doc, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [one(doc, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
    ];
    for (const image of Array.from(doc.getElementsByTagNameNS(BT, "Image"))) {
      const resid = image.getAttribute("resid");
      if (resid !== null) claims.push([res.get(resid)?.value ?? "", Number(image.getAttribute("size"))]);
    }
    expect(claims.length).toBeGreaterThan(4);
    for (const [url, size] of claims) expect([url, pngSize(distFileOf(url))]).toEqual([url, { width: size, height: size }]);
  });
});
