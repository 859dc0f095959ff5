/**
 * Reconciliation with the BHXH agency (communes and the BHXH office "đối chiếu, xác nhận số
 * người, số tiền"): the state support we computed per person and quarter (supportByPerson) against
 * the agency's figures (sheet DoiChieuBHXH). Pure.
 *
 * Matching: by Mã số BHXH when both sides have one; otherwise by name and unit (commune, and village
 * when the agency gives one), names compared after trimming, spacing and case. A person is compared
 * only for the quarters the agency's sheet covers, per kind (BHXH tự nguyện / BHYT) when the agency
 * splits them, otherwise on the total of both kinds.
 */
import type { PersonSupport, TransferKind } from "./lines/support/types";
import type { DoiChieuRow, Issue, Location } from "./types";
import { formatVnd } from "./money";
import { normalizeName } from "./units";

export interface ReconDiff {
  hoTen: string;
  maSoBhxh: string | null;
  donVi: string | null;
  thon: string | null;
  quarter: number;
  /** Kind compared; null = both kinds together. */
  kind: TransferKind | null;
  /** Our support (central + provincial), the agency's, and ours − agency. */
  ours: number;
  agency: number;
  difference: number;
  /** Our roster row (null when the agency's person is not ours) and the agency's rows. */
  ourRow: Location | null;
  agencyRows: Location[];
}

interface Person {
  hoTen: string;
  maSoBhxh: string | null;
  donVi: string | null;
  thon: string | null;
  ourRow: Location | null;
  /** Amounts by quarter and kind ("q|kind"). */
  ours: Map<string, number>;
  agency: Map<string, { amount: number; rows: Location[] }>;
}

const KINDS: TransferKind[] = ["bhxhTuNguyen", "bhyt"];
const collator = new Intl.Collator("vi", { numeric: true });
const nameKey = (s: string | null) => (s ? normalizeName(s) : "");

interface Index {
  persons: Map<string, Person>;
  byMaSo: Map<string, Person>;
  byName: Map<string, Person[]>;
}

const idOf = (x: { maSoBhxh: string | null; hoTen: string; donVi: string | null; thon: string | null }) =>
  x.maSoBhxh ? `m:${x.maSoBhxh}` : `n:${nameKey(x.hoTen)}|${nameKey(x.donVi)}|${nameKey(x.thon)}`;

/** Our support per person (by Mã số BHXH, else name and unit), indexed for matching. */
function indexOurs(ours: PersonSupport[]): Index {
  const idx: Index = { persons: new Map(), byMaSo: new Map(), byName: new Map() };
  for (const s of ours) {
    const id = idOf(s);
    let p = idx.persons.get(id);
    if (!p) {
      p = { hoTen: s.hoTen, maSoBhxh: s.maSoBhxh, donVi: s.donVi, thon: s.thon, ourRow: s.loc, ours: new Map(), agency: new Map() };
      idx.persons.set(id, p);
      if (s.maSoBhxh) idx.byMaSo.set(s.maSoBhxh, p);
      const k = nameKey(s.hoTen);
      const l = idx.byName.get(k);
      if (l) l.push(p);
      else idx.byName.set(k, [p]);
    }
    const k = `${s.quarter}|${s.kind}`;
    p.ours.set(k, (p.ours.get(k) ?? 0) + s.amount);
  }
  return idx;
}

