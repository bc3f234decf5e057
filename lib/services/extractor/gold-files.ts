import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { GoldFile } from "./gold-benchmark";

export const GOLD_DIR = path.join(import.meta.dirname, "gold");

/** The gold files and the text of the capture each annotates. */
export function loadGold(): { gold: GoldFile; source: string }[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(GOLD_DIR, f), "utf8")) as GoldFile;
      return { gold, source: readFileSync(path.join(GOLD_DIR, gold.document), "utf8") };
    });
}
