import { loadConfig } from "@/lib/config";
import type { ReplyLimits } from "./limits";

const MB = 1024 * 1024;

/** The operator's limits (REPLY_MAX_*), as the parser takes them. */
export function replyLimits(config = loadConfig()): ReplyLimits {
  return {
    maxMessageBytes: config.REPLY_MAX_MESSAGE_MB * MB,
    maxAttachments: config.REPLY_MAX_ATTACHMENTS,
    maxAttachmentBytes: config.REPLY_MAX_ATTACHMENT_MB * MB,
    maxArchiveEntries: 2_000,
  };
}