/** The person of ours an agency row is about; otherwise a warning and a person of theirs only. */
function matchAgency(a: DoiChieuRow, idx: Index, strangers: Map<string, Person>, issues: Issue[]): Person {
  const byCode = a.maSoBhxh ? idx.byMaSo.get(a.maSoBhxh) : undefined;
  if (byCode) return byCode;
  const candidates = (idx.byName.get(nameKey(a.hoTen)) ?? []).filter(
    (c) =>
      (!a.donVi || nameKey(c.donVi) === nameKey(a.donVi)) &&
      (!a.thon || nameKey(c.thon) === nameKey(a.thon)) &&
      !(a.maSoBhxh && c.maSoBhxh && a.maSoBhxh !== c.maSoBhxh),
  );
  if (candidates.length === 1) return candidates[0];
  const where = { sheet: a.loc.sheet, row: a.loc.row, column: "Họ và tên" };
  if (candidates.length > 1)
    issues.push({ severity: "warning", code: "DOI_CHIEU_TRUNG_TEN", ...where,
      message: `${a.hoTen}: có ${candidates.length} người cùng tên trong danh sách (${candidates.map((c) => c.thon ?? c.donVi ?? "").join("; ")}); cần Mã số BHXH (hoặc Xã, phường và Thôn) để đối chiếu.` });
  else
    issues.push({ severity: "warning", code: "DOI_CHIEU_KHONG_CO_TRONG_DANH_SACH", ...where,
      message: `${a.hoTen}${a.maSoBhxh ? ` (mã số BHXH ${a.maSoBhxh})` : ""}: cơ quan BHXH có số tiền hỗ trợ quý ${a.quarter} nhưng không tìm thấy người này trong danh sách được hỗ trợ.` });
  const id = idOf(a);
  let p = strangers.get(id);
  if (!p) strangers.set(id, (p = { hoTen: a.hoTen, maSoBhxh: a.maSoBhxh, donVi: a.donVi, thon: a.thon, ourRow: null, ours: new Map(), agency: new Map() }));
  return p;
}

type AgencyAmount = { amount: number; rows: Location[] };

/** A person's differences in one quarter: per kind when the agency splits them, else on the total. */
function personDiffs(p: Person, q: number, out: ReconDiff[]): void {
  const ourOf = (kind: TransferKind) => p.ours.get(`${q}|${kind}`) ?? 0;
  const agencyOf = (kind: string) => p.agency.get(`${q}|${kind}`);
  const push = (kind: TransferKind | null, o: number, ag: AgencyAmount[]) => {
    const amount = ag.reduce((s, x) => s + x.amount, 0);
    if (o === amount) return;
    out.push({
      hoTen: p.hoTen, maSoBhxh: p.maSoBhxh, donVi: p.donVi, thon: p.thon, quarter: q, kind,
      ours: o, agency: amount, difference: o - amount, ourRow: p.ourRow, agencyRows: ag.flatMap((x) => x.rows),
    });
  };
  const all = agencyOf("all");
  const split = KINDS.map((k) => agencyOf(k));
  if (all) push(null, ourOf("bhxhTuNguyen") + ourOf("bhyt"), [all, ...split.filter((x): x is AgencyAmount => !!x)]);
  else if (split.some((x) => x)) KINDS.forEach((k, i) => push(k, ourOf(k), split[i] ? [split[i]!] : []));
  else push(null, ourOf("bhxhTuNguyen") + ourOf("bhyt"), []);
}

export function reconcile(ours: PersonSupport[], agency: DoiChieuRow[]): { differences: ReconDiff[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const idx = indexOurs(ours);
  const quarters = new Set<number>();
  const strangers = new Map<string, Person>();
  for (const a of agency) {
    quarters.add(a.quarter);
    const p = matchAgency(a, idx, strangers, issues);
    const k = `${a.quarter}|${a.kind ?? "all"}`;
    const e = p.agency.get(k) ?? { amount: 0, rows: [] };
    e.amount += a.amount;
    e.rows.push(a.loc);
    p.agency.set(k, e);
  }
  const differences: ReconDiff[] = [];
  for (const p of [...idx.persons.values(), ...strangers.values()]) for (const q of [...quarters].sort((a, b) => a - b)) personDiffs(p, q, differences);
  differences.sort((a, b) => collator.compare(a.hoTen, b.hoTen) || collator.compare(a.donVi ?? "", b.donVi ?? "") || a.quarter - b.quarter || (a.kind ?? "").localeCompare(b.kind ?? ""));
  if (differences.length) {
    const sum = (f: (d: ReconDiff) => number) => differences.reduce((s, d) => s + f(d), 0);
    issues.push({
      severity: "warning",
      code: "DOI_CHIEU_CHENH_LECH",
      message: `Đối chiếu với số liệu của cơ quan BHXH (sheet ${agency[0].loc.sheet}): ${differences.length} chênh lệch theo người và quý; tổng theo dự toán ${formatVnd(sum((d) => d.ours))} đồng, theo cơ quan BHXH ${formatVnd(sum((d) => d.agency))} đồng.`,
      sheet: agency[0].loc.sheet,
    });
  }
  return { differences, issues };
}
