import { describe, expect, it } from "vitest";
import { csvRow } from "./csv-row";

describe("csvRow", () => {
  it("quotes commas, quotes and newlines, leaves plain cells alone, ends with CRLF", () => {
    expect(csvRow(["a", 1, null, 'say "hi"', "x,y", "two\nlines"])).toBe('a,1,,"say ""hi""","x,y","two\nlines"\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvRow(["=1+1", "+82", "-5", "@SUM(A1)", "ok"])).toBe("'=1+1,'+82,'-5,'@SUM(A1),ok\r\n");
  });
});
