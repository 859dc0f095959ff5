/**
 * What the pane remembers in the workbook (Office document settings, saved with the file): the
 * pack and year the workbook is made for (also written as ThamSo rows caiDat.goi / caiDat.nam by the
 * template) and the names for the printed forms (caiDat.donViLap, caiDat.nguoiLapBieu …).
 */
const PACK = "dutoan.goi";
const YEAR = "dutoan.nam";
const CAI_DAT = "dutoan.caiDat";

export interface PaneSettings {
  packId?: string;
  year?: number;
  caiDat: Record<string, string>;
}

function settings(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
  } catch {
    return null;
  }
}

export function loadSettings(): PaneSettings {
  const s = settings();
  const pack = s?.get(PACK);
  const year = Number(s?.get(YEAR));
  const caiDat = s?.get(CAI_DAT);
  return {
    ...(typeof pack === "string" && pack ? { packId: pack } : {}),
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    caiDat: caiDat && typeof caiDat === "object" ? { ...(caiDat as Record<string, string>) } : {},
  };
}

/** Saves what is given (with the workbook; Excel writes it when the file is saved). */
export function saveSettings(p: Partial<PaneSettings>): void {
  const s = settings();
  if (!s) return;
  if (p.packId !== undefined) s.set(PACK, p.packId);
  if (p.year !== undefined) s.set(YEAR, p.year);
  if (p.caiDat !== undefined) s.set(CAI_DAT, p.caiDat);
  s.saveAsync(() => undefined);
}
