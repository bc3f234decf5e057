import type { FollowUpTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} and ${dates.at(-1)}`);

const ENGLISH_BODY = /\b(Office|Agency|Attorney General|Commissioner|Commission|Authority|Department|Protection)\b/;

/** "the Information Commissioner's Office", but "Autoriteit Persoonsgegevens" as it is. */
export function englishName(name: string): string {
  return ENGLISH_BODY.test(name) && !/^the /i.test(name) ? `the ${name}` : name;
}

export const followUpEn: FollowUpTemplate = {
  language: "en",
  salutation: "Dear Sir or Madam,",
  signOff: "Yours faithfully,",
  subject: {
    overdue: (subject) => `Reminder: ${subject}`,
    incomplete: (subject) => `Incomplete answer: ${subject}`,
    appeal: (subject) => `Appeal: ${subject}`,
  },
  recap: ({ sentOn, lawPhrase, subject }) => `On ${sentOn} I sent you a request under ${lawPhrase}, with the subject "${subject}".`,
  acknowledged: (date) => `You confirmed receipt on ${date}.`,
  extended: (date) => `On ${date} you extended the period for your answer.`,
  earlierReminders: (dates) => `I reminded you of it on ${list(dates)}.`,
  overdue: ({ dueDate, citation }) => `The period for your answer ended on ${dueDate} (${citation}). I have not received an answer.`,
  incomplete: (answeredOn) => `On ${answeredOn} I received your answer. It does not contain everything the law requires; the following is still missing:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) => `On ${refusedOn} you refused my request${reason ? `, giving this reason: "${reason}"` : " without giving a reason"}.`,
  appeal: ({ citation, days }) =>
    `I hereby appeal that decision (${citation}). Please inform me in writing of any action taken or not taken in response to this appeal, with a written explanation of the reasons, within ${days} days of receiving it.`,
  demand: (replyBy) => `Please answer my request in full without further delay, and at the latest by ${replyBy}.`,
  thenComplain: (authority, citation) =>
    `If I have not received a complete answer by then, I will lodge a complaint with ${authority ? englishName(authority) : "the competent supervisory authority"} (${citation}).`,
};
