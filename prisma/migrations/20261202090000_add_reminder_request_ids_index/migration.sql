-- CreateIndex
-- fastupdate off: with it on, new entries wait in a pending list that every search reads through
-- until a vacuum merges it, and the embedded database runs no autovacuum.
CREATE INDEX "Reminder_requestIds_idx" ON "Reminder" USING GIN ("requestIds") WITH (fastupdate = off);
