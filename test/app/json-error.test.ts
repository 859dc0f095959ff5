/** The JSON syntax walk agrees with JSON.parse on what is valid, and points at the first mistake. */
import fc from "fast-check";
import { jsonErrorOffset } from "../../src/app/json-error";

const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

test("valid JSON (random documents) has no error offset", () => {
  fc.assert(fc.property(fc.json(), (s) => jsonErrorOffset(s) === null));
});

test("on random text and on JSON with one character changed, it agrees with JSON.parse", () => {
  const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom(",", "}", "]", '"', ":", "x", " ", "\\", "{")).map(([s, k, c]) => {
    const at = k % (s.length + 1);
    return s.slice(0, at) + c + s.slice(at + 1);
  });
  fc.assert(fc.property(fc.oneof(fc.string(), mutated), (s) => (jsonErrorOffset(s) === null) === parses(s)), { numRuns: 2000 });
});

test.each([
  ['{ "a": 1,, }', 9],
  ['{ "a": [1, 2 }', 13],
  ["{ a: 1 }", 2],
  ['{ "a": 01 }', 8],
  ['{"a": "x"} x', 11],
  ["", 0],
])("%j fails at offset %d", (text, at) => {
  expect(jsonErrorOffset(text)).toBe(at);
});
