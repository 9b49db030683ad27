import "server-only";
import { env } from "../env";
import { errorFields, logger } from "../log/logger";
import { sweep } from "./sweep";

/**
 * Runs the sweep every SWEEP_INTERVAL_SECONDS in this instance. Every
 * instance may run one: the sweep only tidies, it decides nothing.
 */
export function startSweeper(): void {
  const seconds = env.SWEEP_INTERVAL_SECONDS;
  if (seconds <= 0) return;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweep()
      .catch((e: unknown) => logger.error({ job: "sweep", ...errorFields(e) }, "sweep failed"))
      .finally(() => {
        running = false;
      });
  }, seconds * 1000);
  timer.unref();
}
