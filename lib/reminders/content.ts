import { RIGHT_LABELS } from "@/lib/law/labels";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RightId } from "@/lib/law/types";
import { LetterInputError } from "@/lib/letters/errors";
import { composeFollowUp } from "@/lib/letters/follow-up";
import { isSafeEmail } from "@/lib/letters/format";
import { isLetterLanguage } from "@/lib/letters/languages";
import { deadlineBasis, type DeadlineBasis } from "./deadline-basis";
import { localParts } from "./local-time";
import { reminderTimeZone, type PlanRequest } from "./plan";
import { daysBeforeOf } from "./schema";

// What a reminder says, as data the email templates render: pure, so a test can read it.

export type ReminderRequest = PlanRequest & {
  serviceName: string;
  rights: string[];
  sentOn: string;
  letterSubject: string;
  /** The letter's language, its recipient and who signed it: the overdue letter is written the same way. */
  language: string;
  recipient: string;
  requesterName: string | null;
  requesterEmail: string | null;
};

type RequestRow = Omit<ReminderRequest, "status" | "stage"> & { status?: unknown; stage?: unknown };

/** The Request row as planning sees it, with the lifecycle's status and stage where present. */
export function toReminderRequest(row: RequestRow): ReminderRequest {
  const { id, regime, dueDate, dueAt, serviceName, rights, sentOn, letterSubject, language, recipient, requesterName, requesterEmail, status, stage } = row;
  return {
    id,
    regime,
    dueDate,
    dueAt,
    serviceName,
    rights,
    sentOn,
    letterSubject,
    language,
    recipient,
    requesterName,
    requesterEmail,
    status: typeof status === "string" ? status : null,
    stage: typeof stage === "number" ? stage : null,
  };
}

export type FollowUp = { subject: string; body: string };

export type ReminderItem = {
  serviceName: string;
  rights: string;
  /** The rights asked for, by id, for emails to name in the reader's language. */
  rightIds: string[];
  sentOn: string;
  dueDate: string;
  overdue: boolean;
  requestUrl: string;
  basis: DeadlineBasis;
  /** Ready to send to the company once the deadline has passed. */
  followUp: FollowUp | null;
};

export type ReminderMessage = {
  digest: boolean;
  /** The language the user chose for the app (emails are written in it); English when unset. */
  locale: string | null;
  /** For a reminder before the deadline: the days it was planned ahead. */
  daysBefore: number | null;
  items: ReminderItem[];
  settingsUrl: string;
  unsubscribeUrl: string;
};

export type MessageLinks = { appUrl: string; unsubscribeToken: string };

export function unsubscribeUrl({ appUrl, unsubscribeToken }: MessageLinks): string {
  return `${appUrl}/api/reminders/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`;
}

// A sweep sends many reminders for the same law, rights and dates; the deadline engine behind a
// basis costs about half a millisecond, so each is worked out once (the result is never mutated).
const bases = new Map<string, DeadlineBasis>();
function cachedBasis(request: ReminderRequest): DeadlineBasis {
  const key = `${request.regime}|${request.rights.join(",")}|${request.sentOn}|${request.dueDate}`;
  let basis = bases.get(key);
  if (!basis) {
    if (bases.size >= 1_000) bases.clear();
    basis = deadlineBasis(request);
    bases.set(key, basis);
  }
  return basis;
}

/**
 * The overdue letter the tracker writes (lib/letters/follow-up), dated the day the reminder goes
 * out, citing the rule behind the deadline. None where it cannot be written (no name to sign with).
 */
function overdueLetter(request: ReminderRequest, basis: DeadlineBasis, now: Date): FollowUp | null {
  if (!isRegimeId(request.regime)) return null;
  const law = REGIMES[request.regime];
  const authorities = law.complaint.authorities;
  try {
    const letter = composeFollowUp({
      kind: "overdue",
      language: isLetterLanguage(request.language) ? request.language : "en",
      regime: request.regime,
      date: localParts(now, reminderTimeZone(request.regime, { timeZone: null })).date,
      to: { entity: request.serviceName, ...(isSafeEmail(request.recipient) ? { email: request.recipient } : {}) },
      requester: { name: request.requesterName ?? "", email: request.requesterEmail ?? "" },
      original: { subject: request.letterSubject, sentOn: request.sentOn },
      deadline: { dueDate: request.dueDate, citation: [...new Set(basis.steps.map((step) => step.citation))].join("; ") },
      complaint: { authority: authorities.length === 1 ? authorities[0]!.name : null, citation: law.complaint.citation },
    });
    return { subject: letter.subject, body: letter.body };
  } catch (error) {
    if (error instanceof LetterInputError) return null;
    throw error;
  }
}

function item(request: ReminderRequest, appUrl: string, now: Date): ReminderItem {
  const basis = cachedBasis(request);
  const overdue = now >= request.dueAt;
  return {
    serviceName: request.serviceName,
    rights: request.rights.map((right) => RIGHT_LABELS[right as RightId] ?? right).join("; "),
    rightIds: [...request.rights],
    sentOn: request.sentOn,
    dueDate: request.dueDate,
    overdue,
    requestUrl: `${appUrl}/requests/${encodeURIComponent(request.id)}`,
    basis,
    followUp: overdue ? overdueLetter(request, basis, now) : null,
  };
}

export function reminderMessage(
  kind: string,
  requests: readonly ReminderRequest[],
  links: MessageLinks,
  now: Date,
  locale: string | null = null,
): ReminderMessage {
  return {
    digest: kind === "digest",
    locale,
    daysBefore: daysBeforeOf(kind),
    items: requests.map((request) => item(request, links.appUrl, now)),
    settingsUrl: `${links.appUrl}/settings/reminders`,
    unsubscribeUrl: unsubscribeUrl(links),
  };
}

/**
 * One Message-ID per reminder, the same on every attempt: a resend after a crash between the
 * server's "250 OK" and our record of it is the same message, which mailbox providers collapse.
 */
export function reminderHeaders(reminderId: string, links: MessageLinks): Record<string, string> {
  const host = new URL(links.appUrl).hostname || "rightsdesk.invalid";
  return {
    "Message-ID": `<reminder.${reminderId}@${host}>`,
    "List-Unsubscribe": `<${unsubscribeUrl(links)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Auto-Submitted": "auto-generated",
  };
}
