import { megabytes, type ReplyLimits } from "./limits";

// What the request page says after an upload that the browser posted without JavaScript: the
// redirect carries only the reason, never text from the request.
export function uploadMessage(reason: string, limits: ReplyLimits): string {
  switch (reason) {
    case "signed-out":
      return "Your session has ended. Sign in again, then upload the reply once more.";
    case "not-found":
      return "There is no such request.";
    case "bad-origin":
      return "The upload came from another site and was refused.";
    case "not-form":
      return "Send the reply with the upload form.";
    case "too-large":
      return `The reply and its files come to more than ${megabytes(limits.maxMessageBytes)}, the most RightsDesk keeps per reply.`;
    case "file-too-large":
      return `One of the files is larger than ${megabytes(limits.maxAttachmentBytes)}, the most RightsDesk keeps per file.`;
    case "too-many-files":
      return `RightsDesk keeps up to ${limits.maxAttachments} files per reply.`;
    case "malformed":
      return "This does not look like an email we can read. Save the reply from your mail program as .eml, or paste its text.";
    case "empty":
      return "Choose the reply's .eml or .msg file, or paste its text.";
    case "busy":
      return "Many people are doing this right now. Wait a minute and try again.";
    default:
      return "The reply could not be read. Try again, or paste its text.";
  }
}
