/**
 * Runs the hold's statements (hold-steps.ts) on either database: PostgreSQL
 * calls the function generated from them (one round trip); SQLite runs them
 * one by one in one transaction on the fast path.
 */
import type { Sql, SqlParam } from "../db/sql";
import { HOLD_CALL, holdCallParams } from "./hold-function";
import { HOLD_STEPS, namesIn, type HoldInputs, type HoldOutcome } from "./hold-steps";

export interface HoldRun {
  outcome: HoldOutcome;
  /** The columns the steps selected, by their step names (null where a row was missing). */
  values: Record<string, SqlParam>;
}

/** Each step's statement with `:name` turned into $1…, and the names in that order. */
const bound = HOLD_STEPS.map((step) => {
  const text = step.kind === "check" ? `SELECT COALESCE(${step.sql}, FALSE) AS "ok"` : step.sql;
  const names = namesIn(text);
  return { step, names, text: text.replace(/:([a-z_]+)/g, (_, name: string) => `$${names.indexOf(name) + 1}`) };
});

async function inProcess(sql: Sql, inputs: HoldInputs): Promise<HoldRun> {
  return sql.transaction(async (tx) => {
    const values: Record<string, SqlParam> = { ...inputs };
    for (const { step, names, text } of bound) {
      const params = names.map((name) => values[name] ?? null);
      if (step.kind === "select") {
        const [row] = await tx.rows<Record<string, SqlParam>>(text, params);
        if (!row && step.missing) return { outcome: step.missing, values };
        for (const name of Object.keys(step.into)) values[name] = row?.[name] ?? null;
      } else if (step.kind === "check") {
        const [row] = await tx.rows<{ ok: unknown }>(text, params);
        if (!row?.ok) return { outcome: step.otherwise, values };
      } else if ((await tx.run(text, params)) === 0 && step.none) {
        return { outcome: step.none, values };
      }
    }
    return { outcome: "HELD", values };
  });
}

export async function runHold(sql: Sql, inputs: HoldInputs): Promise<HoldRun> {
  if (sql.dialect === "sqlite") return inProcess(sql, inputs);
  const [row] = await sql.rows<Record<string, SqlParam> & { outcome: HoldOutcome }>(HOLD_CALL, holdCallParams(inputs));
  return { outcome: row?.outcome ?? "NO_SEAT", values: row ?? {} };
}
