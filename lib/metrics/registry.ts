/**
 * The process's one Prometheus registry (prom-client), kept on globalThis so
 * every route bundle of the server records into the same one. Node's own
 * process metrics (event-loop lag, heap, CPU) come with it.
 */
import { collectDefaultMetrics, Registry } from "prom-client";

const globalForMetrics = globalThis as unknown as { stagepassRegistry?: Registry };

function create(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "stagepass_" });
  return registry;
}

export const registry: Registry = (globalForMetrics.stagepassRegistry ??= create());

/** One metric per name on the shared registry, even when this module is loaded twice. */
export function metric<M>(name: string, make: () => M): M {
  return (registry.getSingleMetric(name) as M | undefined) ?? make();
}
