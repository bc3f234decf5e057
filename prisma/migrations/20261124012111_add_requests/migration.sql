-- CreateTable
CREATE TABLE "RequestDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "serviceRef" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "step" TEXT NOT NULL DEFAULT 'rights',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequestDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Request" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "serviceRef" TEXT NOT NULL,
    "serviceName" TEXT NOT NULL,
    "regime" TEXT NOT NULL,
    "rights" TEXT[],
    "language" TEXT NOT NULL,
    "letterSubject" TEXT NOT NULL,
    "letterBody" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "sentOn" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "on" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL DEFAULT 'user',
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedIdentity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "postalAddress" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequestDraft_userId_updatedAt_idx" ON "RequestDraft"("userId", "updatedAt");

-- CreateIndex
CREATE INDEX "Request_userId_dueAt_idx" ON "Request"("userId", "dueAt");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_createdAt_idx" ON "RequestEvent"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestEvent_userId_idx" ON "RequestEvent"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedIdentity_userId_key" ON "SavedIdentity"("userId");

-- AddForeignKey
ALTER TABLE "RequestDraft" ADD CONSTRAINT "RequestDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Request" ADD CONSTRAINT "Request_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedIdentity" ADD CONSTRAINT "SavedIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
