import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/config";
import { catalogues } from "@/messages";

/** Every leaf key of a catalogue, dotted: "header.signIn". */
function keysOf(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("message catalogues", () => {
  it("has the same keys in Korean and English", () => {
    const ko = keysOf(catalogues.ko).sort();
    const en = keysOf(catalogues.en).sort();
    expect(
      en.filter((k) => !ko.includes(k)),
      "keys only in English",
    ).toEqual([]);
    expect(
      ko.filter((k) => !en.includes(k)),
      "keys only in Korean",
    ).toEqual([]);
  });

  it("has no empty message", () => {
    for (const locale of LOCALES) {
      const tree = catalogues[locale];
      const empty = keysOf(tree).filter(
        (k) => k.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) === "",
      );
      expect(empty, `empty ${locale} messages`).toEqual([]);
    }
  });

  it("lists every namespace file of each language in its index", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.resolve("messages", locale))
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.replace(/\.json$/, ""))
        .sort();
      expect(Object.keys(catalogues[locale]).sort(), `messages/${locale}/index.ts`).toEqual(files);
    }
  });
});
