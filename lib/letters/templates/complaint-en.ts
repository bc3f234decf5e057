import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} and ${dates.at(-1)}`);

export const complaintEn: ComplaintTemplate = {
  language: "en",
  salutation: "Dear Sir or Madam,",
  signOff: "Yours faithfully,",
  subject: (controller) => `Complaint about ${controller}: my data protection request`,
  lodge: {
    gdpr: ({ controller, citation }) => `I hereby lodge a complaint against ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `I am submitting a complaint about ${controller}, a business subject to the California Consumer Privacy Act (${citation}).`,
    other: ({ controller, citation }) => `I am submitting a complaint about ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) => `On ${sentOn} I sent them a request under ${lawPhrase} (${articles}), with the subject "${subject}".`,
  noAnswer: ({ dueDate, citation }) => `The period for an answer ended on ${dueDate} (${citation}). I have not received an answer.`,
  reminded: (dates) => `I reminded them on ${list(dates)}, without result.`,
  partial: (answeredOn) => `On ${answeredOn} they answered, but the answer lacks what the law requires:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `On ${refusedOn} they refused the request${reason ? `, giving this reason: "${reason}"` : " without giving a reason"}. I consider the refusal unfounded.`,
  appealDenied: (date) => `I appealed the refusal on ${date}; the appeal did not lead to an answer that meets the law.`,
  timelineLead: "What happened, by date:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "I sent the request",
    acknowledged: "they confirmed receipt",
    "identity-requested": "they asked for proof of my identity",
    "identity-received": "I gave them proof of my identity",
    "clarification-requested": "they asked me to clarify the request",
    "clarification-received": "I clarified the request",
    "extension-claimed": "they extended the period for their answer",
    "answer-received": "they answered",
    "answer-partial": "they answered in part",
    refused: "they refused the request",
    "follow-up-sent": "I sent a reminder",
    appealed: "I appealed the refusal",
  },
  ask: {
    gdpr: "I ask you to examine this complaint, to inform me of its progress and outcome, and to order the controller to comply with my request.",
    ccpa: "I ask you to investigate and to take the action the law provides so that the business complies with my request.",
    other: "I ask you to investigate and to take the action the law provides so that the organisation complies with my request.",
  },
  enclosed: "Enclosed is an evidence file with the dated timeline, my letters and my notes.",
  contact: "You can reach me at:",
};
