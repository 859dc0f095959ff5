import { closest, identityKey, levenshtein, normalizeKey } from "../../src/roster/text";

describe("normalizeKey", () => {
  test("drops case, diacritics (đ → d), punctuation and extra spaces", () => {
    expect(normalizeKey("Họ và tên")).toBe("ho va ten");
    expect(normalizeKey("HỌ VÀ TÊN")).toBe("ho va ten");
    expect(normalizeKey("  Ho   va-ten ")).toBe("ho va ten");
    expect(normalizeKey("Đơn vị")).toBe("don vi");
    expect(normalizeKey("Xã, phường")).toBe("xa phuong");
    expect(normalizeKey("Thôn/TDP")).toBe("thon tdp");
    expect(normalizeKey("Trọng điểm, phức tạp về ANTT")).toBe("trong diem phuc tap ve antt");
  });
  test("decomposed (NFD) input gives the same key as composed text", () => {
    expect(normalizeKey("Trưởng thôn".normalize("NFD"))).toBe(normalizeKey("Trưởng thôn"));
  });
});

describe("identityKey", () => {
  test("keeps diacritics: different villages stay different", () => {
    expect(identityKey("Thôn Hạ")).not.toBe(identityKey("Thôn Hà"));
    expect(identityKey("Nguyễn Văn Hùng")).not.toBe(identityKey("Nguyễn Văn Hưng"));
  });
  test("ignores case, spacing, punctuation and tone placement", () => {
    expect(identityKey("Nguyễn Thị Hoà")).toBe(identityKey("nguyễn  thị hòa"));
    expect(identityKey("Thuỷ")).toBe(identityKey("Thủy"));
    expect(identityKey("Khoẻ")).toBe(identityKey("khỏe"));
    expect(identityKey("Quý")).toBe("quý");
    expect(identityKey("Thôn 1-A")).toBe(identityKey("thôn 1 a"));
  });
});

describe("similarity", () => {
  test("levenshtein", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("", "abc")).toBe(3);
  });
  test("closest names first", () => {
    const c = [
      { label: "Bí thư chi bộ", keys: ["Bí thư chi bộ"] },
      { label: "Trưởng thôn", keys: ["Trưởng thôn", "Trưởng bản"] },
      { label: "Thôn đội trưởng", keys: ["Thôn đội trưởng"] },
    ];
    expect(closest("Bi thu chi doan", c, 1)).toEqual(["Bí thư chi bộ"]);
    expect(closest("truong ban", c, 2)[0]).toBe("Trưởng thôn");
  });
});
