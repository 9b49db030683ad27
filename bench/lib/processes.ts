/**
 * Every child process group the bench starts is registered here, so that a
 * crash, Ctrl-C or a failed assertion still stops all of them.
 */
import type { ChildProcess } from "node:child_process";

const groups = new Set<ChildProcess>();

export function track(child: ChildProcess): void {
  groups.add(child);
  child.once("exit", () => groups.delete(child));
}

/** Signals the whole process group (next start spawns next-server under it). */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  // Grandchildren outlive a parent that exits first: sweep the group again.
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Nothing left.
    }
  }
}

export function killAllSync(): void {
  for (const child of groups) signalGroup(child, "SIGKILL");
}

let installed = false;
export function installCleanup(onExit: () => void): void {
  if (installed) return;
  installed = true;
  process.once("exit", () => {
    killAllSync();
    onExit();
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(sig, () => {
      console.error(`\nbench: ${sig}, stopping everything it started`);
      process.exit(130);
    });
  }
}
