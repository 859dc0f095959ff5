/**
 * The units declared in sheet DonVi, for checking and canonicalising the units named in DanhSach.
 *
 * Names match by identityKey (case, spacing, punctuation, tone placement ignored; diacritics kept),
 * then, when that finds nothing, loosely (no diacritics, no leading "Xã", "Thôn", "TDP"…) if the
 * loose match is unique.
 */
import { identityKey, normalizeKey } from "./text";

export interface UnitRef {
  donVi: string;
  thon: string | null;
  row: number;
}

const TYPE_PREFIX = /^(xa|phuong|thi tran|dac khu|thon|ban|ap|xom|lang|buon|to dan pho|tdp|to|khu pho|khu)\s+(?=\S)/;

export function looseUnitKey(s: string): string {
  return normalizeKey(s).replace(TYPE_PREFIX, "");
}

export class UnitIndex {
  private readonly exact = new Map<string, UnitRef>();
  private readonly loose = new Map<string, UnitRef[]>();
  private readonly communeExact = new Map<string, string>();
  private readonly communeLoose = new Map<string, Set<string>>();
  private readonly villageCache = new Map<string, UnitRef | null>();
  private readonly communeCache = new Map<string, string | null>();
  private readonly villagesByCommune = new Map<string, string[]>();
  size = 0;

  /** Key used for duplicates: identity of commune and village. */
  static idKey(donVi: string, thon: string | null): string {
    return `${identityKey(donVi)}|${thon ? identityKey(thon) : ""}`;
  }

  /** Adds a unit; returns the earlier unit with the same identity, if any (then nothing is added). */
  add(ref: UnitRef): UnitRef | undefined {
    const id = UnitIndex.idKey(ref.donVi, ref.thon);
    const prev = this.exact.get(id);
    if (prev) return prev;
    this.exact.set(id, ref);
    this.size++;
    const lk = `${looseUnitKey(ref.donVi)}|${ref.thon ? looseUnitKey(ref.thon) : ""}`;
    const list = this.loose.get(lk) ?? [];
    list.push(ref);
    this.loose.set(lk, list);
    const cid = identityKey(ref.donVi);
    if (!this.communeExact.has(cid)) this.communeExact.set(cid, ref.donVi);
    const cl = looseUnitKey(ref.donVi);
    const set = this.communeLoose.get(cl) ?? new Set<string>();
    set.add(this.communeExact.get(cid)!);
    this.communeLoose.set(cl, set);
    if (ref.thon) {
      const vs = this.villagesByCommune.get(cid) ?? [];
      vs.push(ref.thon);
      this.villagesByCommune.set(cid, vs);
    }
    return undefined;
  }

  /** The declared village (or commune row when thon is null) a roster names, or undefined. */
  find(donVi: string, thon: string | null): UnitRef | undefined {
    const ck = `${donVi}\u0001${thon ?? ""}`;
    let hit = this.villageCache.get(ck);
    if (hit === undefined) {
      hit = this.exact.get(UnitIndex.idKey(donVi, thon)) ?? null;
      if (!hit) {
        const list = this.loose.get(`${looseUnitKey(donVi)}|${thon ? looseUnitKey(thon) : ""}`);
        if (list && list.length === 1) hit = list[0];
      }
      this.villageCache.set(ck, hit);
    }
    return hit ?? undefined;
  }

  /** The commune's spelling in DonVi (from its own row or its villages' rows), or undefined. */
  findCommune(donVi: string): string | undefined {
    let hit = this.communeCache.get(donVi);
    if (hit === undefined) {
      hit = this.communeExact.get(identityKey(donVi)) ?? null;
      if (!hit) {
        const set = this.communeLoose.get(looseUnitKey(donVi));
        if (set && set.size === 1) hit = [...set][0];
      }
      this.communeCache.set(donVi, hit);
    }
    return hit ?? undefined;
  }

  villagesOf(donVi: string): string[] {
    return this.villagesByCommune.get(identityKey(donVi)) ?? [];
  }

  communes(): string[] {
    return [...this.communeExact.values()];
  }
}

export interface UnitResolution {
  donVi: string;
  thon: string | null;
  /** Same number = same unit (identity of commune and village). */
  id: number;
  status: "ok" | "noVillage" | "noCommune" | "noIndex";
  /** For a village not found: its commune's spelling in DonVi, when the commune is there. */
  commune?: string;
  /** The closest names, once computed for a message. */
  near?: string[];
}

/** Units of DanhSach rows: checked against DonVi (when present) once per distinct spelling, numbered by identity. */
export class UnitResolver {
  private readonly cache = new Map<string, Map<string, UnitResolution>>();
  private readonly ids = new Map<string, number>();
  constructor(readonly index: UnitIndex | null) {}

  resolve(donVi: string, thon: string | null): UnitResolution {
    let byThon = this.cache.get(donVi);
    if (!byThon) this.cache.set(donVi, (byThon = new Map()));
    const t = thon ?? "";
    let res = byThon.get(t);
    if (!res) {
      res = this.compute(donVi, thon);
      byThon.set(t, res);
    }
    return res;
  }

  private compute(donVi: string, thon: string | null): UnitResolution {
    let status: UnitResolution["status"] = "noIndex";
    let commune: string | undefined;
    if (this.index) {
      if (thon) {
        const u = this.index.find(donVi, thon);
        if (u) {
          donVi = u.donVi;
          thon = u.thon;
          status = "ok";
        } else {
          status = "noVillage";
          commune = this.index.findCommune(donVi);
        }
      } else {
        const c = this.index.findCommune(donVi);
        if (c) {
          donVi = c;
          status = "ok";
        } else status = "noCommune";
      }
    }
    const key = UnitIndex.idKey(donVi, thon);
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return { donVi, thon, id, status, commune };
  }
}
