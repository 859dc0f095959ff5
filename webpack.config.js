/*
 * Web build of the add-in: task pane + custom functions in ONE shared runtime (stack.md §4, §5).
 *
 *   DUTOAN_URL_PROD=https://host/ npx webpack --mode production   -> dist/ (manifest URLs rewritten to it)
 *   npx webpack serve --mode development   (developers with Excel; https with office-addin-dev-certs: npm run certs)
 *
 * dist/: taskpane.html (loads office.js, then functions.js, then taskpane.js), functions.js, taskpane.js,
 * functions.json (generated from the JSDoc of src/functions/functions.ts), taskpane.css, assets/,
 * manifest.xml. scripts/validate-manifest.js relies on these file names.
 *
 * One copy of the shared code: functions.js holds the webpack runtime and every module the custom
 * functions use (engine, packs, decimal.js, zod), so it still runs alone wherever a host loads the
 * manifest's functions script by itself; taskpane.js depends on it (`dependOn`) and carries only
 * what the pane adds (pipeline, roster reader, report, Fluent UI). taskpane.html loads functions.js
 * first (html-webpack-plugin, chunks in this order).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";

/** Stops the build with a Vietnamese message (no stack trace). */
function fail(lines) {
  console.error(lines.join("\n"));
  process.exit(1);
}

/*
 * Production origin (with trailing slash): a build input that must be given, never a placeholder —
 *   DUTOAN_URL_PROD=https://your.host/path/ npm run build     (or: webpack --env urlProd=https://…/)
 * `npm test` builds with the test origin https://dutoan.invalid/ (npm run build:test). Every
 * occurrence of urlDev in manifest*.xml is rewritten to it (replaceAll, stack.md T8).
 */
function productionUrl(env) {
  let url = (env.urlProd || process.env.DUTOAN_URL_PROD || "").trim();
  if (!url)
    fail([
      "✗ Thiếu địa chỉ máy chủ production của add-in (DUTOAN_URL_PROD).",
      "  manifest.xml của bản build phải trỏ tới máy chủ https sẽ phục vụ thư mục dist/. Ví dụ:",
      "    Linux/Mac:   DUTOAN_URL_PROD=https://dutoan.stc.example.gov.vn/ npm run build",
      "    Windows:     set DUTOAN_URL_PROD=https://dutoan.stc.example.gov.vn/ && npm run build",
      "  Chỉ để kiểm thử: npm run build:test (địa chỉ https://dutoan.invalid/).",
    ]);
  if (!url.endsWith("/")) url += "/";
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    fail([`✗ DUTOAN_URL_PROD không phải URL hợp lệ: "${url}" (ví dụ https://dutoan.stc.example.gov.vn/).`]);
  }
  if (parsed.protocol !== "https:") fail([`✗ DUTOAN_URL_PROD phải dùng https (Office chỉ nạp add-in qua https): "${url}".`]);
  if (/localhost|127\.0\.0\.1/.test(parsed.hostname)) fail([`✗ DUTOAN_URL_PROD không được là máy cục bộ (${parsed.hostname}): dùng npm run dev-server khi phát triển.`]);
  return url;
}

/*
 * https options for `npm run dev-server` from office-addin-dev-certs: Excel loads add-ins only over
 * https, so without certificates the server does not start (it used to fall back to http silently).
 * `npm run dev-server:http` (env http) serves over http on purpose, for browser tests without Excel.
 */
async function devServerOptions(env) {
  if (env.http) return { type: "http" };
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    fail(["✗ Thiếu office-addin-dev-certs (devDependency): chạy “npm ci” trong thư mục DuToan."]);
  }
  let status;
  try {
    status = await devCerts.getCaCertificateStatus();
  } catch {
    status = "error";
  }
  if (status !== "installed")
    fail([
      "✗ Chưa có chứng chỉ https cho máy chủ phát triển (Excel chỉ nạp add-in qua https).",
      "  Chạy một lần:  npm run certs   (cần quyền quản trị; trên Linux cần sudo — xem hướng dẫn lệnh đó in ra).",
      "  Thử ngăn tác vụ trong trình duyệt, không cần Excel:  npm run dev-server:http",
    ]);
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (e) {
    fail([`✗ Không đọc được chứng chỉ https phát triển (${(e && e.message) || e}): chạy lại “npm run certs”.`]);
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const urlProd = dev ? urlDev : productionUrl(env);

  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    // the budget that matters is gzipped (≤ 300 KB for all JS): test/addin/bundle.test.ts checks it
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { transpileOnly: true },
        },
      ],
    },
    plugins: [
      // Writes dist/functions.json from the JSDoc and appends CustomFunctions.associate(...) calls.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // One page hosts the task pane and the functions (shared runtime).
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
        ],
      }),
    ],
  };

  // Only `webpack serve` needs the dev server (and maybe certificates); a build never touches them.
  if (env.WEBPACK_SERVE) {
    config.devServer = {
      static: false, // everything is served from the compilation (copied assets included), never a stale dist/
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await devServerOptions(env),
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    };
  }

  return config;
};
