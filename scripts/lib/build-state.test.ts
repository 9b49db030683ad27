import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientsAreStale, staleBuildReason } from "./build-state";

function tree(files: Record<string, number>): string {
  const root = mkdtempSync(path.join(tmpdir(), "build-state-"));
  for (const [file, mtime] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, "x");
    utimesSync(full, mtime, mtime);
  }
  return root;
}

describe("staleBuildReason", () => {
  it("asks for a build when there is none", () => {
    expect(staleBuildReason(tree({ "app/page.tsx": 100 }))).toMatch(/no production build/);
  });

  it("names the first source newer than the build, and ignores tests and generated code", () => {
    expect(
      staleBuildReason(tree({ ".next/BUILD_ID": 200, "app/page.tsx": 100, "lib/x.test.ts": 300, "lib/generated/a.ts": 300 })),
    ).toBeNull();
    expect(staleBuildReason(tree({ ".next/BUILD_ID": 200, "messages/ko/seats.json": 300 }))).toBe(
      "messages/ko/seats.json changed after the last build",
    );
  });
});

describe("clientsAreStale", () => {
  it("is true when the models are newer than the generated clients", () => {
    const generated = { "lib/generated/sqlite/client.ts": 200, "lib/generated/postgresql/client.ts": 200 };
    expect(clientsAreStale(tree({ ...generated, "prisma/models.prisma": 100 }))).toBe(false);
    expect(clientsAreStale(tree({ ...generated, "prisma/models.prisma": 300 }))).toBe(true);
    expect(clientsAreStale(tree({ "prisma/models.prisma": 100 }))).toBe(true);
  });
});
