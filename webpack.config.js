// The add-in's build: one shared-runtime page (taskpane.html) that loads the custom functions
// (functions.js + functions.json from their JSDoc) and the task pane, plus the manifest and icons.
//   npm run build                       production, URLs of the manifest on https://localhost:3000
//   ASSESS_URL=https://host/path npm run build   production for a real server
//   npm run dev-server                  https://localhost:3000 with the office-addin-dev-certs files
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

/**
 * The metadata localisation and the messages are TypeScript shared with the tests: loaded through
 * tsx when a build runs, not when the config is merely read (the tests read it to check the manifest).
 */
function metadataTools() {
  return require("tsx/cjs/api").require("./src/functions/metadata.ts", __filename);
}
/** The build contract's name; metadata.ts names the English file after it. */
const METADATA_JSON = "functions.json";

const DEV_URL = "https://localhost:3000";
const DIST = path.resolve(__dirname, "dist");
const CERTS = path.join(os.homedir(), ".office-addin-dev-certs");

/** Where the add-in is served from, without a trailing slash. */
function addinUrl(mode) {
  const given = process.env.ASSESS_URL;
  if (!given) return DEV_URL;
  const url = given.replace(/\/+$/, "");
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`ASSESS_URL must be an https:// URL, got "${given}"`);
  if (mode !== "production") console.warn(`ASSESS_URL=${url} in a ${mode} build`);
  return url;
}

/** The support page the manifest's SupportUrl names, one per language, from src/core/messages/support.ts. */
const SUPPORT_PAGES = { zh: "support.html", en: "support.en-US.html" };

function supportPage(lang) {
  const { SUPPORT_TEXT } = require("tsx/cjs/api").require("./src/core/messages/support.ts", __filename);
  const t = SUPPORT_TEXT[lang];
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = t.sections.map((s) => `<h2>${esc(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}`).join("\n");
  return `<!doctype html>\n<html lang="${t.lang}">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(t.title)}</title>\n<style>body{font-family:system-ui,sans-serif;max-width:44em;margin:2em auto;padding:0 1em;line-height:1.6}</style></head>\n<body>\n<h1>${esc(t.title)}</h1>\n${body}\n</body>\n</html>\n`;
}

/** After the metadata plugin has emitted functions.json: check it against the messages, add English. */
class LocalisedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalisedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalisedMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const { localiseMetadata, metadataDrift, withDataTypeChoice, METADATA_FILE } = metadataTools();
        if (METADATA_FILE.zh !== METADATA_JSON) throw new Error(`metadata.ts names ${METADATA_FILE.zh}, the config ${METADATA_JSON}`);
        const asset = compilation.getAsset(METADATA_FILE.zh);
        if (!asset) return; // the metadata plugin reported why it wrote none
        const metadata = withDataTypeChoice(JSON.parse(asset.source.source().toString()));
        compilation.updateAsset(METADATA_FILE.zh, new webpack.sources.RawSource(JSON.stringify(metadata, null, 4)));
        const drift = metadataDrift(metadata, "zh");
        for (const d of drift) {
          compilation.errors.push(new webpack.WebpackError(`functions.ts JSDoc and src/core/messages/functions.ts disagree: ${d}`));
        }
        if (drift.length > 0) return;
        const english = localiseMetadata(metadata, "en");
        compilation.emitAsset(METADATA_FILE.en, new webpack.sources.RawSource(JSON.stringify(english, null, 4)));
      });
    });
  }
}

function devServerHttps() {
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(CERTS, f)));
  if (missing.length > 0) {
    console.error(
      `ASSESS dev server: ${missing.join(", ")} missing in ${CERTS}.\n` +
        "Create them once with:  npx office-addin-dev-certs install\n" +
        "(on Linux it writes the files, then fails to trust the CA without sudo: the files are what is needed).",
    );
    process.exit(1);
  }
  const read = (f) => fs.readFileSync(path.join(CERTS, f));
  return { type: "https", options: { ca: read(files.ca), cert: read(files.cert), key: read(files.key) } };
}

