/**
 * Prisma's pg adapter with the two retries of lib/db/retry.ts: a plain read
 * whose connection died runs once more (on a fresh pooled connection; pg's
 * pool drops a client that is no longer queryable), and an interactive
 * `$transaction(fn)` whose connection died before `fn` finished is replayed.
 */
import type { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { replayTransaction, retryRead } from "./retry";
import { isRead } from "./sqlite-adapter";

export function retryingPgAdapter(factory: PrismaPg): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      // Transactions run on their own objects (startTransaction), so this only sees autocommit statements.
      const queryRaw = adapter.queryRaw.bind(adapter);
      adapter.queryRaw = (query) => (isRead(query.sql) ? retryRead(() => queryRaw(query)) : queryRaw(query));
      return adapter;
    },
  };
}

interface TransactionClient {
  $transaction(arg: unknown, options?: unknown): Promise<unknown>;
}

/** Makes `client.$transaction(fn, options)` replay once after a lost connection (the array form is left alone). */
export function replayTransactions<C extends TransactionClient>(client: C): C {
  const original = client.$transaction.bind(client);
  const replaying = (arg: unknown, options?: unknown) =>
    typeof arg === "function"
      ? replayTransaction((body) => original(body, options), arg as (tx: unknown) => Promise<unknown>)
      : original(arg, options);
  client.$transaction = replaying as C["$transaction"];
  return client;
}
