/**
 * Which regime costs a leaver: the one the pack says is in force for the leaver's group on the
 * leaving date (docs/legal/troCap.md §2). Each regime has a dated flag `troCap.<regime>.apDung.<group>`
 * (1 = applies) whose windows are the decrees' dates, so the order NĐ 29 → NĐ 154 is data, not code.
 *
 * A cán bộ, công chức may leave under two policies in force together: the restructuring of the
 * apparatus (NĐ 178/2024) or staff reduction (NĐ 29/2023, then NĐ 154/2025); column "Chính sách"
 * says which. Two regimes of the same group and policy in force on one day is a pack error.
 */
import { dayBefore, formatVnDate } from "../../calendar";
import { citationOf } from "../../ledger";
import type { ParamTable, Resolved } from "../../params";
import type { ChinhSachNghi, DoiTuongNghiViec } from "../../types";
import { val, type LeaverCtx } from "./context";
import { nd154CanBo, nd154Hdkct } from "./nd154";
import { nd178 } from "./nd178";
import { nd29CanBo, nd29Hdkct } from "./nd29";
import { security, securitySlot } from "./security";
import { topUp } from "./topUp";
import { CHINH_SACH_LABELS, COL, DOI_TUONG_LABELS, LeaverProblem } from "./types";

interface Regime {
  id: "nd29" | "nd154" | "nd178";
  group: DoiTuongNghiViec;
  /** The policy a cán bộ, công chức leaves under; null for HĐKCT (one regime a day). */
  policy: ChinhSachNghi | null;
  /** `flag`: the value that made the regime apply (cited first on thôn, TDP lines: it names Đ.10). */
  cost: (c: LeaverCtx, flag: Resolved) => void;
}

/** A cán bộ, công chức regime needs the kind of leaving first. */
const canBo = (f: (c: LeaverCtx) => void) => (c: LeaverCtx) => {
  if (c.row.hinhThuc === null)
    throw new LeaverProblem("THIEU_HINH_THUC", `chưa ghi hình thức nghỉ; cần "Thôi việc" hoặc "Nghỉ hưu trước tuổi" ở cột "${COL.hinhThuc}".`, COL.hinhThuc);
  f(c);
};

const REGIMES: readonly Regime[] = [
  { id: "nd29", group: "hdkctXa", policy: null, cost: (c) => nd29Hdkct(c, []) },
  { id: "nd29", group: "hdkctThon", policy: null, cost: (c, flag) => nd29Hdkct(c, [flag]) },
  { id: "nd29", group: "canBoCongChuc", policy: "tinhGian", cost: canBo(nd29CanBo) },
  { id: "nd154", group: "hdkctXa", policy: null, cost: (c) => nd154Hdkct(c, []) },
  { id: "nd154", group: "hdkctThon", policy: null, cost: (c, flag) => nd154Hdkct(c, [flag]) },
  { id: "nd154", group: "canBoCongChuc", policy: "tinhGian", cost: canBo(nd154CanBo) },
  { id: "nd178", group: "canBoCongChuc", policy: "sapXep", cost: canBo(nd178) },
];

export const regimeFlag = (r: Pick<Regime, "id" | "group">): string => `troCap.${r.id}.apDung.${r.group}`;

interface InForce {
  regime: Regime;
  flag: Resolved;
}

function window(r: Resolved): string {
  return `${citationOf(r)}, từ ${formatVnDate(r.from)}${r.to ? ` đến ${formatVnDate(r.to)}` : ""}`;
}

/** The regimes in force for the leaver's group on the leaving date; a pack error when two share a policy. */
function inForce(c: LeaverCtx): InForce[] {
  const out: InForce[] = [];
  for (const regime of REGIMES) {
    if (regime.group !== c.row.doiTuong) continue;
    const flag = c.peek(regimeFlag(regime));
    if (!flag || val(flag) !== "1") continue;
    const twin = out.find((x) => x.regime.policy === regime.policy);
    if (twin)
      throw new LeaverProblem("TRUNG_CHE_DO_TRO_CAP",
        `gói tham số "${c.packId}" có hai chế độ trợ cấp cùng hiệu lực ngày ${formatVnDate(c.date)} cho ${DOI_TUONG_LABELS[c.row.doiTuong]}${regime.policy ? ` (${CHINH_SACH_LABELS[regime.policy]})` : ""}: "${twin.flag.key}" (${window(twin.flag)}) và "${flag.key}" (${window(flag)}). Mỗi ngày chỉ được một chế độ: sửa ngày hiệu lực của một trong hai tham số (sheet ThamSo hoặc tệp gói) rồi tính lại.`,
        COL.ngayNghi);
    out.push({ regime, flag });
  }
  return out;
}

