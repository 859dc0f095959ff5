/**
 * webpack.config.js: the production origin is a build input that must be given (DUTOAN_URL_PROD or
 * --env urlProd); without it the build stops with a Vietnamese message instead of writing a
 * placeholder; every localhost URL of the manifest is rewritten to it.
 */
const factory = require("../../webpack.config.js") as (env: Record<string, unknown>, o: { mode: string }) => Promise<{ plugins: unknown[] }>;

class Exit extends Error {}

async function attempt(env: Record<string, unknown>, envVar?: string) {
  const saved = process.env.DUTOAN_URL_PROD;
  if (envVar === undefined) delete process.env.DUTOAN_URL_PROD;
  else process.env.DUTOAN_URL_PROD = envVar;
  const errors: string[] = [];
  const exit = jest.spyOn(process, "exit").mockImplementation(() => {
    throw new Exit();
  });
  const log = jest.spyOn(console, "error").mockImplementation((s: string) => void errors.push(s));
  try {
    const config = await factory(env, { mode: "production" });
    return { config, errors };
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    return { config: null, errors };
  } finally {
    exit.mockRestore();
    log.mockRestore();
    if (saved === undefined) delete process.env.DUTOAN_URL_PROD;
    else process.env.DUTOAN_URL_PROD = saved;
  }
}

function manifestTransform(config: { plugins: unknown[] }): (c: Buffer) => string {
  const copy = config.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === "CopyPlugin") as { patterns: { from: string; transform?: (c: Buffer) => string }[] };
  return copy.patterns.find((p) => p.from === "manifest*.xml")!.transform!;
}

test("without DUTOAN_URL_PROD the production build stops, saying what to set", async () => {
  const r = await attempt({});
  expect(r.config).toBeNull();
  expect(r.errors.join("\n")).toMatch(/Thiếu địa chỉ máy chủ production .*DUTOAN_URL_PROD/s);
});

test.each([["http://dutoan.vn/", /phải dùng https/], ["không phải url", /không phải URL hợp lệ/], ["https://localhost:3000/", /không được là máy cục bộ/]])("DUTOAN_URL_PROD=%j is refused", async (url, message) => {
  const r = await attempt({}, url);
  expect(r.config).toBeNull();
  expect(r.errors.join("\n")).toMatch(message);
});

test("the given origin replaces every localhost URL of the manifest (env var or --env urlProd)", async () => {
  for (const r of [await attempt({}, "https://dutoan.stc.vn/app"), await attempt({ urlProd: "https://dutoan.stc.vn/app/" })]) {
    const out = manifestTransform(r.config!)(Buffer.from('<a DefaultValue="https://localhost:3000/x.html"/><b DefaultValue="https://localhost:3000/y.js"/>'));
    expect(out).toBe('<a DefaultValue="https://dutoan.stc.vn/app/x.html"/><b DefaultValue="https://dutoan.stc.vn/app/y.js"/>');
  }
});
