import "server-only";

/**
 * What each server instance does at start-up (Node.js runtime only): read the
 * configuration, so a bad one stops the server with its message (e.g.
 * PostgreSQL without AUTH_SECRET) instead of failing every request; stamp
 * each request with its socket's address (for per-address rate limits); then
 * start the tidy-up sweeper and the waiting room's push feed.
 */
export async function startInstance(): Promise<void> {
  try {
    await import("../env");
  } catch (e) {
    // The logger needs the configuration that just failed: its message goes to stderr as is.
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
  const { stampPeerAddress } = await import("./stamp-peer-address");
  stampPeerAddress();
  const { startSweeper } = await import("./start-sweeper");
  startSweeper();
  const { startStatusFeed } = await import("../queue/status-feed");
  startStatusFeed();
}
