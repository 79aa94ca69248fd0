import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csv", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("x\ny")).toBe('"x\ny"');
  });

  it("defuses spreadsheet formulas in text but keeps negative numbers", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("@SUM(A1)")).toBe("\"'@SUM(A1)\"");
    expect(csvField(-3.5)).toBe("-3.5");
    expect(csvField(Infinity)).toBe("");
  });

  it("writes a header and CRLF rows", () => {
    expect(toCsv(["a", "b"], [[1, null], ["x", true]])).toBe("a,b\r\n1,\r\nx,true\r\n");
  });
});
