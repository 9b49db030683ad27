/**
 * fast-check arbitraries for hostile input (test/http/fuzz.int.test.ts): path
 * segments, query strings, header values and JSON values, from the contract's
 * zod schemas (through their JSON Schema) and beyond them.
 */
import fc from "fast-check";

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[]; enum?: unknown[] };

const LONG = "k".repeat(10_000);

/** encodeURIComponent, except that a lone surrogate (which it refuses) becomes its CESU-style bytes, malformed UTF-8. */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
};

/** Strings every check must refuse or survive: NULs, control characters, lone surrogates, huge, odd Unicode. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\u0007\u001b[31m",
    "\ud800",
    "x\udfff",
    "\u202e",
    "\ufeff",
    '\'; DROP TABLE "User"; --',
    "../../etc/passwd",
  ),
  fc.constantFrom(LONG, "𝄞".repeat(3000), "%00", "%ZZ", "\\u0000", " ", ""),
  fc.string({ unit: "binary", maxLength: 40 }),
);

/** Numbers past every range, and things that only look like numbers. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 2 ** 31, -1, 0, 0.5, -0, 5e-324),
  fc.constantFrom("1e999", "NaN", "Infinity", "0x10", "10"),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A value that no declared field accepts: it always makes the request invalid. */
export const invalidForAnyField = fc.constantFrom<unknown>("a\u0000", { $ne: 1 }, [[null]], "\ud800");

const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    hostileNumber,
    fc.constantFrom(null, true, false, [], {}),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constant(LONG), fc.constant("__proto__")), tie("value"), { maxKeys: 3 }),
  ),
})).value;

function plausible(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if (schema?.enum) return fc.constantFrom(...schema.enum);
  if (type === "integer" || type === "number") return fc.oneof(fc.integer({ min: -10, max: 200_000 }), hostileNumber);
  if (type === "string") return fc.oneof(fc.string({ maxLength: 20 }), fc.emailAddress(), hostileString);
  if (type === "boolean") return fc.boolean();
  return hostileJson;
}

/**
 * A body for an operation: its declared fields with plausible or hostile
 * values, extra keys beyond them, and at least one declared field that no
 * schema accepts, so no fuzzed request can change anything.
 */
export function hostileBody(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const fields = Object.entries(schema?.properties ?? {});
  if (fields.length === 0) return fc.oneof(hostileJson, fc.constant({ [LONG]: 1 }));
  const record = fc.record(Object.fromEntries(fields.map(([name, s]) => [name, plausible(s)])), { requiredKeys: [] });
  const broken = fc.record({ field: fc.constantFrom(...fields.map(([name]) => name)), value: invalidForAnyField });
  const extra = fc.dictionary(fc.oneof(fc.constant(LONG), fc.string({ maxLength: 8 })), hostileJson, { maxKeys: 2 });
  return fc.tuple(record, broken, extra).map(([base, b, more]) => ({ ...more, ...base, [b.field]: b.value }));
}

/** Raw bodies that are not JSON, or not even UTF-8. */
export const rawBody = fc.oneof(
  fc.constantFrom("{", '{"a":', "[]]", "null", "\u0000", '{"amount": 1e999}', '{"__proto__": {"admin": true}}'),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Uint8Array.from([0xff, 0xfe, 0xc0, ...bytes])),
);

/** A path segment: a real id, or something hostile (malformed escapes, NULs, dots, long). */
export function pathSegment(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    ...(real.length ? [fc.constantFrom(...real)] : []),
    fc.constantFrom("%ZZ", "%E0%A4%A", "%00", "%C0%AF", "..", "%2e%2e", "%2F", "a%01b", "%F0%9F%98", "x".repeat(1000)),
    fc.string({ maxLength: 30 }).map(encode),
  );
}

/** A query string: the operation's own keys and others, with hostile values, raw and escaped. */
export function queryString(keys: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...keys, "limit", "cursor", "__proto__"), fc.string({ maxLength: 10 }).map(encode));
  const value = fc.oneof(
    fc.constantFrom("%ZZ", "%00", "-1", "99999999999999999999", "1e309", "", "HELD", "%E0%A4%A", "a".repeat(1000)),
    hostileString.map((text) => encode(text).slice(0, 1000)),
  );
  return fc
    .array(fc.tuple(key, value), { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));
}

/**
 * Header values fetch can send (visible ASCII and Latin-1), hostile to whoever
 * reads them. Paths, queries and headers together stay under Node's 16 KB
 * request-head limit: past it Node itself answers a bare 431 before the app
 * sees the request (10,000-character keys and values go in bodies instead).
 */
const headerValue = fc.oneof(
  fc.constantFrom("", " ", "x".repeat(1000), "null", "../..", "%00", "Bearer", "Bearer \u00ff\u00fe", "{}"),
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
);

export const hostileHeaders = fc.record(
  {
    "x-queue-token": headerValue,
    "idempotency-key": headerValue,
    "content-type": fc.constantFrom("application/json", "text/plain", "application/json; charset=latin1", "multipart/form-data", ""),
    "x-request-id": headerValue,
    authorization: headerValue,
    "accept-language": headerValue,
  },
  { requiredKeys: [] },
);