/** The offline page's shell; the script goes inside it (InlineScriptsPlugin). */
function webPageShell() {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<title>ASSESS</title>
</head>
<body style="margin:0;font-family:'Segoe UI','Microsoft YaHei','PingFang SC','Noto Sans CJK SC',system-ui,sans-serif">
<div id="container"></div>
</body>
</html>
`;
}

/**
 * Puts the emitted scripts inside the HTML and drops them as files: the page is one file that works
 * from disk and never asks for a second one. `</script` inside the code is escaped so it cannot end
 * the element early.
 */
class InlineScriptsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlineScriptsPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("InlineScriptsPlugin", (data) => {
        const inline = (tag) => {
          const src = tag.tagName === "script" ? tag.attributes.src : undefined;
          if (typeof src !== "string") return tag;
          const asset = compilation.getAsset(src);
          if (!asset) throw new Error(`InlineScriptsPlugin: no asset ${src}`);
          const code = asset.source
            .source()
            .toString()
            .replace(/<\/script/gi, "<\\/script");
          return { tagName: "script", voidTag: false, meta: tag.meta, attributes: {}, innerHTML: code };
        };
        data.headTags = data.headTags.map(inline);
        data.bodyTags = data.bodyTags.map(inline);
        return data;
      });
      compilation.hooks.processAssets.tap({ name: "InlineScriptsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        for (const name of Object.keys(compilation.assets)) if (name.endsWith(".js")) compilation.deleteAsset(name);
      });
    });
  }
}

/**
 * dist/web/assess.html: the pane on a file host, one self-contained file. Built for the browsers the
 * README names (Chromium 109+, Firefox ESR 115+): ES2020 syntax, no lazy chunks (the notice's .docx
 * renderer is bundled in, where the add-in loads it on demand), no source map beside it.
 */
function webPageConfig(mode) {
  return {
    name: "web",
    mode,
    target: ["web", "es2020"],
    devtool: false,
    entry: { assess: "./src/web/index.tsx" },
    output: { path: path.join(DIST, "web"), filename: "[name].js", asyncChunks: false, clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2020", sourceMap: false } } },
        },
      ],
    },
    performance: { hints: false },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "assess.html", templateContent: webPageShell, inject: "body", scriptLoading: "blocking", chunks: ["assess"] }),
      new InlineScriptsPlugin(),
    ],
  };
}

/** The add-in; with `npm run build` (not the dev server) also the offline page. */
module.exports = (env, argv) => {
  const addin = addinConfig(env, argv);
  return process.env.WEBPACK_SERVE === "true" ? addin : [addin, webPageConfig(addin.mode)];
};

module.exports.addinConfig = addinConfig;

function addinConfig(env, argv) {
  const mode = argv.mode === "development" ? "development" : "production";
  const url = addinUrl(mode);
  const serving = process.env.WEBPACK_SERVE === "true";
  return {
    mode,
    target: "web",
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      // taskpane.html loads functions.js first (the shared runtime), so the pane takes the modules the
      // two share (the messages, the rules' checks) from it instead of carrying a second copy.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: DIST,
      filename: "[name].js",
      // The pane's chunks (rules editor, run, notice .docx) are fetched beside taskpane.html, relative
      // to the page, so the same dist works wherever it is served (the add-in's URL, the dev server,
      // the browser test's local server). Not "auto": that looks for document.currentScript when
      // functions.js (which holds webpack's runtime) starts, and functions.js must also start where
      // there is no document; it never loads a chunk itself.
      publicPath: "",
      // The chunk list lives on globalThis, which every runtime has ("self" is a browser's only).
      globalObject: "globalThis",
      // dist/web is the offline page's, built beside the add-in by the second configuration.
      clean: { keep: /^web[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Typechecking is `npm run typecheck`; the bundle only needs the JavaScript. Loaders run last to
          // first: ts-loader gives JavaScript, then Griffel's build-time transform turns our makeStyles
          // into precomputed class tables (as Fluent ships its own), so the pane carries no CSS compiler.
          use: [{ loader: "@griffel/webpack-loader" }, { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } } }],
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // functions.js must stand alone (Excel and the build contract evaluate it by itself): no chunk
      // is split off the entries; only the pane's own lazy imports become chunks.
      splitChunks: false,
      runtimeChunk: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: METADATA_JSON }),
      new LocalisedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        // Beside the page on the same host: the page names its scripts relatively, as before.
        publicPath: "",
        scriptLoading: "defer",
        inject: "body",
      }),
      ...Object.entries(SUPPORT_PAGES).map(([lang, filename]) => new HtmlWebpackPlugin({ filename, templateContent: () => supportPage(lang), inject: false, chunks: [] })),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          host: "localhost",
          server: devServerHttps(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
}
