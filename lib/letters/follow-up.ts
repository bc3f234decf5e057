import { addDays, parseIsoDate } from "@/lib/law/calendar-date";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RegimeId } from "@/lib/law/types";
import { LetterInputError } from "./errors";
import { isSafeEmail, oneLine } from "./format";
import { laterLetter, laterWording } from "./later-letter";
import { ENGLISH } from "./templates";
import { followUpDe } from "./templates/follow-up-de";
import { followUpEn } from "./templates/follow-up-en";
import { MORE_FOLLOW_UPS } from "./templates/follow-up-more";
import type { FollowUpTemplate } from "./templates/follow-up-types";
import type { Letter, LetterLanguage } from "./types";

/** Reminders and appeals in every letter language; a language without the law falls back to English with a note. */
export const FOLLOW_UP_TEMPLATES: Readonly<Partial<Record<LetterLanguage, FollowUpTemplate>>> = { en: followUpEn, de: followUpDe, ...MORE_FOLLOW_UPS };

/** 'overdue': no answer in time; 'incomplete': an answer that lacks items; 'appeal': a US state appeal of a refusal. */
export type FollowUpKind = "overdue" | "incomplete" | "appeal";

export type Signer = { name: string; email: string; postalAddress?: string };

export type FollowUpInput = {
  /** Set where the caller had to write in English instead of this language (a missing wording): the letter says so. */
  requestedLanguage?: LetterLanguage;
  kind: FollowUpKind;
  language: LetterLanguage;
  regime: RegimeId | (string & {});
  /** 'YYYY-MM-DD': the day the letter is written. */
  date: string;
  to: Letter["to"];
  requester: Signer;
  original: { subject: string; sentOn: string };
  /** The deadline in force and the provisions that set it, as lib/law cites them. */
  deadline: { dueDate: string; citation: string };
  acknowledgedOn?: string;
  extensionClaimedOn?: string;
  answeredOn?: string;
  refusal?: { on: string; reason: string };
  /** What the answer lacks, in the letter's language, with lib/law-style citations. */
  missing?: { ask: string; citation: string }[];
  earlierReminders?: string[];
  /** Where the law gives an appeal: its provision and the days the controller has to decide. */
  appeal?: { citation: string; days: number };
  complaint: { authority: string | null; citation: string };
  /** Days the letter gives before a complaint; two weeks unless said otherwise. */
  replyWithinDays?: number;
};

export function validSigner(signer: Signer): Signer {
  const name = oneLine(signer.name);
  const email = oneLine(signer.email);
  if (!name) throw new LetterInputError("invalid-requester", "The letter needs the name it is signed with.", "requester");
  if (!isSafeEmail(email)) throw new LetterInputError("invalid-requester", "The sender's email address is not a valid address.", "requester");
  return { name, email, ...(signer.postalAddress?.trim() ? { postalAddress: signer.postalAddress.trim() } : {}) };
}

function checkDate(iso: string, what: string): void {
  try {
    parseIsoDate(iso, "receivedOn", what);
  } catch (error) {
    throw new LetterInputError("invalid-date", (error as Error).message, "date");
  }
}

/**
 * A reminder once the deadline has passed, a request for what an answer left out, or an appeal of
 * a refusal: written like the first letter, citing the deadline in force and what comes next.
 * Returns a Letter, so the .eml, PDF and mail link builders take it unchanged.
 */
export function composeFollowUp(input: FollowUpInput): Letter {
  if (!isRegimeId(input.regime)) throw new LetterInputError("unknown-regime", `"${input.regime}" is not a law the letters know.`, "regime");
  for (const [iso, what] of [
    [input.date, "The letter's date"],
    [input.original.sentOn, "The date the request was sent"],
    [input.deadline.dueDate, "The deadline"],
  ] as const)
    checkDate(iso, what);
  if (input.kind === "appeal" && !input.appeal)
    throw new LetterInputError("right-not-granted", `${REGIMES[input.regime].shortLabel} gives no appeal of a refusal.`, "rights");
  const requester = validSigner(input.requester);
  const { language, t, base, fallbackFrom, cite, date } = laterWording(FOLLOW_UP_TEMPLATES, input.language, input.regime);
  const subject = oneLine(input.original.subject);

  const facts = [t.recap({ sentOn: date(input.original.sentOn), lawPhrase: base.lawPhrase[input.regime] ?? ENGLISH.lawPhrase[input.regime], subject })];
  if (input.acknowledgedOn) facts.push(t.acknowledged(date(input.acknowledgedOn)));
  if (input.extensionClaimedOn) facts.push(t.extended(date(input.extensionClaimedOn)));
  if (input.earlierReminders?.length) facts.push(t.earlierReminders(input.earlierReminders.map(date)));
  const paragraphs = [t.salutation, facts.join(" ")];

  const missing = (input.missing ?? []).map((item) => t.missingItem(oneLine(item.ask), item.citation ? cite(item.citation) : ""));
  if (input.kind === "overdue") paragraphs.push(t.overdue({ dueDate: date(input.deadline.dueDate), citation: cite(input.deadline.citation) }));
  if (input.kind === "incomplete") paragraphs.push([t.incomplete(date(input.answeredOn ?? input.date)), ...missing].join("\n"));
  if (input.kind === "appeal") {
    const refusal = input.refusal ?? { on: input.date, reason: "" };
    paragraphs.push(t.refused({ refusedOn: date(refusal.on), reason: oneLine(refusal.reason) }));
    if (missing.length) paragraphs.push([t.incomplete(date(input.answeredOn ?? refusal.on)), ...missing].join("\n"));
    paragraphs.push(t.appeal({ citation: cite(input.appeal!.citation), days: input.appeal!.days }));
  } else {
    const replyBy = addDays(input.date, input.replyWithinDays ?? 14);
    paragraphs.push(t.demand(date(replyBy)), t.thenComplain(input.complaint.authority, cite(input.complaint.citation)));
  }
  paragraphs.push(`${t.signOff}\n${requester.name}`);

  const subjectLine = oneLine(t.subject[input.kind](subject));
  return laterLetter({
    language,
    fallbackFrom,
    requestedLanguage: input.requestedLanguage,
    subject: subjectLine,
    paragraphs,
    to: input.to,
    requester,
    date: input.date,
    dateText: date(input.date),
    dueDate: input.deadline.dueDate,
  });
}
