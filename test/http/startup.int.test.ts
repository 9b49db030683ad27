/** Start-up refuses a configuration that cannot work, with a plain message. */
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it("on PostgreSQL without AUTH_SECRET the server stops at start-up and says why", async () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production" };
  env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/never_used";
  // Port 0: the OS picks a free one, so this never collides with other test servers.
  env.PORT = "0";
  const child = spawn("bash", [path.join(root, "scripts/start.sh"), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    child.once("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toContain("AUTH_SECRET is required when DATABASE_URL is PostgreSQL");
});
