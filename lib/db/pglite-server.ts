import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export type PgliteServer = { url: string; stop(): Promise<void> };

// Unix socket paths are limited to 107 bytes by the kernel.
const MAX_SOCKET_PATH = 107;

export function socketUrl(socketDir: string): string {
  return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
}

/**
 * Serves one PGlite database over the PostgreSQL protocol on a unix socket, so every process
 * (the app, `npm run reminders`, tests) uses it through the same driver as a real server, and
 * file permissions, not a password, keep other users out.
 */
export async function startPgliteServer(opts: { dataPath: string; socketDir: string }): Promise<PgliteServer> {
  const socketPath = path.join(opts.socketDir, ".s.PGSQL.5432");
  if (socketPath.length > MAX_SOCKET_PATH) {
    throw new Error(`DATA_DIR is too deep for a unix socket (${socketPath.length} > ${MAX_SOCKET_PATH} bytes): use a shorter path.`);
  }
  mkdirSync(opts.socketDir, { recursive: true, mode: 0o700 });
  if (existsSync(socketPath)) rmSync(socketPath);
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create(opts.dataPath);
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 64 });
  await server.start();
  let stopped = false;
  return {
    url: socketUrl(opts.socketDir),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      rmSync(socketPath, { force: true });
    },
  };
}
