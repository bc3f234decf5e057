// Runs one analysis in a worker thread and posts the result back; the parent enforces the time budget.
import { parentPort, workerData } from "node:worker_threads";
import { analysePolicy, type PolicyInput } from "./analyse";

parentPort?.postMessage(analysePolicy(workerData as PolicyInput));
