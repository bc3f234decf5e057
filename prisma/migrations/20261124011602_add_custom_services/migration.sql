-- CreateTable
CREATE TABLE "CustomService" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "record" JSONB NOT NULL,
    "sourceText" TEXT NOT NULL,
    "sourceName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomService_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomService_userId_idx" ON "CustomService"("userId");

-- AddForeignKey
ALTER TABLE "CustomService" ADD CONSTRAINT "CustomService_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
