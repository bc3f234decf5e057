-- CreateTable
CREATE TABLE "Reply" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fromAddress" TEXT,
    "toAddress" TEXT,
    "subject" TEXT,
    "sentAt" TIMESTAMP(3),
    "headers" JSONB NOT NULL,
    "textBody" TEXT NOT NULL,
    "raw" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "reading" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyAttachment" (
    "id" TEXT NOT NULL,
    "replyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "entries" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplyAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplyAddress" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ReplyAddress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reply_requestId_createdAt_idx" ON "Reply"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "Reply_userId_idx" ON "Reply"("userId");

-- CreateIndex
CREATE INDEX "ReplyAttachment_replyId_idx" ON "ReplyAttachment"("replyId");

-- CreateIndex
CREATE INDEX "ReplyAttachment_userId_idx" ON "ReplyAttachment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ReplyAddress_token_key" ON "ReplyAddress"("token");

-- CreateIndex
CREATE INDEX "ReplyAddress_requestId_idx" ON "ReplyAddress"("requestId");

-- CreateIndex
CREATE INDEX "ReplyAddress_userId_idx" ON "ReplyAddress"("userId");

-- AddForeignKey
ALTER TABLE "Reply" ADD CONSTRAINT "Reply_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reply" ADD CONSTRAINT "Reply_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyAttachment" ADD CONSTRAINT "ReplyAttachment_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "Reply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyAddress" ADD CONSTRAINT "ReplyAddress_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "Request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplyAddress" ADD CONSTRAINT "ReplyAddress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
