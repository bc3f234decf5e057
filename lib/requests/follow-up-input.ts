import { findRightGrant, isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { ComplaintInput } from "@/lib/letters/complaint";
import type { FollowUpInput, FollowUpKind, Signer } from "@/lib/letters/follow-up";
import { isSafeEmail } from "@/lib/letters/format";
import { isLetterLanguage, letterLanguageFromCode } from "@/lib/letters/languages";
import { TIMELINE_KINDS, type TimelineKind } from "@/lib/letters/templates/follow-up-types";
import type { Letter, LetterLanguage } from "@/lib/letters/types";
import type { ServiceRecord } from "@/lib/services/types";
import { answerChecklist, itemsById } from "./answer-check";
import { askIn } from "./answer-asks";
import type { AuthorityOption } from "./complaint-authority";
import { appealGrant, type RequestState } from "./lifecycle";

// From a tracked request and its state to the inputs of the follow-up and complaint letters.

export type LetterSource = {
  regime: string;
  rights: readonly string[];
  language: string;
  sentOn: string;
  letterSubject: string;
  letterBody: string;
  recipient: string;
  serviceName: string;
  requesterName: string | null;
  requesterEmail: string | null;
};

export function letterLanguage(value: string | undefined, fallback: string): LetterLanguage {
  return isLetterLanguage(value) ? value : isLetterLanguage(fallback) ? fallback : "en";
}

/**
 * A complaint is written in the authority's language unless the user chose another: the
 * dataset's complaint language where letters exist in it, otherwise the request's own.
 */
export function complaintLanguage(value: string | undefined, requestLanguage: string, authority: AuthorityOption | null | undefined): LetterLanguage {
  if (isLetterLanguage(value)) return value;
  return letterLanguageFromCode(authority?.language) ?? letterLanguage(undefined, requestLanguage);
}

/** Signed as the first letter was; requests from before that was stored fall back to its signature line. */
export function signerOf(source: LetterSource, accountEmail: string): Signer {
  const signature = source.letterBody.trimEnd().split("\n").at(-1)?.trim() ?? "";
  return { name: source.requesterName ?? signature, email: source.requesterEmail ?? accountEmail };
}

export function recipientOf(source: LetterSource, record: ServiceRecord | null): Letter["to"] {
  return {
    entity: record?.legalEntity?.name ?? source.serviceName,
    ...(isSafeEmail(source.recipient) ? { email: source.recipient } : {}),
    ...(record?.postalAddress ? { postal: record.postalAddress.address } : {}),
  };
}

/** The provisions behind the deadline in force: the extension's once it moved the date, else the period's. */
export function deadlineCitation(source: LetterSource, state: RequestState): string {
  if (!isRegimeId(source.regime)) return "";
  const grant = findRightGrant(REGIMES[source.regime], state.deadline.right);
  const extended = state.extensionClaimedOn && state.deadline.extendedDueDate === state.deadline.dueDate;
  return (extended ? grant?.deadline.extension?.citation : grant?.deadline.respond.citation) ?? REGIMES[source.regime].complaint.citation;
}

/**
 * What the answer lacked, asked for in the letter's language. Where that language has no wording
 * for an item, the whole letter is written in English (and says so) rather than mix languages.
 */
export function missingAsks(
  source: LetterSource,
  state: RequestState,
  language: LetterLanguage,
): { language: LetterLanguage; asks: { ask: string; citation: string }[] } {
  const items = itemsById(answerChecklist(source.regime, source.rights), state.answer?.missing ?? []);
  const asks = items.map((item) => ({ ask: askIn(item, language), citation: item.citation }));
  if (asks.every((a): a is { ask: string; citation: string } => a.ask !== undefined)) return { language, asks };
  return { language: "en", asks: items.map((item) => ({ ask: item.ask, citation: item.citation })) };
}

/** An answer that lacks items gets a request for the rest; otherwise a reminder of the deadline. */
export function followUpKindFor(state: RequestState): Exclude<FollowUpKind, "appeal"> {
  return state.answer && (state.answer.completeness === "partial" || state.answer.missing.length > 0) ? "incomplete" : "overdue";
}

type Common = { source: LetterSource; state: RequestState; record: ServiceRecord | null; language: LetterLanguage; date: string; accountEmail: string };

export function followUpInput({
  source,
  state,
  record,
  language,
  date,
  accountEmail,
  kind,
  authority,
}: Common & { kind: FollowUpKind; authority: AuthorityOption | null }): FollowUpInput {
  const appeal = appealGrant(source);
  const regime = isRegimeId(source.regime) ? REGIMES[source.regime] : null;
  const missing = missingAsks(source, state, language);
  return {
    kind,
    language: missing.language,
    ...(missing.language !== language ? { requestedLanguage: language } : {}),
    regime: source.regime,
    date,
    to: recipientOf(source, record),
    requester: signerOf(source, accountEmail),
    original: { subject: source.letterSubject, sentOn: source.sentOn },
    deadline: { dueDate: state.deadline.dueDate, citation: deadlineCitation(source, state) },
    ...(state.acknowledgedOn ? { acknowledgedOn: state.acknowledgedOn } : {}),
    ...(state.extensionClaimedOn ? { extensionClaimedOn: state.extensionClaimedOn } : {}),
    ...(state.answer ? { answeredOn: state.answer.on } : {}),
    ...(state.refusal ? { refusal: state.refusal } : {}),
    missing: missing.asks,
    earlierReminders: state.followUps,
    ...(appeal ? { appeal: { citation: appeal.article, days: appeal.deadline.respond.count } } : {}),
    complaint: { authority: authority?.name ?? null, citation: regime?.complaint.citation ?? "" },
  };
}

function timelineKind(type: string, data: unknown): TimelineKind | null {
  if (type === "answer-received") return (data as { completeness?: string } | null)?.completeness === "partial" ? "answer-partial" : "answer-received";
  return (TIMELINE_KINDS as readonly string[]).includes(type) ? (type as TimelineKind) : null;
}

export function complaintInput({ source, state, record, language, date, accountEmail, authority }: Common & { authority: AuthorityOption }): ComplaintInput {
  const { language: written, asks: missing } = missingAsks(source, state, language);
  const refusedLast = state.refusal && (!state.answer || state.refusal.on >= state.answer.on);
  const timeline = state.active.flatMap((event) => {
    const kind = timelineKind(event.type, event.data);
    return kind ? [{ on: event.on, kind }] : [];
  });
  return {
    language: written,
    ...(written !== language ? { requestedLanguage: language } : {}),
    regime: source.regime,
    rights: source.rights,
    date,
    authority: { name: authority.name, ...(authority.url ? { url: authority.url } : {}) },
    requester: signerOf(source, accountEmail),
    controller: { name: record?.legalEntity?.name ?? source.serviceName, ...(isSafeEmail(source.recipient) ? { email: source.recipient } : {}) },
    original: { subject: source.letterSubject, sentOn: source.sentOn },
    deadline: { dueDate: state.deadline.dueDate, citation: deadlineCitation(source, state) },
    outcome: refusedLast ? "refused" : state.answer && (state.answer.completeness === "partial" || missing.length > 0) ? "partial" : "no-answer",
    ...(state.answer ? { answeredOn: state.answer.on } : {}),
    ...(state.refusal ? { refusal: state.refusal } : {}),
    missing,
    reminders: state.followUps,
    ...(state.appeal ? { appealedOn: state.appeal.on } : {}),
    timeline,
  };
}
