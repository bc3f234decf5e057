import { log } from "@/lib/log";
import { recordOutcomes, type Claim, type DbClient, type Outcome, type Recorded } from "./mutations";

// Outcomes are written as they come, many to a statement (a group commit): once `size` have
// gathered or the first of them has waited `waitMs`, and while one statement runs the next ones
// wait for it. A send is recorded within about a tenth of a second of the SMTP server's OK rather
// than at the end of its batch, so a sweeper that dies mid-batch leaves only that much to be resent,
// and the database works while the mail goes out. Gathering matters: in the benchmark, waiting 20 ms
// made statements of about 11 rows, 100 ms about 38, and fewer statements cost less time in all.

export type OutcomeWriter = { add(claim: Claim, outcome: Outcome): void; drain(): Promise<void> };

export function outcomeWriter(
  db: DbClient,
  now: () => Date,
  counted: (outcome: Outcome, recorded: boolean) => void,
  { size = 100, waitMs = 100 }: { size?: number; waitMs?: number } = {},
): OutcomeWriter {
  let queue: Recorded[] = [];
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  function schedule(): void {
    if (running || queue.length === 0) return;
    if (queue.length >= size) running = flush();
    else
      timer ??= setTimeout(() => {
        timer = null;
        running ??= flush();
      }, waitMs);
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
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
    running = null;
    schedule();
  }

  return {
    add(claim, outcome) {
      queue.push({ claim, outcome });
      schedule();
    },
    async drain() {
      while (running || queue.length) await (running ??= flush());
    },
  };
}
