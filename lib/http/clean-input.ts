/**
 * The one check every request's strings pass before domain code: no NULs or
 * other control characters (PostgreSQL refuses U+0000 with error 22021, which
 * reached fans as 500s; SQLite stored them). Newlines and tabs are allowed only
 * in the fields named in MULTILINE_FIELDS. Paths and query strings are checked
 * at the edge (proxy.ts, lib/http/edge/), bodies, queries and server-action
 * arguments in `validate()` (lib/http/body.ts).
 */
import { AppError, type FieldError } from "../errors";

/** Free-text fields that may span lines (a staff reason). */
const MULTILINE_FIELDS = new Set(["reason"]);

// C0 controls, DEL and C1 controls; the second also lets \t \n \r through.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// A lone surrogate cannot be encoded as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when the string may be stored: no control characters (multiline: except tab, CR, LF). */
export function isCleanText(text: string, multiline = false): boolean {
  return !(multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(text) && !LONE_SURROGATE.test(text);
}

function findDirty(value: unknown, path: string[], depth: number): FieldError | undefined {
  if (depth > 32) return { path: path.join("."), message: "nested too deeply" };
  if (typeof value === "string") {
    return isCleanText(value, MULTILINE_FIELDS.has(path.at(-1) ?? ""))
      ? undefined
      : { path: path.join("."), message: "contains control characters" };
  }
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (!isCleanText(key)) return { path: [...path, "(key)"].join("."), message: "contains control characters" };
    const dirty = findDirty(inner, [...path, key], depth + 1);
    if (dirty) return dirty;
  }
  return undefined;
}

/** Throws VALIDATION_FAILED naming the first string (or key) with a control character in it. */
export function assertCleanInput(value: unknown, what = "request"): void {
  const dirty = findDirty(value, [], 0);
  if (dirty) throw new AppError("VALIDATION_FAILED", `The ${what} contains characters that are not allowed.`, { errors: [dirty] });
}
