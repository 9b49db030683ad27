import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HOLD_FUNCTION, holdFunctionMigration } from "./hold-function";
import { HOLD_INPUTS, HOLD_STEPS, namesIn } from "./hold-steps";

const MIGRATIONS = path.join("prisma", "postgresql", "migrations");

describe("the hold's one list of statements", () => {
  it("is what the newest PostgreSQL migration of the hold function deploys (npm run db:hold-function writes it)", () => {
    const newest = readdirSync(MIGRATIONS)
      .filter((name) => !name.endsWith(".toml"))
      .sort()
      .map((name) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"))
      .filter((text) => text.includes(`"${HOLD_FUNCTION}"`))
      .at(-1);
    expect(newest).toBe(holdFunctionMigration());
  });

  it("uses only inputs and values selected by an earlier step", () => {
    const known = new Set<string>(Object.keys(HOLD_INPUTS));
    for (const step of HOLD_STEPS) {
      for (const name of namesIn(step.sql)) expect(known, `${name} in ${step.sql}`).toContain(name);
      if (step.kind === "select") for (const name of Object.keys(step.into)) known.add(name);
    }
  });
});
