// Builds ../../static/plotly/plotly-linimasa.min.js: plotly.js with the trace types the app's
// figures draw (app/plotly_bundle.py TRACE_TYPES; scatter is in plotly.js's core), with
// plotly.js's own esbuild settings (its esbuild-config.js). Run `npm ci && npm run build` here.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const require = createRequire(import.meta.url);
const { environmentPlugin } = require("esbuild-plugin-environment");
const { glsl } = require("esbuild-plugin-glsl");
const InlineCSSPlugin = require("esbuild-plugin-inline-css");
const { version } = require("plotly.js/package.json");

const TRACES = ["bar", "scattergl", "scattergeo"];
const entry = [
  'var Plotly = require("plotly.js/lib/core");',
  `Plotly.register([${TRACES.map((t) => `require("plotly.js/lib/${t}")`).join(", ")}]);`,
  "module.exports = Plotly;",
].join("\n");

await esbuild.build({
  stdin: { contents: entry, resolveDir: fileURLToPath(new URL(".", import.meta.url)) },
  outfile: fileURLToPath(new URL("../../static/plotly/plotly-linimasa.min.js", import.meta.url)),
  banner: {
    js: `/*! plotly.js v${version}, traces: scatter, ${TRACES.join(", ")} | MIT License, (c) Plotly, Inc. | built by tools/plotly/build.mjs */`,
  },
  format: "iife",
  globalName: "Plotly",
  bundle: true,
  minify: true,
  legalComments: "linked",
  plugins: [InlineCSSPlugin(), glsl({ minify: true }), environmentPlugin({ NODE_DEBUG: false })],
  alias: { regl: "@plotly/regl", stream: "stream-browserify" },
  define: { global: "window", "define.amd": "false" },
  target: "es2016",
  logLevel: "warning",
});
