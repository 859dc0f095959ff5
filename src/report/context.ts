/**
 * What every sheet of the estimate workbook needs besides its own figures: who made it (Đơn vị lập),
 * the optional form label, the place and signers for the signature block, and the rules applied,
 * named in words (never the internal layer chain or the input file name).
 */
import type { Summary } from "../engine/aggregate";
import type { EstimateResult } from "../engine/estimate";

/** The parts of a resolved pack the report names (ResolvedPack has them all). */
export interface PackInfo {
  id: string;
  name: string;
  jurisdiction: string;
  chain: readonly string[];
  userLayers: readonly string[];
  /** Names in words of intermediate packs, when the caller knows them (id → name). */
  layerNames?: Readonly<Record<string, string>>;
}

export interface ReportInput {
  result: EstimateResult;
  summary: Summary;
  pack: PackInfo;
  /** ThamSo settings rows (caiDat.donViLap, caiDat.bieuSo, caiDat.diaDanh, caiDat.nguoiLapBieu, …). */
  settings?: Readonly<Record<string, string>>;
  /** Day of signing when known; otherwise the date line has blanks to fill by hand. */
  signedOn?: { day?: number; month?: number; year?: number };
}

export interface Signers {
  nguoiLapBieu: string | null;
  keToanTruong: string | null;
  thuTruong: string | null;
}

export interface ReportContext {
  year: number;
  donViLap: string;
  bieuSo: string | null;
  diaDanh: string | null;
  signers: Signers;
  signedOn: { day?: number; month?: number; year?: number };
  /** "Quy định của Trung ương và tỉnh Hưng Yên; giá trị đơn vị tự nhập ở sheet ThamSo". */
  rulesInWords: string;
  /** Where a parameter value came from, in words ("Trung ương", "Tỉnh Hưng Yên", "Đơn vị tự nhập …"). */
  layerInWords: (layer: string) => string;
}

const collator = new Intl.Collator("vi", { numeric: true });
/** Above this many communes the heading names how many instead of listing them. */
const MAX_LISTED = 3;

function setting(settings: Readonly<Record<string, string>> | undefined, key: string): string | null {
  const v = settings?.[key]?.trim();
  return v ? v : null;
}

/** The communes of the roster, for the default Đơn vị lập. */
function communesOf(result: EstimateResult): string[] {
  const names = new Map<string, string>();
  for (const u of result.units.list) names.set(u.donVi.normalize("NFC").toLowerCase(), u.donVi);
  for (const l of result.leavers) names.set(l.donVi.normalize("NFC").toLowerCase(), l.donVi);
  return [...names.values()].sort(collator.compare);
}

function defaultDonViLap(result: EstimateResult): string {
  const communes = communesOf(result);
  if (!communes.length) return "";
  if (communes.length <= MAX_LISTED) return communes.join(", ");
  return `${communes.length} xã, phường trong danh sách`;
}

/** "Tỉnh Hưng Yên" → "tỉnh Hưng Yên" inside a sentence. */
function inSentence(s: string): string {
  return /^(Tỉnh|Thành phố|Xã|Phường|Đặc khu)\b/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function userLayerWords(layer: string): string {
  if (/^sheet /i.test(layer)) return `ở ${layer}`;
  if (/^tệp /i.test(layer)) return "trong tệp tham số riêng";
  return "";
}

export function describePack(pack: PackInfo): { rulesInWords: string; layerInWords: (layer: string) => string } {
  const user = new Set(pack.userLayers);
  const bodyName = (id: string): string => {
    if (id === "central") return "Trung ương";
    if (id === pack.id) return pack.jurisdiction;
    return pack.layerNames?.[id] ?? id;
  };
  const bodies = pack.chain.filter((l) => !user.has(l)).map(bodyName);
  const userWords = pack.chain.filter((l) => user.has(l)).map(userLayerWords);
  let rules = `Quy định của ${bodies.map(inSentence).join(" và ")}`;
  if (userWords.length) rules += `; giá trị đơn vị tự nhập ${[...new Set(userWords.filter(Boolean))].join(", ")}`.trimEnd();
  return {
    rulesInWords: rules,
    layerInWords: (layer) => (user.has(layer) ? `Đơn vị tự nhập ${userLayerWords(layer)}`.trimEnd() : bodyName(layer)),
  };
}

export function reportContext(input: ReportInput): ReportContext {
  const s = input.settings;
  const words = describePack(input.pack);
  return {
    year: input.summary.year,
    donViLap: setting(s, "caiDat.donViLap") ?? defaultDonViLap(input.result),
    bieuSo: setting(s, "caiDat.bieuSo"),
    diaDanh: setting(s, "caiDat.diaDanh"),
    signers: {
      nguoiLapBieu: setting(s, "caiDat.nguoiLapBieu"),
      keToanTruong: setting(s, "caiDat.keToanTruong"),
      thuTruong: setting(s, "caiDat.thuTruong"),
    },
    signedOn: input.signedOn ?? {},
    ...words,
  };
}
