import { megabytes, type ReplyLimits } from "./limits";
import type { RepliesTranslator } from "./proposal";

// What the request page says after an upload that the browser posted without JavaScript: the
// redirect carries only the reason, never text from the request.
const REASONS = ["signed-out", "not-found", "bad-origin", "not-form", "too-large", "file-too-large", "too-many-files", "malformed", "empty", "busy"] as const;
type Reason = (typeof REASONS)[number];
const isReason = (reason: string): reason is Reason => (REASONS as readonly string[]).includes(reason);

export function uploadMessage(reason: string, limits: ReplyLimits, t: RepliesTranslator): string {
  if (!isReason(reason)) return t("upload.other");
  switch (reason) {
    case "too-large":
      return t("upload.too-large", { size: megabytes(limits.maxMessageBytes) });
    case "file-too-large":
      return t("upload.file-too-large", { size: megabytes(limits.maxAttachmentBytes) });
    case "too-many-files":
      return t("upload.too-many-files", { count: limits.maxAttachments });
    default:
      return t(`upload.${reason}`);
  }
}
