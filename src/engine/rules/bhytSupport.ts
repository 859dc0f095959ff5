/**
 * State support of the BHYT contribution of a person the employer does not insure
 * (docs/legal/central.md §6, §7): share × the household-BHYT contribution of the first person
 * (rate × LCS). The part up to the general minimum share (hoTroBhyt.<group>.tyLeChung, NĐ 188/2025:
 * 50%) is general support; only what the province pays above it is its top-up (the transfer table).
 * None while the group is in compulsory BHYT, or before the pack has any support for the group; a
 * support slot the pack has but with no value is an error (mc.get throws MissingParameterError
 * naming the key): the officer enters the province's share on sheet ThamSo.
 */
import { D, roundDong } from "../money";
import type { InsuranceGroup, Resolved } from "../law";
import type { MonthContext } from "../month";
import { GROUP_LABELS } from "../labels";
import { formatVnd } from "../money";
import { pct, val, type MonthLine } from "./line";

export type BhytSupportMonth =
  | { due: number; support: MonthLine; /** The general part of the support (the rest is the province's). */ general: number }
  | { none: string; params: Resolved[] };

export const bhytShareKey = (group: InsuranceGroup): string => `hoTroBhyt.${group}.tyLe`;

export function bhytSupportMonth(group: InsuranceGroup, mc: MonthContext): BhytSupportMonth {
  const cover = mc.tryGet(`bhyt.batBuoc.apDung.${group}`);
  if (cover?.value === "1") return { none: `${GROUP_LABELS[group]} thuộc diện BHYT do đơn vị đóng: không hỗ trợ`, params: [cover] };
  const key = bhytShareKey(group);
  const share = mc.tryGet(key);
  if (!share) {
    if (mc.params.entryAt(key, mc.date)) mc.get(key); // a slot without a value: throws, naming the key
    return { none: "chưa có chế độ hỗ trợ", params: [] };
  }
  mc.use(share);
  const rate = mc.get("bhyt.hoGiaDinh.tyLe");
  const lcs = mc.get("luongCoSo");
  const [s, r, l] = [val(share), val(rate), val(lcs)];
  const amount = roundDong(new D(s).times(r).times(l));
  const chung = mc.tryGet(`hoTroBhyt.${group}.tyLeChung`);
  const general = chung ? roundDong(D.min(val(mc.use(chung)), s).times(r).times(l)) : 0;
  return {
    due: roundDong(new D(r).times(l)),
    support: { amount, text: `${pct(s)} × ${pct(r)} × ${formatVnd(l)}`, params: [share, rate, lcs] },
    general,
  };
}