export function noRegime(c: LeaverCtx, policy?: ChinhSachNghi): void {
  const what = policy ? `theo chính sách "${CHINH_SACH_LABELS[policy]}"` : "";
  c.issue("warning", "KHONG_CO_CHE_DO_TRO_CAP",
    `${c.who} (${DOI_TUONG_LABELS[c.row.doiTuong]}) nghỉ ngày ${formatVnDate(c.date)}: gói tham số "${c.packId}" không có chế độ trợ cấp ${what ? `${what} ` : ""}cho đối tượng này tại ngày đó; không tính. Nếu có chế độ khác áp dụng, tính riêng.`,
    policy ? COL.chinhSach : COL.hoTen);
}

/**
 * The regime of the row: the only one in force, or the one of the policy named in column "Chính
 * sách". With two policies in force and the column blank, the restructuring (the reason sheet
 * NghiViec exists); silently when "Tháng thứ mấy kể từ quyết định sắp xếp" is filled (only an
 * arrangement decision has one), else with a warning asking for the column.
 */
function choose(c: LeaverCtx): InForce | null {
  const all = inForce(c);
  const asked = c.row.chinhSach ?? null;
  if (asked && all.some((x) => x.regime.policy !== null)) {
    const hit = all.find((x) => x.regime.policy === asked);
    if (!hit) noRegime(c, asked);
    return hit ?? null;
  }
  if (all.length <= 1) {
    if (!all.length) noRegime(c);
    return all[0] ?? null;
  }
  const hit = all.find((x) => x.regime.policy === "sapXep") ?? all[0];
  if (c.row.thangKeTuQuyetDinh === null)
    c.issue("warning", "CHUA_GHI_CHINH_SACH",
      `${c.who}: chưa ghi chính sách nghỉ; ngày ${formatVnDate(c.date)} cán bộ, công chức có thể nghỉ theo ${all.map((x) => `"${CHINH_SACH_LABELS[x.regime.policy!]}"`).join(" hoặc ")}. Tạm tính theo "${CHINH_SACH_LABELS[hit.regime.policy!]}"; nếu khác, ghi ở cột "${COL.chinhSach}".`,
      COL.chinhSach);
  return hit;
}

/** Costs one leaver: the regime's lines, then the province's top-up. */
export function costLeaver(c: LeaverCtx): void {
  let regimeId: Regime["id"] | null = null;
  if (REGIMES.some((r) => r.group === c.row.doiTuong)) {
    const chosen = choose(c);
    if (chosen) {
      chosen.regime.cost(c, c.use(chosen.flag));
      regimeId = chosen.regime.id;
    }
  } else {
    const slot = securitySlot(c);
    if (slot) security(c, slot);
    else noRegime(c);
  }
  topUp(c, regimeId);
}

/** One overlap of two regimes of the same group and policy in a pack (a pack error). */
export interface RegimeConflict {
  group: DoiTuongNghiViec;
  keys: [string, string];
  from: string;
}

/** Every overlap of regime windows in a parameter table (a check for packs, ThamSo and pack files). */
export function regimeConflicts(params: ParamTable): RegimeConflict[] {
  /** The windows where a flag is 1, with inclusive ends (null: open). */
  const spans = (key: string) =>
    (params.get(key)?.values ?? []).map((v, i, all) => ({ v, to: v.to ?? (all[i + 1] ? dayBefore(all[i + 1].from) : null) })).filter((x) => x.v.value === "1");
  const out: RegimeConflict[] = [];
  REGIMES.forEach((a, i) =>
    REGIMES.slice(i + 1).forEach((b) => {
      if (a.group !== b.group || a.policy !== b.policy) return;
      for (const x of spans(regimeFlag(a)))
        for (const y of spans(regimeFlag(b))) {
          const from = x.v.from > y.v.from ? x.v.from : y.v.from;
          if ((x.to === null || from <= x.to) && (y.to === null || from <= y.to)) out.push({ group: a.group, keys: [regimeFlag(a), regimeFlag(b)], from });
        }
    }),
  );
  return out;
}
