import "server-only";
import { Worker } from "node:worker_threads";
import { log } from "@/lib/log";
import type { Job, JobResult } from "./jobs";

// Work that grows with a user's input (reading a policy, drawing a PDF) never runs on the thread
// that answers requests: each job gets a worker of its own, a time budget and a memory cap, and at
// most MAX_RUNNING run at once (one per core) with a short queue behind them.
const MAX_RUNNING = 2;
const MAX_QUEUED = 8;
export const JOB_BUDGET_MS = 20_000;

export type WorkerFailure = { ok: false; reason: "timeout" | "busy" | "failed"; message: string };

const MESSAGES = {
  timeout: "This took too long, so we stopped. If it is a policy, keep only the privacy policy itself (not the whole website) and try again.",
  busy: "Many people are doing this right now. Wait a minute and try again.",
  failed: "This could not be done. Try again in a moment.",
} as const;

export const isWorkerFailure = (result: unknown): result is WorkerFailure => {
  const reason = (result as { ok?: unknown; reason?: unknown } | null)?.reason;
  return (result as { ok?: unknown } | null)?.ok === false && (reason === "timeout" || reason === "busy" || reason === "failed");
};

const OPTIONS = { resourceLimits: { maxOldGenerationSizeMb: 512 }, stdout: true, stderr: true };

// Built, the bundler turns the worker into JavaScript; unbundled (tests, scripts) it is TypeScript
// and loads through tsx, which Node 20 cannot put in front of a worker's entry by execArgv.
function spawnWorker(job: Job): Worker {
  // An upload's bytes move to the worker rather than being copied.
  const transferList = job.kind === "extract-upload" ? [job.body.buffer] : [];
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./job.worker.ts", import.meta.url), { ...OPTIONS, workerData: job, transferList });
  const entry = JSON.stringify(import.meta.url.replace(/off-thread\.ts$/, "job.worker.ts"));
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); })`, {
    ...OPTIONS,
    eval: true,
    workerData: job,
    transferList,
  });
}

function startWorker<J extends Job>(job: J, budgetMs: number): Promise<JobResult<J> | WorkerFailure> {
  return new Promise((resolve) => {
    const worker = spawnWorker(job);
    let settled = false;
    const finish = (result: JobResult<J> | WorkerFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const fail = (reason: WorkerFailure["reason"]) => finish({ ok: false, reason, message: MESSAGES[reason] });
    const timer = setTimeout(() => fail("timeout"), budgetMs);
    worker.once("message", (result: JobResult<J>) => finish(result));
    worker.once("error", (error) => {
      log.error({ scope: "workers", job: job.kind, error }, "worker failed");
      fail("failed");
    });
    worker.once("exit", () => fail("failed"));
  });
}

let running = 0;
const waiting: (() => void)[] = [];

/** Runs a job in a worker thread; never blocks the caller's event loop. */
export async function runOffThread<J extends Job>(job: J, budgetMs = JOB_BUDGET_MS): Promise<JobResult<J> | WorkerFailure> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_QUEUED) return { ok: false, reason: "busy", message: MESSAGES.busy };
    await new Promise<void>((resume) => waiting.push(resume));
  }
  running++;
  try {
    return await startWorker(job, budgetMs);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** A PDF drawn off-thread, or a 503 answer when the workers are busy or the job failed. */
export async function pdfOffThread(job: Extract<Job, { kind: "letter-pdf" | "evidence-pdf" }>): Promise<Uint8Array | Response> {
  const result = await runOffThread(job);
  if (!isWorkerFailure(result)) return result;
  return Response.json({ ok: false, error: result.message }, { status: 503, headers: { "Retry-After": "30", "Cache-Control": "no-store" } });
}
