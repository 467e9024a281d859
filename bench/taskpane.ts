// taskpane_js_gzip_kb: what a user's Excel downloads to open the pane — every script the production
// taskpane.html loads from dist, each gzipped at level 9 as a web server would serve it. office.js
// comes from Microsoft's CDN (and is cached across add-ins), so it is not ASSESS's weight.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
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
  const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
  const first = taskpaneScriptBytes();
  const out: Record<string, number> = { taskpane_js_gzip_kb: kb(first.reduce((acc, s) => acc + s.gzip, 0)) };
  // The chunks the pane fetches later (rules editor, run, notice .docx), each its own figure: they are
  // not part of the first load, but a chunk that grows is still a slower first click.
  const loaded = new Set(first.map((s) => s.file));
  for (const file of readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && !loaded.has(f))
    .sort()) {
    out[`taskpane_chunk_${file.replace(/\.js$/, "").replace(/[^a-z0-9]+/gi, "_")}_gzip_kb`] = kb(gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
  }
  return out;
}

if (require.main === module) {
  void benchTaskpane().then((r) => {
    for (const s of taskpaneScriptBytes()) console.log(`${s.file}\t${(s.gzip / 1024).toFixed(1)} KB gzip`);
    console.log(JSON.stringify(r));
  });
}
