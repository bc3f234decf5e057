import type { LetterLanguage } from "../types";
import type { LawFamily } from "./types";

export const TIMELINE_KINDS = [
  "sent",
  "acknowledged",
  "identity-requested",
  "identity-received",
  "clarification-requested",
  "clarification-received",
  "extension-claimed",
  "answer-received",
  "answer-partial",
  "refused",
  "follow-up-sent",
  "appealed",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** What the reminder, appeal and complaint letters say, per language. Dates arrive formatted. */
export type FollowUpTemplate = {
  language: LetterLanguage;
  salutation: string;
  signOff: string;
  /** "Reminder: <original subject>" */
  subject: { overdue: (subject: string) => string; incomplete: (subject: string) => string; appeal: (subject: string) => string };
  /** The first paragraph: which request this is about. */
  recap: (p: { sentOn: string; lawPhrase: string; subject: string }) => string;
  acknowledged: (date: string) => string;
  extended: (date: string) => string;
  earlierReminders: (dates: string[]) => string;
  overdue: (p: { dueDate: string; citation: string }) => string;
  incomplete: (answeredOn: string) => string;
  missingItem: (ask: string, citation: string) => string;
  refused: (p: { refusedOn: string; reason: string }) => string;
  appeal: (p: { citation: string; days: number }) => string;
  demand: (replyBy: string) => string;
  thenComplain: (authority: string | null, citation: string) => string;
};

export type ComplaintTemplate = {
  language: LetterLanguage;
  salutation: string;
  signOff: string;
  subject: (controller: string) => string;
  lodge: Readonly<Record<LawFamily, (p: { controller: string; citation: string }) => string>>;
  request: (p: { sentOn: string; lawPhrase: string; subject: string; articles: string }) => string;
  noAnswer: (p: { dueDate: string; citation: string }) => string;
  reminded: (dates: string[]) => string;
  partial: (answeredOn: string) => string;
  missingItem: (ask: string, citation: string) => string;
  refused: (p: { refusedOn: string; reason: string }) => string;
  appealDenied: (date: string) => string;
  timelineLead: string;
  timelineItem: (date: string, what: string) => string;
  /** The timeline's entries in the first person, by lifecycle event type. */
  eventText: Readonly<Record<TimelineKind, string>>;
  ask: Readonly<Record<LawFamily, string>>;
  enclosed: string;
  contact: string;
};
