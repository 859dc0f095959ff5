/**
 * Where a JSON text goes wrong: Node's JSON.parse does not always say (“Unexpected token '}'”), and
 * an officer editing a pack file needs the line and column. A small syntax walk (RFC 8259) that
 * returns the offset of the first error, or null when the text is valid JSON.
 */
const WS = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters inside strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Fail {
  constructor(readonly at: number) {}
}

function walker(text: string) {
  let i = 0;
  const ws = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const sticky = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) throw new Fail(i);
    i = re.lastIndex;
  };
  const expect = (ch: string) => {
    ws();
    if (text[i] !== ch) throw new Fail(i);
    i++;
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === close) return void i++;
      expect(",");
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{")
      return list("}", () => {
        ws();
        sticky(STRING);
        expect(":");
        value();
      });
    if (c === "[") return list("]", value);
    if (c === '"') return sticky(STRING);
    for (const lit of ["true", "false", "null"]) if (text.startsWith(lit, i)) return void (i += lit.length);
    sticky(NUMBER);
  };
  return {
    run(): number | null {
      try {
        value();
        ws();
        return i < text.length ? i : null;
      } catch (e) {
        if (e instanceof Fail) return e.at;
        throw e;
      }
    },
  };
}

/** Offset of the first syntax error of `text`, or null when it is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  return walker(text).run();
}
