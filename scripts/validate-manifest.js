#!/usr/bin/env node
/*
 * Offline check of the add-in manifest (and, optionally, of the production build in dist/).
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--dist dist | --no-dist]
 *
 * Without --dist, dist/ beside the manifest is checked too when it exists (use --no-dist to skip).
 * `office-addin-manifest validate` needs Microsoft's web service (docs/office-addin.md §2); this script covers
 * what the project relies on: shared runtime wiring, resources, URLs, icons and the build output.
 * Messages are Vietnamese. Exit code 0 = valid, 1 = problems (each one listed), 2 = usage error.
 *
 * Library use (Jest): const { validateManifest } = require("./scripts/validate-manifest.js");
 *   validateManifest("manifest.xml")                         // a path (icons looked up beside it)
 *   validateManifest("<OfficeApp …>", { rootDir: "." })      // an XML string
 *   validateManifest("manifest.xml", { distDir: "dist" })    // plus the build output
 * returns { ok, errors: string[], warnings: string[], summary }.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

// Names of the webpack outputs (see webpack.config.js).
const OUTPUT = { page: "taskpane.html", script: "functions.js", metadata: "functions.json", paneScript: "taskpane.js" };
const NAMESPACE = "DUTOAN";
const NS_OFFICEAPP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
// XSD sequence of OfficeApp children for a TaskPaneApp.
const TOP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const REQUIRED_BUTTON_ICON_SIZES = [16, 32, 80];

// ---------------------------------------------------------------- XML tree helpers

const local = (name) => name.slice(name.indexOf(":") + 1);

/** fast-xml-parser preserveOrder output → { name, local, attrs, children, text }. */
function toNodes(list) {
  const out = [];
  for (const item of list) {
    const key = Object.keys(item).find((k) => k !== ":@");
    if (!key || key === "#text" || key === "#comment" || key.startsWith("?")) continue;
    const kids = item[key] || [];
    const text = kids
      .filter((k) => Object.prototype.hasOwnProperty.call(k, "#text"))
      .map((k) => String(k["#text"]))
      .join("")
      .trim();
    out.push({ name: key, local: local(key), attrs: item[":@"] || {}, children: toNodes(kids), text });
  }
  return out;
}

function attr(node, name) {
  if (!node) return undefined;
  for (const [k, v] of Object.entries(node.attrs)) if (local(k) === name && !k.startsWith("xmlns")) return String(v);
  return undefined;
}
const kids = (node, name) => (node ? node.children.filter((c) => c.local === name) : []);
const kid = (node, name) => kids(node, name)[0];
function descendants(node, name, acc = []) {
  if (!node) return acc;
  for (const c of node.children) {
    if (c.local === name) acc.push(c);
    descendants(c, name, acc);
  }
  return acc;
}
function walk(node, fn, parents = []) {
  fn(node, parents);
  for (const c of node.children) walk(c, fn, parents.concat(node));
}

// ---------------------------------------------------------------- PNG helpers

/** Width/height from a PNG's IHDR, or null when the file is not a PNG. */
function readPngSize(file) {
  const buf = fs.readFileSync(file);
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b) || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Square size implied by a name: "Icon.16x16" → 16, "icon-80.png" → 80. */
function impliedSize(name) {
  if (!name) return undefined;
  let m = /(\d+)x(\d+)/i.exec(name);
  if (m && m[1] === m[2]) return Number(m[1]);
  m = /(?:^|[-_.])(\d+)\.png$/i.exec(name);
  if (m) return Number(m[1]);
  return undefined;
}

// ---------------------------------------------------------------- manifest check

/** Comments must not contain "--" (Office's parser rejects them; fast-xml-parser does not). */
function commentProblems(xml) {
  const problems = [];
  const re = /<!--([\s\S]*?)-->/g;
  let m;
  while ((m = re.exec(xml))) {
    if (m[1].includes("--") || m[1].endsWith("-")) {
      const line = xml.slice(0, m.index).split("\n").length;
      problems.push(`XML không hợp lệ (dòng ${line}): chú thích <!-- … --> không được chứa "--".`);
    }
  }
  return problems;
}

/**
 * Checks one manifest text. rootDir: folder whose assets/ holds the icons.
 * Returns { errors, warnings, info } (info: id, version, origin, baseUrl, urls by resid …).
 */
