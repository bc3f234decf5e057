import { findRightGrant, isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RegimeId, RightId } from "@/lib/law/types";
import { LetterInputError } from "./errors";
import { validSigner, type Signer } from "./follow-up";
import { oneLine } from "./format";
import { laterLetter, laterWording } from "./later-letter";
import { ENGLISH, LAW_FAMILY } from "./templates";
import { complaintDe } from "./templates/complaint-de";
import { complaintEn } from "./templates/complaint-en";
import { complaintEs } from "./templates/complaint-es";
import { complaintFr } from "./templates/complaint-fr";
import { complaintIt } from "./templates/complaint-it";
import { complaintNl } from "./templates/complaint-nl";
import { complaintPl } from "./templates/complaint-pl";
import { complaintPtPT } from "./templates/complaint-pt";
import { complaintPtBR } from "./templates/complaint-pt-br";
import type { ComplaintTemplate, TimelineKind } from "./templates/follow-up-types";
import type { Letter, LetterLanguage } from "./types";

/** Complaints in the languages with their wording; the others are written in English with a note. */
export const COMPLAINT_TEMPLATES: Readonly<Partial<Record<LetterLanguage, ComplaintTemplate>>> = {
  en: complaintEn,
  de: complaintDe,
  fr: complaintFr,
  es: complaintEs,
  it: complaintIt,
  "pt-PT": complaintPtPT,
  "pt-BR": complaintPtBR,
  nl: complaintNl,
  pl: complaintPl,
};

export type ComplaintInput = {
  /** Set where the caller had to write in English instead of this language (a missing wording): the letter says so. */
  requestedLanguage?: LetterLanguage;
  language: LetterLanguage;
  regime: RegimeId | (string & {});
  rights: readonly string[];
  date: string;
  authority: { name: string; url?: string };
  requester: Signer;
  /** The organisation complained about: its legal entity where the policy names one. */
  controller: { name: string; email?: string };
  original: { subject: string; sentOn: string };
  deadline: { dueDate: string; citation: string };
  /** What the organisation did: nothing in time, an answer lacking items, or a refusal. */
  outcome: "no-answer" | "partial" | "refused";
  answeredOn?: string;
  refusal?: { on: string; reason: string };
  missing?: { ask: string; citation: string }[];
  reminders?: string[];
  appealedOn?: string;
  timeline: { on: string; kind: TimelineKind }[];
};

/**
 * A complaint to the authority the regime and the service record point to, composed like the
 * request: the facts in order, what the law required, what is asked of the authority, and the
 * evidence bundle as an enclosure. Authorities mostly take complaints through a web form: the text
 * is for pasting there or printing.
 */
export function composeComplaint(input: ComplaintInput): Letter {
  if (!isRegimeId(input.regime)) throw new LetterInputError("unknown-regime", `"${input.regime}" is not a law the letters know.`, "regime");
  const regime = REGIMES[input.regime];
  const requester = validSigner(input.requester);
  const { language, t, base, fallbackFrom, cite, date } = laterWording(COMPLAINT_TEMPLATES, input.language, regime.id);
  const controller = oneLine(input.controller.name);
  const articles = input.rights.map((right) => findRightGrant(regime, right as RightId)?.article).filter((a): a is string => Boolean(a));

  const paragraphs = [t.salutation, t.lodge[LAW_FAMILY[regime.id]]({ controller, citation: cite(regime.complaint.citation) })];
  const story = [
    t.request({
      sentOn: date(input.original.sentOn),
      lawPhrase: base.lawPhrase[regime.id] ?? ENGLISH.lawPhrase[regime.id],
      subject: oneLine(input.original.subject),
      articles: [...new Set(articles)].map(cite).join("; "),
    }),
  ];
  if (input.outcome === "no-answer") story.push(t.noAnswer({ dueDate: date(input.deadline.dueDate), citation: cite(input.deadline.citation) }));
  if (input.outcome === "refused" && input.refusal) story.push(t.refused({ refusedOn: date(input.refusal.on), reason: oneLine(input.refusal.reason) }));
  if (input.appealedOn) story.push(t.appealDenied(date(input.appealedOn)));
  if (input.reminders?.length) story.push(t.reminded(input.reminders.map(date)));
  paragraphs.push(story.join(" "));
  if (input.outcome === "partial" || input.missing?.length) {
    const missing = (input.missing ?? []).map((item) => t.missingItem(oneLine(item.ask), item.citation ? cite(item.citation) : ""));
    paragraphs.push([t.partial(date(input.answeredOn ?? input.date)), ...missing].join("\n"));
  }
  if (input.timeline.length)
    paragraphs.push([t.timelineLead, ...input.timeline.map((entry) => t.timelineItem(date(entry.on), t.eventText[entry.kind]))].join("\n"));
  paragraphs.push(t.ask[LAW_FAMILY[regime.id]], t.enclosed);
  const contact = [requester.email, ...(requester.postalAddress ? [requester.postalAddress.split("\n").join(", ")] : [])];
  paragraphs.push([t.contact, ...contact].join("\n"), `${t.signOff}\n${requester.name}`);

  return laterLetter({
    language,
    fallbackFrom,
    requestedLanguage: input.requestedLanguage,
    subject: oneLine(t.subject(controller)),
    paragraphs,
    to: { entity: oneLine(input.authority.name) },
    requester,
    date: input.date,
    dateText: date(input.date),
    dueDate: input.deadline.dueDate,
  });
}
