-- AlterTable
ALTER TABLE "Request" ADD COLUMN     "batchId" TEXT;

-- CreateIndex
CREATE INDEX "Request_userId_batchId_idx" ON "Request"("userId", "batchId");
