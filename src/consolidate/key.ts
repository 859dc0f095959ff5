/** The same commune however it is typed: Unicode form, case and spaces do not matter. */
export function communeKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}
