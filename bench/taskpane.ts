// taskpane_js_gzip_kb: what a user's Excel downloads to open the pane — every script the production
// taskpane.html loads from dist, each gzipped at level 9 as a web server would serve it. office.js
// comes from Microsoft's CDN (and is cached across add-ins), so it is not ASSESS's weight.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");

/** The scripts of a page: external ones by src, inline ones by their text. */
export function pageScripts(html: string): { src: string | null; inline: string }[] {
  const out: { src: string | null; inline: string }[] = [];
  const tag = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const attrs = m[1] ?? "";
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    out.push({ src: src ? (src[1] ?? src[2] ?? src[3] ?? "") : null, inline: m[2] ?? "" });
  }
  return out;
}

const isRemote = (src: string): boolean => /^(https?:)?\/\//i.test(src);

export function taskpaneScriptBytes(dist: string = DIST): { file: string; gzip: number }[] {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const sizes: { file: string; gzip: number }[] = [];
  for (const script of pageScripts(html)) {
    if (script.src === null) {
      if (script.inline.trim() !== "") sizes.push({ file: "(inline)", gzip: gzipSync(script.inline, { level: 9 }).length });
      continue;
    }
    if (isRemote(script.src)) continue;
    const path = normalize(join(dist, script.src.split(/[?#]/)[0]!.replace(/^\//, "")));
    if (!path.startsWith(dist)) throw new Error(`taskpane.html loads a script outside dist: ${script.src}`);
    sizes.push({ file: script.src, gzip: gzipSync(readFileSync(path), { level: 9 }).length });
  }
  return sizes;
}

export async function benchTaskpane(): Promise<Record<string, number>> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  }
  const total = taskpaneScriptBytes().reduce((acc, s) => acc + s.gzip, 0);
  return { taskpane_js_gzip_kb: Math.round((total / 1024) * 10) / 10 };
}

if (require.main === module) {
  void benchTaskpane().then((r) => {
    for (const s of taskpaneScriptBytes()) console.log(`${s.file}\t${(s.gzip / 1024).toFixed(1)} KB gzip`);
    console.log(JSON.stringify(r));
  });
}
