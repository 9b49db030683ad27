import { describe, expect, it } from "vitest";
import { fromBase32, toBase32 } from "./base32";
import { signTicketCode, verifyTicketCode } from "./ticket-code";

const ref = { reservationId: "cmaaaaaaa0000bbbbcccc1234", scheduleId: "cmzzzzzzz0000yyyyxxxx9876" };

describe("ticket codes", () => {
  it("round-trips base32 for every length", () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(fromBase32(toBase32(bytes))).toEqual(bytes);
    }
  });

  it("signs a code that names only the reservation and its date, and verifies it (any case, spaces trimmed)", () => {
    const code = signTicketCode(ref);
    expect(code).toMatch(/^SP1-[A-Z2-7]+-[A-Z2-7]{26}$/);
    expect(verifyTicketCode(code)).toEqual(ref);
    expect(verifyTicketCode(` ${code.toLowerCase()} `)).toEqual(ref);
  });

  it("refuses a code with any one character changed, a swapped payload, or junk", () => {
    const code = signTicketCode(ref);
    for (let i = 4; i < code.length; i++) {
      if (code[i] === "-") continue;
      const changed = code.slice(0, i) + (code[i] === "A" ? "B" : "A") + code.slice(i + 1);
      expect(verifyTicketCode(changed)).toBeNull();
    }
    const other = signTicketCode({ ...ref, scheduleId: "cmother0000000000000000000" });
    const [, payload] = other.split("-");
    const [, , signature] = code.split("-");
    expect(verifyTicketCode(`SP1-${payload}-${signature}`)).toBeNull();
    for (const junk of ["", "SP1", "SP1--", "SP2-AAAA-AAAA", "x".repeat(500), "SP1-!!-??"]) expect(verifyTicketCode(junk)).toBeNull();
  });
});
