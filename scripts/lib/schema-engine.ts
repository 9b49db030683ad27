/**
 * Prisma's schema engine, run offline from its WebAssembly build.
 *
 * The Prisma CLI downloads a native schema-engine binary, which cannot be
 * fetched on machines without internet access. The same engine ships on npm
 * as @prisma/schema-engine-wasm; driven through a driver adapter it applies
 * migrations exactly like `prisma migrate deploy` (it keeps the
 * `_prisma_migrations` table), so the standard CLI keeps working elsewhere.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

async function loadWasm(): Promise<void> {
  const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(jsPath), "schema_engine_bg.wasm"));
  const wasmModule = await WebAssembly.compile(bytes);
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  const exports = instance.exports as Record<string, unknown> & { __wbindgen_start?: () => void };
  (bg as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
}

export type Provider = "sqlite" | "postgresql";

/** The datamodel files of one provider: its schema.prisma plus the shared models. */
export async function readDatamodels(root: string, provider: Provider): Promise<[string, string][]> {
  const dir = path.join(root, "prisma", provider);
  const files = ["schema.prisma", "models.prisma"];
  return Promise.all(files.map(async (f) => [path.join(dir, f), await readFile(path.join(dir, f), "utf8")] as [string, string]));
}

/** Starts an engine bound to a driver adapter factory. */
export async function openSchemaEngine(
  datamodels: [string, string][],
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: (message: string) => void = () => {},
): Promise<{ engine: SchemaEngine; errorDetail: (e: unknown) => string }> {
  wasmReady ??= loadWasm();
  await wasmReady;
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await (bg as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine.new({ datamodels }, log, bound);
  // Adapter failures reach the engine as "External error id#N"; the registry has the real one.
  const errorDetail = (e: unknown): string => {
    const text = e instanceof Error ? e.message : String(e);
    const id = /id#(\d+)/.exec(text)?.[1];
    const record = id ? bound.errorRegistry.consumeError(Number(id)) : undefined;
    return record ? `${text}: ${JSON.stringify(record.error)}` : text;
  };
  return { engine, errorDetail };
}
