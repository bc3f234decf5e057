import { formatLongDate } from "@/lib/law/labels";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { DeadlineBasis } from "./deadline-basis";

export type FollowUpInput = {
  serviceName: string;
  letterSubject: string;
  sentOn: string;
  dueDate: string;
  regime: string;
  basis: DeadlineBasis;
};

export type FollowUp = { subject: string; body: string };

/**
 * A short reminder to the company, ready to send once the deadline has passed: the date of the
 * original request, the date the law required an answer by and the provision that says so.
 */
export function composeFollowUp(input: FollowUpInput): FollowUp {
  const citations = [...new Set(input.basis.steps.map((step) => step.citation))];
  const law = isRegimeId(input.regime) ? REGIMES[input.regime] : null;
  const lawName = law?.name ?? input.basis.lawName;
  const provision = citations.length ? ` (${citations.join("; ")})` : "";
  const authorities = law?.complaint.authorities ?? [];
  const authority = authorities.length === 1 ? `the ${authorities[0]!.name}` : "the supervisory authority";
  const complaint = `If I do not receive a full answer within 14 days, I intend to complain to ${authority}${law ? ` (${law.complaint.citation})` : ""}.`;
  const body = [
    `Dear ${input.serviceName} privacy team,`,
    "",
    `On ${formatLongDate(input.sentOn)} I sent you a request under the ${lawName}, with the subject "${input.letterSubject}".`,
    `The law required you to answer by ${formatLongDate(input.dueDate)}${provision}. That date has passed and I have not received your answer.`,
    "",
    "Please answer my request in full without further delay.",
    complaint,
    "",
    "Kind regards",
  ].join("\n");
  return { subject: `Overdue: ${input.letterSubject}`, body };
}
