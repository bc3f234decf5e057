import pg from "pg";

// While one server takes the embedded database over from another that died, connecting fails for
// a second or two (the socket is gone or refuses). A connection that was never made sent nothing,
// so trying again is safe for every query, reads and writes alike; errors on a live connection are
// not retried, since the write may have reached the database. Past the budget the caller gets
// DatabaseUnavailableError, which pages and handlers turn into "try again", never a sign-out.
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The database cannot be reached right now.", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

const CONNECT_ERRORS = new Set(["ECONNREFUSED", "ENOENT", "ECONNRESET", "EPIPE", "57P03"]);

export function isConnectError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && CONNECT_ERRORS.has(code);
}

export const RETRY_BUDGET_MS = 6_000;
type Callback = (error: Error | undefined, client?: pg.PoolClient, release?: () => void) => void;

export class RetryingPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly recover: () => Promise<void>,
  ) {
    super(config);
  }

  private async connectWithRetry(): Promise<pg.PoolClient> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await super.connect();
      } catch (error) {
        if (!isConnectError(error)) throw error;
        if (Date.now() - started > RETRY_BUDGET_MS) throw new DatabaseUnavailableError(error);
        await this.recover().catch(() => {});
        await new Promise((resume) => setTimeout(resume, Math.min(1_000, 50 * 2 ** attempt)));
      }
    }
  }

  // pg's Pool.query calls connect with a callback; the adapter's transactions await it.
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: Callback): void;
  override connect(callback?: Callback): Promise<pg.PoolClient> | void {
    const pending = this.connectWithRetry();
    if (!callback) return pending;
    pending.then(
      (client) => callback(undefined, client, () => client.release()),
      (error: Error) => callback(error),
    );
  }
}
