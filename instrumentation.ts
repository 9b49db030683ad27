/** Next.js start-up hook: each server instance starts its tidy-up sweeper. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startSweeper } = await import("./lib/ops/start-sweeper");
  startSweeper();
}
