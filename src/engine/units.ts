/** Communes and villages: the units lines are grouped by, with their DonVi record when given. */
import type { DacDiem, LoaiDonVi, UnitRow } from "./types";

/**
 * Characters NFC may change: combining marks (a vowel typed as "a" + U+0301), Hangul jamo and the few
 * singletons with canonical decompositions. Text without them is already NFC; ICU normalisation is
 * slow enough to matter over 100,000 names, so it runs only when needed.
 */
function mayDenormalize(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) continue;
    if ((c <= 0x36f) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || c === 0x2126 || c === 0x212a || c === 0x212b || (c >= 0xf900 && c <= 0xfaff)) return true;
  }
  return false;
}

export function normalizeName(s: string): string {
  return (mayDenormalize(s) ? s.normalize("NFC") : s).trim().replace(/\s+/g, " ").toLowerCase();
}

export function unitKey(donVi: string, thon: string | null): string {
  return `${normalizeName(donVi)}|${thon ? normalizeName(thon) : ""}`;
}

export interface UnitRef {
  key: string;
  donVi: string;
  thon: string | null;
  /** The DonVi row of this unit, when the workbook has one. */
  info: UnitRow | null;
}

export class UnitIndex {
  readonly list: UnitRef[] = [];
  private readonly byKey = new Map<string, number>();
  /** Names as typed → id (commune, then village; "" for the commune itself): most rows repeat the same spelling, so normalise once. */
  private readonly byRaw = new Map<string, Map<string, number>>();

  constructor(units: UnitRow[] = []) {
    for (const u of units) {
      const id = this.id(u.donVi, u.thon);
      this.list[id].info = u;
    }
  }

  /** Id of a unit, created on first sight. */
  private last: { donVi: string; thon: string | null; id: number } | null = null;

  id(donVi: string, thon: string | null): number {
    // rosters list a village's rows together: the previous row's unit is the usual answer
    const l = this.last;
    if (l && l.donVi === donVi && l.thon === thon) return l.id;
    const id = this.lookup(donVi, thon);
    this.last = { donVi, thon, id };
    return id;
  }

  private lookup(donVi: string, thon: string | null): number {
    let villages = this.byRaw.get(donVi);
    if (!villages) this.byRaw.set(donVi, (villages = new Map()));
    const seen = villages.get(thon ?? "");
    if (seen !== undefined) return seen;
    const key = unitKey(donVi, thon);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push({ key, donVi: donVi.trim(), thon: thon ? thon.trim() : null, info: null });
      this.byKey.set(key, id);
    }
    villages.set(thon ?? "", id);
    return id;
  }

  private readonly factsCache: UnitFacts[] = [];

  /** What the rules read of unit `id` (it must have a DonVi row), made once. */
  facts(id: number): UnitFacts {
    return (this.factsCache[id] ??= factsOf(this.list[id], this.list[id].thon ? this.commune(id) : undefined));
  }

  /** Commune id of each unit, −1 when the commune is unknown (filled on demand). */
  private readonly communeIds: number[] = [];

  /** The commune a village belongs to (its DonVi commune row), when known. */
  commune(id: number): UnitRef | undefined {
    let cid = this.communeIds[id];
    if (cid === undefined) {
      const u = this.list[id];
      cid = this.communeIds[id] = this.byKey.get(unitKey(u.donVi, null)) ?? -1;
    }
    return cid < 0 ? undefined : this.list[cid];
  }
}

/** Đặc điểm of a unit together with its commune's (a village of a border commune is a border village). */
export function dacDiemOf(unit: UnitRef, commune: UnitRef | undefined): DacDiem[] {
  const own = unit.info?.dacDiem ?? [];
  const communeDd = commune?.info?.dacDiem ?? [];
  return communeDd.length ? [...own, ...communeDd] : own;
}

/** What the rules read of a unit (a DonVi row with its commune, or DUTOAN.* arguments). */
export interface UnitFacts {
  village: boolean;
  loai: LoaiDonVi;
  /** Commune class: the unit's own, or its commune's for a village. */
  phanLoai: "I" | "II" | "III" | null;
  soHo: number | null;
  /** Đặc điểm of the unit together with its commune's. */
  dacDiem: DacDiem[];
  soNguoiTangThem: number | null;
}

export function factsOf(unit: UnitRef, commune: UnitRef | undefined): UnitFacts {
  const info = unit.info!;
  return {
    village: unit.thon !== null,
    loai: info.loai,
    phanLoai: info.phanLoai ?? commune?.info?.phanLoai ?? null,
    soHo: info.soHo,
    dacDiem: dacDiemOf(unit, commune),
    soNguoiTangThem: info.soNguoiTangThem,
  };
}
