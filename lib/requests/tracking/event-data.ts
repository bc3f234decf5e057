import "server-only";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import { answerChecklist, checklistItemIds } from "../answer-check";
import { isTimeZone } from "../dates";
import { complaintLanguage, followUpKindFor, letterLanguage } from "../follow-up-input";
import type { TrackedRequest } from "./data";
import { complaintLetter, followUpLetter, letterContext } from "./letters";
import type { RecordEventValues } from "./schema";

/** The user's zone when the browser said it (and it is a real zone), else the zone of the request's law. */
export function zoneFor(request: { regime: string }, timeZone: unknown): string {
  if (typeof timeZone === "string" && timeZone.length <= 64 && isTimeZone(timeZone)) return timeZone;
  return isRegimeId(request.regime) ? REGIMES[request.regime].defaultTimeZone : "UTC";
}

/**
 * What an event stores besides its type and date: the answer's checklist (and so what is missing),
 * the refusal's reason, and for reminders, appeals and complaints the letter as the app wrote it
 * for that day, so the evidence bundle shows the letter that went out.
 */
export async function eventDataFor(
  userId: string,
  request: TrackedRequest,
  values: RecordEventValues,
  accountEmail: string,
): Promise<Record<string, unknown> | undefined> {
  switch (values.type) {
    case "answer-received": {
      const known = checklistItemIds(answerChecklist(request.regime, request.rights));
      const received = known.filter((id) => values.received?.includes(id));
      const missing = values.completeness === "complete" && values.received === undefined ? [] : known.filter((id) => !received.includes(id));
      return { completeness: values.completeness, received, missing, ...(values.summary ? { summary: values.summary } : {}) };
    }
    case "refused":
      return { reason: values.reason };
    case "follow-up-sent":
    case "appealed":
    case "complaint-filed": {
      const context = await letterContext(userId, request);
      const options = { language: letterLanguage(values.language, request.language), date: values.on, accountEmail };
      if (values.type === "complaint-filed") {
        const authority = context.authorities.find((option) => option.name === values.authority);
        const language = complaintLanguage(values.language, request.language, authority);
        const letter = authority ? complaintLetter(context, authority, { ...options, language }) : null;
        return {
          authority: values.authority,
          ...(values.reference ? { reference: values.reference } : {}),
          ...(letter?.ok ? { letter: { subject: letter.letter.subject, body: letter.letter.body } } : {}),
        };
      }
      const kind = values.type === "appealed" ? "appeal" : followUpKindFor(context.state);
      const letter = followUpLetter(context, kind, options);
      return { kind, ...(letter.ok ? { letter: { subject: letter.letter.subject, body: letter.letter.body } } : {}) };
    }
    default:
      // The sentence of a company's reply the entry was confirmed from (lib/replies), kept as evidence.
      return values.summary ? { summary: values.summary } : undefined;
  }
}
