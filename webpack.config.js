/*
 * Web build of the add-in: task pane + custom functions in ONE shared runtime (stack.md §4, §5).
 *
 *   npx webpack --mode production   -> dist/ (manifest URLs rewritten to urlProd)
 *   npx webpack serve --mode development   (developers with Excel; https if office-addin-dev-certs is installed)
 *
 * dist/: taskpane.html (loads office.js, taskpane.js and functions.js), taskpane.js, functions.js,
 * functions.json (generated from the JSDoc of src/functions/functions.ts), taskpane.css, assets/,
 * manifest.xml. scripts/validate-manifest.js relies on these file names.
 */
/* eslint-disable no-undef */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
/*
 * Production origin (with trailing slash): TO BE REPLACED by the deployer, either here or at build
 * time with DUTOAN_URL_PROD=https://your.host/path/ npm run build. Every occurrence of urlDev in
 * manifest*.xml is rewritten to it (replaceAll, stack.md T8).
 */
const urlProdDefault = "https://dutoan.example.vn/";

function productionUrl() {
  let url = process.env.DUTOAN_URL_PROD || urlProdDefault;
  if (!url.endsWith("/")) url += "/";
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DUTOAN_URL_PROD không phải URL hợp lệ: "${url}"`);
  }
  if (parsed.protocol !== "https:") throw new Error(`DUTOAN_URL_PROD phải dùng https (Office chỉ nạp add-in qua https): "${url}"`);
  return url;
}

/** https options from office-addin-dev-certs when installed (it is not a dependency: stack.md T5). */
async function devServerOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    console.warn("[webpack] office-addin-dev-certs chưa cài: máy chủ dev chạy http (Excel cần https để nạp add-in).");
    return { type: "http" };
  }
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: o.ca, key: o.key, cert: o.cert } };
  } catch (e) {
    console.warn(`[webpack] không lấy được chứng chỉ dev (${e && e.message}): máy chủ dev chạy http.`);
    return { type: "http" };
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const urlProd = dev ? urlDev : productionUrl();

  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
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
        chunks: ["taskpane", "functions"],
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
      server: await devServerOptions(),
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    };
  }

  return config;
};
