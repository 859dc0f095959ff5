/**
 * "Did you choose the right pack?": a post or parameter code the chosen pack does not know, or a
 * level it has no value for, is often there in another pack (forgetting `--pack hung-yen` gives a row
 * of "not in pack central" errors). Such issues get a hint naming the pack(s) that have it.
 */
import type { Issue } from "../engine/types";
import type { Pack } from "../packs";
import { normalizeKey } from "../roster";
import type { FrontDoor } from "./types";

/** The packs (other than `current`) whose posts include `text` by name, code or alias. */
function packsWithPost(text: string, packs: Pack[]): Pack[] {
  const k = normalizeKey(text);
  const squashed = k.replace(/ /g, "");
  return packs.filter((p) =>
    p.posts.some((post) => [post.name, post.code, ...post.aliases].some((n) => {
      const nk = normalizeKey(n);
      return nk === k || nk.replace(/ /g, "") === squashed;
    })),
  );
}

/** The packs that have a parameter `key` (exact key or other case), with a value when `withValue`. */
function packsWithParam(key: string, packs: Pack[], withValue: boolean): Pack[] {
  const lower = key.trim().toLowerCase();
  return packs.filter((p) => p.parameters.some((x) => x.key.toLowerCase() === lower && (!withValue || x.values.some((v) => v.value !== null))));
}

/** "--pack hung-yen" or "chọn gói Hưng Yên trong ngăn tác vụ". */
function howToChoose(found: Pack[], door: FrontDoor): string {
  const ids = found.map((p) => p.id);
  if (door === "pane") return `chọn gói ${found.map((p) => p.name).join(" hoặc ")} trong ngăn tác vụ`;
  return ids.length === 1 ? `thêm --pack ${ids[0]}` : `thêm --pack với một trong các mã ${ids.join(", ")}`;
}

/** The parameter key a missing-value message of the engine names ("Tham số "phuCap.truongThon" …"). */
export function missingParamKey(i: Issue): string | null {
  if (i.code !== "THIEU_THAM_SO") return null;
  const m = /Tham số ["“]([A-Za-z][\w.]*)["”]/.exec(i.message);
  return m ? m[1] : null;
}

/**
 * Adds a hint to each issue whose code or post another pack has. `packs` are the packs the user can
 * choose (built-in and --pack-file); `current` the chosen pack's chain (never suggested).
 */
export function addPackHints(issues: Issue[], packs: Pack[], current: string[], door: FrontDoor): Issue[] {
  const others = packs.filter((p) => !current.includes(p.id));
  const memo = new Map<string, string>();
  return issues.map((i) => {
    const key = `${i.code}|${i.value ?? ""}|${missingParamKey(i) ?? ""}`;
    let hint = memo.get(key);
    if (hint === undefined) {
      hint = hintFor(i, others, door);
      memo.set(key, hint);
    }
    return hint ? { ...i, message: `${i.message} ${hint}` } : i;
  });
}

function hintFor(i: Issue, others: Pack[], door: FrontDoor): string {
  if (i.code === "UNKNOWN_POST" && i.value) {
    const found = packsWithPost(i.value, others);
    return found.length ? `“${i.value}” có trong gói ${found.map((p) => p.id).join(", ")}: ${howToChoose(found, door)}.` : "";
  }
  if (i.code === "THAMSO_UNKNOWN_KEY" && i.value) {
    const found = packsWithParam(i.value, others, false);
    return found.length ? `Mã “${i.value}” có trong gói ${found.map((p) => p.id).join(", ")}: ${howToChoose(found, door)}.` : "";
  }
  const param = missingParamKey(i);
  if (param) {
    const found = packsWithParam(param, others, true);
    return found.length ? `Gói ${found.map((p) => p.id).join(", ")} có mức “${param}”: nếu sổ tính dành cho tỉnh đó, ${howToChoose(found, door)}.` : "";
  }
  return "";
}

/**
 * When several codes or posts are unknown and one pack has them all, the workbook is probably made for
 * that pack: one line saying so (null otherwise).
 */
export function commonPackHint(issues: Issue[], packs: Pack[], current: string[], door: FrontDoor): string | null {
  const others = packs.filter((p) => !current.includes(p.id));
  let common: Pack[] | null = null;
  let n = 0;
  for (const i of issues) {
    if (!i.value || (i.code !== "UNKNOWN_POST" && i.code !== "THAMSO_UNKNOWN_KEY")) continue;
    const found = i.code === "UNKNOWN_POST" ? packsWithPost(i.value, others) : packsWithParam(i.value, others, false);
    common = common === null ? found : common.filter((p) => found.includes(p));
    n++;
  }
  if (!common?.length || n < 2) return null;
  const best = common.slice(0, 1);
  return `${n} mã tham số hoặc chức danh không có trong gói đang dùng nhưng đều có trong gói ${best[0].id} (${best[0].name}): sổ tính có lẽ dành cho gói đó — ${howToChoose(best, door)}.`;
}
