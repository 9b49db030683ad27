/** Next.js start-up hook: the Node.js server's start-up work lives in lib/ops/start-instance.ts. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInstance } = await import("./lib/ops/start-instance");
  await startInstance();
}
