import { log } from "@/lib/log";
import { recordOutcomes, type Claim, type DbClient, type Outcome, type Recorded } from "./mutations";

// Outcomes are written as they come, many to a statement: while one statement runs, the outcomes
// that arrive wait and go together in the next (a group commit). A send is recorded one statement
// after the SMTP server's OK rather than at the end of its batch, so a sweeper that dies mid-batch
// leaves only what was in flight to be resent, and the database works while the mail goes out.

export type OutcomeWriter = { add(claim: Claim, outcome: Outcome): void; drain(): Promise<void> };

export function outcomeWriter(db: DbClient, now: () => Date, counted: (outcome: Outcome, recorded: boolean) => void): OutcomeWriter {
  let queue: Recorded[] = [];
  let running: Promise<void> | null = null;

  async function flush(): Promise<void> {
    while (queue.length) {
      const rows = queue;
      queue = [];
      try {
        const recorded = await recordOutcomes(db, rows, now());
        for (const row of rows) counted(row.outcome, recorded.has(row.claim.id));
      } catch (error) {
        // The claims expire and a later sweep takes them again (a send with the same Message-ID).
        log.error(
          { scope: "reminders", error: error instanceof Error ? error.message : String(error), count: rows.length },
          "could not record reminder outcomes",
        );
      }
    }
    running = null;
  }

  return {
    add(claim, outcome) {
      queue.push({ claim, outcome });
      running ??= flush();
    },
    async drain() {
      while (running) await running;
    },
  };
}