function checkManifestXml(xml, rootDir, label) {
  const errors = [];
  const warnings = [];
  const info = {};
  const err = (m) => errors.push(`${label}: ${m}`);
  const warn = (m) => warnings.push(`${label}: ${m}`);

  // 1. Well-formed XML.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const e = valid.err;
    err(`XML không hợp lệ (dòng ${e.line}, cột ${e.col}): ${e.msg}`);
    return { errors, warnings, info };
  }
  for (const p of commentProblems(xml)) err(p);

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
  });
  const roots = toNodes(parser.parse(xml));
  const app = roots[0];

  // 2. Root.
  if (!app || app.local !== "OfficeApp") {
    err(`phần tử gốc phải là <OfficeApp>, gặp <${app ? app.name : "(trống)"}>.`);
    return { errors, warnings, info };
  }
  if (app.attrs.xmlns !== NS_OFFICEAPP) err(`<OfficeApp> phải có xmlns="${NS_OFFICEAPP}".`);
  if (attr(app, "type") !== "TaskPaneApp") err(`<OfficeApp> phải có xsi:type="TaskPaneApp" (đang là "${attr(app, "type") || ""}").`);

  // 3. Required top-level elements and their order.
  const need = (name) => {
    const n = kid(app, name);
    if (!n) err(`thiếu phần tử bắt buộc <${name}>.`);
    return n;
  };
  const idNode = need("Id");
  if (idNode && !GUID_RE.test(idNode.text)) err(`<Id> phải là một GUID (đang là "${idNode.text}").`);
  info.id = idNode && idNode.text;
  const version = need("Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text)) err(`<Version> không hợp lệ: "${version.text}" (dạng 1.0.0.0).`);
  info.version = version && version.text;
  const provider = need("ProviderName");
  if (provider && !provider.text) err("<ProviderName> đang trống.");
  const locale = need("DefaultLocale");
  if (locale && !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(locale.text)) err(`<DefaultLocale> không hợp lệ: "${locale.text}".`);
  const checkText = (name, max) => {
    const n = need(name);
    if (!n) return;
    const v = attr(n, "DefaultValue");
    if (!v) err(`<${name}> thiếu DefaultValue.`);
    else if ([...v].length > max) err(`<${name}> dài ${[...v].length} ký tự, tối đa ${max}.`);
    return v;
  };
  info.displayName = checkText("DisplayName", 125);
  if (info.displayName && [...info.displayName].length > 30)
    warn(`<DisplayName> dài hơn 30 ký tự, sẽ bị cắt khi chuyển sang manifest JSON.`);
  checkText("Description", 250);
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const n = need(name);
    if (n && !attr(n, "DefaultValue")) err(`<${name}> thiếu DefaultValue.`);
  }
  const hosts = need("Hosts");
  if (hosts && !kids(hosts, "Host").some((h) => attr(h, "Name") === "Workbook"))
    err(`<Hosts> phải có <Host Name="Workbook"/> (Excel).`);
  const defaults = need("DefaultSettings");
  const defaultSource = defaults && kid(defaults, "SourceLocation");
  if (defaults && !(defaultSource && attr(defaultSource, "DefaultValue")))
    err("<DefaultSettings> thiếu <SourceLocation DefaultValue=…>.");
  const perms = need("Permissions");
  if (perms && !PERMISSIONS.includes(perms.text)) err(`<Permissions> không hợp lệ: "${perms.text}".`);
  const vo = need("VersionOverrides");

  let lastIndex = -1;
  for (const c of app.children) {
    const i = TOP_ORDER.indexOf(c.local);
    if (i < 0) {
      warn(`phần tử lạ trong <OfficeApp>: <${c.name}>.`);
      continue;
    }
    if (i < lastIndex) err(`thứ tự phần tử sai: <${c.local}> phải đứng trước <${TOP_ORDER[lastIndex]}>.`);
    lastIndex = Math.max(lastIndex, i);
  }

  // 4. SharedRuntime requirement.
  const sets = descendants(kid(app, "Requirements"), "Set");
  const shared = sets.find((s) => attr(s, "Name") === "SharedRuntime");
  if (!shared) err(`thiếu yêu cầu <Set Name="SharedRuntime" MinVersion="1.1"/> trong <Requirements>.`);
  else {
    const setsNode = descendants(kid(app, "Requirements"), "Sets")[0];
    const min = attr(shared, "MinVersion") || attr(setsNode, "DefaultMinVersion") || "";
    if (!/^1\.\d+$/.test(min)) err(`SharedRuntime cần MinVersion 1.1 trở lên (đang là "${min}").`);
  }

  // 5. Resources.
  const resources = vo ? kid(vo, "Resources") : undefined;
  const defs = new Map(); // id → { kind, value, node }
  const KINDS = { Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" };
  if (vo && !resources) err("<VersionOverrides> thiếu <Resources>.");
  for (const group of resources ? resources.children : []) {
    const kind = KINDS[group.local];
    if (!kind) {
      warn(`nhóm tài nguyên lạ: <${group.name}>.`);
      continue;
    }
    for (const item of group.children) {
      const id = attr(item, "id");
      const value = attr(item, "DefaultValue");
      if (!id) {
        err(`<${item.name}> trong <${group.name}> thiếu id.`);
        continue;
      }
      if (defs.has(id)) err(`resid "${id}" được khai báo hai lần trong <Resources>.`);
      if (value === undefined || value === "") err(`tài nguyên "${id}" thiếu DefaultValue.`);
      const max = kind === "ShortString" ? 125 : kind === "LongString" ? 250 : 2048;
      if (value && [...value].length > max) err(`tài nguyên "${id}" dài ${[...value].length} ký tự, tối đa ${max}.`);
      const overrides = kids(item, "Override").map((o) => ({ locale: attr(o, "Locale"), value: attr(o, "Value") }));
      defs.set(id, { kind, value, overrides });
    }
  }

  // 6. VersionOverrides wiring.
  if (vo && attr(vo, "type") !== "VersionOverridesV1_0")
    err(`<VersionOverrides> phải có xsi:type="VersionOverridesV1_0" (đang là "${attr(vo, "type") || ""}").`);
  const voHost = vo && kids(kid(vo, "Hosts"), "Host").find((h) => attr(h, "type") === "Workbook");
  if (vo && !voHost) err(`<VersionOverrides> thiếu <Host xsi:type="Workbook">.`);
  const runtime = voHost && kid(kid(voHost, "Runtimes"), "Runtime");
  const cf = voHost && kids(kid(voHost, "AllFormFactors"), "ExtensionPoint").find((e) => attr(e, "type") === "CustomFunctions");
  const desktop = voHost && kid(voHost, "DesktopFormFactor");
  const functionFile = desktop && kid(desktop, "FunctionFile");
  const srcResid = (parent, name) => attr(kid(kid(parent, name), "SourceLocation"), "resid");
  if (voHost) {
    if (!runtime) err(`thiếu <Runtimes><Runtime resid=… lifetime="long"/></Runtimes> (runtime dùng chung).`);
    else if (attr(runtime, "lifetime") !== "long") err(`<Runtime> phải có lifetime="long" để dùng chung runtime.`);
    const order = voHost.children.map((c) => c.local);
    if (order.includes("Runtimes") && order.indexOf("Runtimes") !== 0) err("<Runtimes> phải là phần tử đầu tiên trong <Host>.");
    if (!cf) err(`thiếu <ExtensionPoint xsi:type="CustomFunctions"> trong <AllFormFactors>.`);
    if (!desktop) err("thiếu <DesktopFormFactor>.");
    else if (!functionFile) err("<DesktopFormFactor> thiếu <FunctionFile resid=…>.");
  }
  const wiring = {
    Runtime: runtime && attr(runtime, "resid"),
    Page: cf && srcResid(cf, "Page"),
    FunctionFile: functionFile && attr(functionFile, "resid"),
  };
  if (cf) {
    if (!wiring.Page) err("CustomFunctions thiếu <Page><SourceLocation resid=…/></Page>.");
    if (!srcResid(cf, "Script")) err("CustomFunctions thiếu <Script><SourceLocation resid=…/></Script>.");
    if (!srcResid(cf, "Metadata")) err("CustomFunctions thiếu <Metadata><SourceLocation resid=…/></Metadata>.");
    if (!attr(kid(cf, "Namespace"), "resid")) err("CustomFunctions thiếu <Namespace resid=…/>.");
  }
  const present = Object.entries(wiring).filter(([, v]) => v);
  if (present.length === 3 && new Set(present.map(([, v]) => v)).size !== 1)
    err(
      `Runtime, Page và FunctionFile phải dùng cùng một resid, nếu không runtime dùng chung không nạp được ` +
        `(Runtime="${wiring.Runtime}", Page="${wiring.Page}", FunctionFile="${wiring.FunctionFile}").`,
    );
  const pageResid = wiring.Runtime || wiring.Page;

  // ShowTaskpane buttons: same page, no <TaskpaneId> (docs/office-addin.md §2).
  if (desktop)
    for (const action of descendants(desktop, "Action").filter((a) => attr(a, "type") === "ShowTaskpane")) {
      if (kid(action, "TaskpaneId")) err("nút ShowTaskpane không được có <TaskpaneId> (runtime dùng chung chỉ có một ngăn tác vụ).");
      const r = attr(kid(action, "SourceLocation"), "resid");
      if (pageResid && r !== pageResid) err(`nút ShowTaskpane phải mở resid "${pageResid}" như Runtime (đang là "${r}").`);
    }

  // Every resid used must be defined, with the right kind.
  const expectedKind = (node, parents) => {
    const parent = parents[parents.length - 1];
    if (node.local === "Image") return "Image";
    if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(node.local)) return "Url";
    if (["Namespace", "Label", "Title"].includes(node.local)) return "ShortString";
    if (node.local === "Description" && parent && ["Supertip", "GetStarted"].includes(parent.local)) return "LongString";
    return undefined;
  };
  const used = new Set();
  const iconUses = []; // { resid, size }
  if (vo)
    walk(vo, (node, parents) => {
      if (parents.some((p) => p.local === "Resources")) return;
      const resid = attr(node, "resid");
      if (resid === undefined) return;
      used.add(resid);
      const d = defs.get(resid);
      if (!d) {
        err(`resid "${resid}" (dùng ở <${node.name}>) chưa được khai báo trong <Resources>.`);
        return;
      }
      const kind = expectedKind(node, parents);
      if (kind && d.kind !== kind) err(`resid "${resid}" ở <${node.name}> phải là ${kind}, nhưng được khai báo là ${d.kind}.`);
      if (node.local === "Image" && attr(node, "size")) iconUses.push({ resid, size: Number(attr(node, "size")) });
    });
  for (const id of defs.keys()) if (!used.has(id)) warn(`tài nguyên "${id}" được khai báo nhưng không dùng.`);
  if (desktop)
    for (const icon of descendants(desktop, "Icon")) {
      const sizes = kids(icon, "Image").map((i) => Number(attr(i, "size")));
      for (const s of REQUIRED_BUTTON_ICON_SIZES)
        if (!sizes.includes(s)) err(`<Icon> của nút/nhóm thiếu ảnh cỡ ${s} (cần ${REQUIRED_BUTTON_ICON_SIZES.join(", ")}).`);
    }

  // 7. Namespace.
  const nsResid = cf && attr(kid(cf, "Namespace"), "resid");
  const nsDef = nsResid && defs.get(nsResid);
  info.namespace = nsDef && nsDef.value;
  if (nsDef && nsDef.value !== NAMESPACE) err(`namespace của hàm phải là "${NAMESPACE}" (đang là "${nsDef.value}").`);

  // 8. URLs: https, one origin, one folder for the webpack outputs.
  const urls = []; // { where, value, resid? }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const n = kid(app, name);
    if (n && attr(n, "DefaultValue")) urls.push({ where: `<${name}>`, value: attr(n, "DefaultValue"), image: name !== "SupportUrl", name });
  }
  if (defaultSource && attr(defaultSource, "DefaultValue"))
    urls.push({ where: "<DefaultSettings><SourceLocation>", value: attr(defaultSource, "DefaultValue") });
  for (const [id, d] of defs) {
    if (d.kind !== "Image" && d.kind !== "Url") continue;
    if (d.value) urls.push({ where: `tài nguyên "${id}"`, value: d.value, resid: id, image: d.kind === "Image" });
    for (const o of d.overrides)
      if (o.value) urls.push({ where: `tài nguyên "${id}" (${o.locale})`, value: o.value, resid: id, image: d.kind === "Image" });
  }
  const parsed = (u) => {
    try {
      return new URL(u);
    } catch {
      return null;
    }
  };
  const pageDef = pageResid && defs.get(pageResid);
  const pageUrl = parsed((pageDef && pageDef.value) || (defaultSource && attr(defaultSource, "DefaultValue")) || "");
  const origin = pageUrl ? pageUrl.origin : undefined;
  info.origin = origin;
  const baseUrl = pageUrl ? new URL(".", pageUrl).href : undefined;
  info.baseUrl = baseUrl;
  for (const u of urls) {
    const p = parsed(u.value);
    if (!p) {
      err(`URL không hợp lệ ở ${u.where}: "${u.value}".`);
      continue;
    }
    if (p.protocol !== "https:") err(`URL phải dùng https: "${u.value}" (${u.where}).`);
    else if (origin && p.origin !== origin) err(`mọi URL phải cùng một nguồn ${origin}: "${u.value}" (${u.where}).`);
  }
  for (const d of descendants(kid(app, "AppDomains"), "AppDomain")) {
    const p = parsed(d.text);
    if (!p || p.protocol !== "https:") err(`<AppDomain> phải là URL https: "${d.text}".`);
  }

  // Expected webpack file names, all in one folder.
  const urlOf = (resid) => (resid && defs.get(resid) ? defs.get(resid).value : undefined);
  const expectFile = (what, value, file) => {
    const p = value && parsed(value);
    if (!p) return;
    if (!p.pathname.endsWith("/" + file)) err(`${what} phải trỏ tới ${file} (tên tệp do webpack tạo), đang là "${value}".`);
    else if (baseUrl && p.origin === origin && new URL(".", p).href !== baseUrl) err(`${what} phải nằm cùng thư mục với ${OUTPUT.page}: "${value}".`);
  };
  if (pageResid) expectFile(`resid "${pageResid}" (Runtime/Page)`, urlOf(pageResid), OUTPUT.page);
  if (cf) {
    expectFile("Script của CustomFunctions", urlOf(srcResid(cf, "Script")), OUTPUT.script);
    expectFile("Metadata của CustomFunctions", urlOf(srcResid(cf, "Metadata")), OUTPUT.metadata);
  }
  if (defaultSource) expectFile("<DefaultSettings><SourceLocation>", attr(defaultSource, "DefaultValue"), OUTPUT.page);
  info.files = {
    page: urlOf(pageResid),
    script: cf && urlOf(srcResid(cf, "Script")),
    metadata: cf && urlOf(srcResid(cf, "Metadata")),
  };

  // 9. Icon files exist and have the declared size.
  const localPath = (value) => {
    const p = parsed(value);
    if (!p) return undefined;
    let rel = decodeURIComponent(p.pathname);
    const basePath = baseUrl ? new URL(baseUrl).pathname : "/";
    rel = rel.startsWith(basePath) ? rel.slice(basePath.length) : rel.replace(/^\/+/, "");
    return rel;
  };
  info.localFiles = [];
  const checkedImages = new Set();
  for (const u of urls) {
    if (!parsed(u.value)) continue;
    const rel = localPath(u.value);
    if (rel) info.localFiles.push(rel);
    if (!u.image || !rel) continue;
    const key = `${u.where}|${rel}`;
    if (checkedImages.has(key)) continue;
    checkedImages.add(key);
    const file = path.join(rootDir, rel);
    if (!fs.existsSync(file)) {
      err(`không tìm thấy tệp biểu tượng ${rel} (từ ${u.where}, ${u.value}).`);
      continue;
    }
    const size = readPngSize(file);
    if (!size) {
      err(`tệp ${rel} không phải ảnh PNG hợp lệ.`);
      continue;
    }
    const wanted = new Map(); // size → reason
    const fromFile = impliedSize(path.basename(rel));
    if (fromFile) wanted.set(fromFile, `tên tệp ${path.basename(rel)}`);
    if (u.resid) {
      const fromId = impliedSize(u.resid);
      if (fromId) wanted.set(fromId, `resid "${u.resid}"`);
      for (const use of iconUses) if (use.resid === u.resid) wanted.set(use.size, `<bt:Image size="${use.size}">`);
    }
    if (u.name === "IconUrl") wanted.set(32, "<IconUrl> (32×32)");
    if (u.name === "HighResolutionIconUrl") wanted.set(64, "<HighResolutionIconUrl> (64×64)");
    for (const [s, why] of wanted)
      if (size.width !== s || size.height !== s)
        err(`ảnh ${rel} có cỡ ${size.width}×${size.height}, nhưng ${why} đòi ${s}×${s}.`);
  }

  return { errors, warnings, info };
}

