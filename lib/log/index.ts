import pino from "pino";
import { scrubFields } from "./scrub";

// One structured logger: a JSON object per line, so nothing a user typed can start a line of
// its own, with every string field scrubbed of addresses and tokens. Messages are fixed text;
// what varies goes in fields. LOG_LEVEL sets the level (silent in tests).
const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const wanted = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info");

export const log = pino({
  level: LEVELS.includes(wanted) ? wanted : "info",
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }), log: (fields) => scrubFields(fields) },
});
