// Runs one job in a worker thread and posts the result back; the parent enforces the time budget.
import { parentPort, workerData } from "node:worker_threads";
import { runJob, type Job } from "./jobs";

void runJob(workerData as Job).then((result) => parentPort?.postMessage(result));
