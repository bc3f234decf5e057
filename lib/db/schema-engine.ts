import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { startPgliteServer, type PgliteServer } from "./pglite-server";
import { log } from "@/lib/log";

// Prisma's schema engine compiled to WebAssembly: migrations without the native binary, which
// cannot be downloaded offline. Internal API, pinned to the CLI's version in package.json; this
// module is the only place that touches it.
type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
};
type Bindings = {
  SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter: object) => Promise<Engine> };
  __wbg_set_wasm(exports: unknown): void;
};

// Kept on globalThis: the bindings module is shared by the whole process, and instantiating the
// wasm a second time (a second module graph, as in tests or dev reloads) swaps its memory under
// the first.
type Shared = { bindings?: Promise<Bindings>; queue: Promise<unknown> };
const shared: Shared = ((globalThis as { __rightsdeskSchemaEngine?: Shared }).__rightsdeskSchemaEngine ??= { queue: Promise.resolve() });

function loadBindings(): Promise<Bindings> {
  shared.bindings ??= (async () => {
    // The engine reports a Rust panic through this global before it throws; keep the message.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        log.error({ scope: "db", panic: message }, "schema engine panic");
      },
    };
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bgPath)) as Bindings;
    const bytes = readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return bg;
  })();
  return shared.bindings;
}

export const noFilters = { externalTables: [], externalEnums: [] };

export function schemaFiles(schema: string) {
  return { files: [{ path: "schema.prisma", content: schema }] };
}

// One wasm instance serves the process: queue the callers rather than interleave engines.
export function withSchemaEngine<T>(connectionString: string | null, schema: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  const next = shared.queue.then(() => runEngine(connectionString, schema, run));
  shared.queue = next.catch(() => undefined);
  return next;
}

async function runEngine<T>(connectionString: string | null, schema: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  const bg = await loadBindings();
  // A diff between two datamodels reads no data, but the engine connects all the same: give it a
  // scratch in-memory database.
  let scratch: { server: PgliteServer; dir: string } | null = null;
  if (!connectionString) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rightsdesk-diff-"));
    scratch = { dir, server: await startPgliteServer({ dataPath: "memory://", socketDir: dir }) };
  }
  // allowExitOnIdle: the engine never closes its pool, and a CLI must not wait for it.
  const factory = new PrismaPg({ connectionString: connectionString ?? scratch!.server.url, allowExitOnIdle: true, idleTimeoutMillis: 1000 });
  const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await run(engine);
  } finally {
    engine.free();
    if (scratch) {
      await scratch.server.stop();
      rmSync(scratch.dir, { recursive: true, force: true });
    }
  }
}