// ---------------------------------------------------------------- dist check

function checkDist(distDir, sourceInfo) {
  const errors = [];
  const warnings = [];
  const summary = {};
  const rel = (f) => path.relative(process.cwd(), f) || f;
  if (!fs.existsSync(distDir) || !fs.statSync(distDir).isDirectory()) {
    errors.push(`không có thư mục ${rel(distDir)}: hãy chạy "npm run build" trước.`);
    return { errors, warnings, summary };
  }

  // dist/manifest.xml: valid on its own, icons in dist/assets, no localhost.
  const distManifest = path.join(distDir, "manifest.xml");
  if (!fs.existsSync(distManifest)) errors.push(`thiếu ${rel(distManifest)} (CopyWebpackPlugin phải chép manifest*.xml).`);
  else {
    const xml = fs.readFileSync(distManifest, "utf8");
    const r = checkManifestXml(xml, distDir, rel(distManifest));
    errors.push(...r.errors);
    warnings.push(...r.warnings.filter((w) => !/không dùng|dài hơn 30/.test(w)));
    summary.origin = r.info.origin;
    const lines = xml.split("\n");
    const hits = lines.map((l, i) => (/localhost/i.test(l) ? i + 1 : 0)).filter(Boolean);
    if (hits.length)
      errors.push(
        `${rel(distManifest)} vẫn chứa "localhost" (dòng ${hits.join(", ")}): bản build production phải thay mọi URL ` +
          `(chạy "npm run build", không phải build:dev; hoặc dùng --no-dist).`,
      );
    if (sourceInfo && sourceInfo.id && r.info.id && sourceInfo.id !== r.info.id)
      errors.push(`${rel(distManifest)} có Id khác manifest gốc: hãy build lại.`);
    // Every file the manifest points to must be in dist/.
    for (const f of new Set(r.info.localFiles || []))
      if (f && !fs.existsSync(path.join(distDir, f))) errors.push(`${rel(distManifest)} trỏ tới ${f} nhưng ${rel(path.join(distDir, f))} không tồn tại.`);
  }

  // dist/functions.json: unique ids, each associated in dist/functions.js.
  const jsonFile = path.join(distDir, OUTPUT.metadata);
  const jsFile = path.join(distDir, OUTPUT.script);
  let meta;
  if (!fs.existsSync(jsonFile)) errors.push(`thiếu ${rel(jsonFile)} (CustomFunctionsMetadataPlugin chưa tạo).`);
  else {
    try {
      meta = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
    } catch (e) {
      errors.push(`${rel(jsonFile)} không phải JSON hợp lệ: ${e.message}`);
    }
  }
  if (meta) {
    const fns = Array.isArray(meta.functions) ? meta.functions : [];
    if (!fns.length) errors.push(`${rel(jsonFile)} không có hàm nào.`);
    summary.functionCount = fns.length;
    const ids = new Map();
    const names = new Map();
    for (const [i, f] of fns.entries()) {
      if (!f || !f.id) {
        errors.push(`${rel(jsonFile)}: hàm thứ ${i + 1} thiếu id.`);
        continue;
      }
      const key = String(f.id).toUpperCase();
      if (ids.has(key)) errors.push(`${rel(jsonFile)}: id "${f.id}" bị trùng.`);
      ids.set(key, f.id);
      if (f.name) {
        const nk = String(f.name).toUpperCase();
        if (names.has(nk)) errors.push(`${rel(jsonFile)}: tên hàm "${f.name}" bị trùng.`);
        names.set(nk, f.name);
      } else errors.push(`${rel(jsonFile)}: hàm "${f.id}" thiếu name.`);
    }
    if (!fs.existsSync(jsFile)) errors.push(`thiếu ${rel(jsFile)}.`);
    else {
      const js = fs.readFileSync(jsFile, "utf8");
      const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      for (const id of ids.values())
        if (!new RegExp(`CustomFunctions\\.associate\\(\\s*["'\`]${esc(id)}["'\`]`).test(js))
          errors.push(`${rel(jsFile)} không có CustomFunctions.associate("${id}", …): hàm ${id} sẽ không chạy.`);
      const assocRe = /CustomFunctions\.associate\(\s*["'`]([^"'`]+)["'`]/g;
      let m;
      while ((m = assocRe.exec(js))) if (!ids.has(m[1].toUpperCase())) warnings.push(`${rel(jsFile)} gắn hàm "${m[1]}" không có trong ${OUTPUT.metadata}.`);
    }
  }

  // dist/taskpane.html loads both bundles (shared runtime).
  const htmlFile = path.join(distDir, OUTPUT.page);
  if (!fs.existsSync(htmlFile)) errors.push(`thiếu ${rel(htmlFile)}.`);
  else {
    const html = fs.readFileSync(htmlFile, "utf8");
    for (const js of [OUTPUT.script, OUTPUT.paneScript])
      // Attribute quotes are optional: the production build minifies taskpane.html (src=functions.js).
      if (!new RegExp(`<script[^>]+src=["']?(?:[^"'\\s>]*/)?${js.replace(".", "\\.")}(?=["'\\s>])`).test(html))
        errors.push(`${rel(htmlFile)} không nạp ${js} (runtime dùng chung cần cả ${OUTPUT.paneScript} và ${OUTPUT.script}).`);
  }
  return { errors, warnings, summary };
}

// ---------------------------------------------------------------- public API

/**
 * @param {string} input path of a manifest, or the XML text itself (starts with "<")
 * @param {{ rootDir?: string, distDir?: string, label?: string }} [options]
 *   rootDir: folder holding assets/ (default: the manifest's folder, or cwd for XML text);
 *   distDir: also check the build output there.
 */
function validateManifest(input, options = {}) {
  let xml;
  let rootDir = options.rootDir;
  let label = options.label;
  const isXml = typeof input === "string" && input.trimStart().startsWith("<");
  if (isXml) {
    xml = input;
    rootDir = rootDir || process.cwd();
    label = label || "manifest";
  } else {
    const file = path.resolve(String(input));
    label = label || path.relative(process.cwd(), file) || file;
    if (!fs.existsSync(file)) {
      const errors = [`${label}: không tìm thấy tệp manifest.`];
      return { ok: false, errors, warnings: [], summary: {} };
    }
    xml = fs.readFileSync(file, "utf8");
    rootDir = rootDir || path.dirname(file);
  }
  const r = checkManifestXml(xml, rootDir, label);
  const errors = [...r.errors];
  const warnings = [...r.warnings];
  const summary = { ...r.info };
  if (options.distDir) {
    const d = checkDist(path.resolve(options.distDir), r.info);
    errors.push(...d.errors);
    warnings.push(...d.warnings);
    summary.dist = d.summary;
  }
  return { ok: errors.length === 0, errors, warnings, summary };
}

// ---------------------------------------------------------------- CLI

function main(argv) {
  let manifest;
  let distDir;
  let noDist = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dist") {
      distDir = argv[++i];
      if (!distDir) {
        console.error("Thiếu tên thư mục sau --dist.");
        return 2;
      }
    } else if (a.startsWith("--dist=")) distDir = a.slice(7);
    else if (a === "--no-dist") noDist = true;
    else if (a === "-h" || a === "--help") {
      console.log("Cách dùng: node scripts/validate-manifest.js [manifest.xml] [--dist dist | --no-dist]");
      return 0;
    } else if (a.startsWith("-")) {
      console.error(`Tùy chọn không rõ: ${a}`);
      return 2;
    } else if (!manifest) manifest = a;
    else {
      console.error(`Thừa tham số: ${a}`);
      return 2;
    }
  }
  manifest = manifest || "manifest.xml";
  if (!distDir && !noDist) {
    const guess = path.join(path.dirname(path.resolve(manifest)), "dist");
    if (fs.existsSync(guess)) distDir = guess;
  }
  if (noDist) distDir = undefined;

  const r = validateManifest(manifest, { distDir });
  for (const w of r.warnings) console.log(`Cảnh báo: ${w}`);
  if (!r.ok) {
    console.error(`✖ Manifest không hợp lệ: ${r.errors.length} lỗi`);
    for (const e of r.errors) console.error(`  - ${e}`);
    return 1;
  }
  const s = r.summary;
  console.log(
    `✔ Manifest hợp lệ: ${manifest} (Id ${s.id}, phiên bản ${s.version}, nguồn ${s.origin}, namespace ${s.namespace}).`,
  );
  if (s.dist)
    console.log(
      `✔ Bản build ${path.relative(process.cwd(), distDir) || distDir}: ${s.dist.functionCount} hàm, ` +
        `manifest trỏ tới ${s.dist.origin}, không còn localhost.`,
    );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validateManifest, checkManifestXml, checkDist, readPngSize, impliedSize, main };
