/** The same commune however it is typed: Unicode form, case and spaces do not matter. */
export function communeKey(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
