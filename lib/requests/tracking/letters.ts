import "server-only";
import { composeComplaint } from "@/lib/letters/complaint";
import { LetterInputError } from "@/lib/letters/errors";
import { composeFollowUp, type FollowUpKind } from "@/lib/letters/follow-up";
import type { Letter, LetterLanguage } from "@/lib/letters/types";
import type { ServiceRecord } from "@/lib/services/types";
import { complaintAuthorities, type AuthorityOption } from "../complaint-authority";
import { loadServiceRecord } from "../data";
import { complaintInput, followUpInput } from "../follow-up-input";
import { deriveRequestState, type RequestState } from "../lifecycle";
import { parseServiceRef } from "../service-ref";
import type { TrackedRequest } from "./data";

export type LetterContext = { request: TrackedRequest; state: RequestState; record: ServiceRecord | null; authorities: AuthorityOption[] };
export type Composed = { ok: true; letter: Letter } | { ok: false; message: string };

/** The request with its state, its service record (if it still exists) and where to complain. */
export async function letterContext(userId: string, request: TrackedRequest): Promise<LetterContext> {
  const ref = parseServiceRef(request.serviceRef);
  const record = ref ? await loadServiceRecord(userId, ref) : null;
  const state = deriveRequestState(request, request.events);
  return { request, state, record, authorities: complaintAuthorities(request.regime, record, request.requesterCountry) };
}

function attempt(compose: () => Letter): Composed {
  try {
    return { ok: true, letter: compose() };
  } catch (error) {
    if (error instanceof LetterInputError) return { ok: false, message: error.message };
    throw error;
  }
}

type Options = { language: LetterLanguage; date: string; accountEmail: string };

export function followUpLetter({ request, state, record, authorities }: LetterContext, kind: FollowUpKind, options: Options): Composed {
  return attempt(() => composeFollowUp(followUpInput({ source: request, state, record, kind, authority: authorities[0] ?? null, ...options })));
}

export function complaintLetter({ request, state, record }: LetterContext, authority: AuthorityOption, options: Options): Composed {
  return attempt(() => composeComplaint(complaintInput({ source: request, state, record, authority, ...options })));
}
