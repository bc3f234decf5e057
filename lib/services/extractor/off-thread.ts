import "server-only";
import { Worker } from "node:worker_threads";
import type { PolicyAnalysis, PolicyInput } from "./analyse";

// Reading a policy is the heaviest work a user can ask for, so it never runs on the thread that
// answers requests: each analysis gets a worker of its own, a time budget and a memory cap, and at
// most MAX_RUNNING run at once (one per core) with a short queue behind them.
const MAX_RUNNING = 2;
const MAX_QUEUED = 8;
export const ANALYSIS_BUDGET_MS = 20_000;

export type WorkerFailure = { ok: false; reason: "timeout" | "busy" | "failed"; message: string };
export type OffThreadResult = PolicyAnalysis | WorkerFailure;

export const isWorkerFailure = (result: OffThreadResult): result is WorkerFailure =>
  !result.ok && (result.reason === "timeout" || result.reason === "busy" || result.reason === "failed");

const MESSAGES = {
  timeout: "Reading this policy took too long, so we stopped. Keep only the privacy policy itself (not the whole website) and try again.",
  busy: "Many policies are being read right now. Wait a minute and try again.",
  failed: "This policy could not be read. Try again, or paste the policy as plain text.",
} as const;

const OPTIONS = { resourceLimits: { maxOldGenerationSizeMb: 512 }, stdout: true, stderr: true };

// Built, the bundler turns the worker into JavaScript; unbundled (tests, scripts) it is TypeScript
// and loads through tsx, which Node 20 cannot put in front of a worker's entry by execArgv.
function spawnWorker(input: PolicyInput): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./analyse.worker.ts", import.meta.url), { ...OPTIONS, workerData: input });
  const entry = JSON.stringify(import.meta.url.replace(/off-thread\.ts$/, "analyse.worker.ts"));
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); })`, { ...OPTIONS, eval: true, workerData: input });
}

let running = 0;
const waiting: (() => void)[] = [];

function startWorker(input: PolicyInput, budgetMs: number): Promise<OffThreadResult> {
  return new Promise((resolve) => {
    const worker = spawnWorker(input);
    let settled = false;
    const finish = (result: OffThreadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: "timeout", message: MESSAGES.timeout }), budgetMs);
    worker.once("message", (result: PolicyAnalysis) => finish(result));
    worker.once("error", () => finish({ ok: false, reason: "failed", message: MESSAGES.failed }));
    worker.once("exit", () => finish({ ok: false, reason: "failed", message: MESSAGES.failed }));
  });
}

/** Validates and extracts a policy in a worker thread; never blocks the caller's event loop. */
export async function analyseOffThread(input: PolicyInput, budgetMs = ANALYSIS_BUDGET_MS): Promise<OffThreadResult> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_QUEUED) return { ok: false, reason: "busy", message: MESSAGES.busy };
    await new Promise<void>((resume) => waiting.push(resume));
  }
  running++;
  try {
    return await startWorker(input, budgetMs);
  } finally {
    running--;
    waiting.shift()?.();
  }
}
