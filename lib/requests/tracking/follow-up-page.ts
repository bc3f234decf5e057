import "server-only";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDayFormat } from "@/lib/i18n/server-format";
import { requireUser } from "@/lib/auth/session";
import { laterLetterLanguages } from "@/lib/letters/available";
import type { FollowUpKind } from "@/lib/letters/follow-up";
import { isoDateIn } from "../dates";
import { regimeOfFacts } from "../lifecycle";
import { complaintLanguage, followUpKindFor, letterLanguage } from "../follow-up-input";
import { whyNot, type WhyNot } from "../transitions";
import { whyNotText } from "./why-not-text";
import { loadTrackedRequest } from "./data";
import { zoneFor } from "./event-data";
import { complaintLetter, followUpLetter, letterContext } from "./letters";

// What the follow-up, appeal and complaint pages load: the request, its letter for today, and
// whether the step can be recorded yet.

/** Why the step cannot be recorded yet, in the page's language. */
async function notYetText(why: WhyNot | null): Promise<string | null> {
  if (!why) return null;
  const [t, format] = await Promise.all([getTranslations("tracking"), getDayFormat()]);
  return whyNotText(t, format, why);
}

export async function loadFollowUpPage(id: string, page: "follow-up" | "appeal", lang: string | undefined) {
  const user = await requireUser(`/requests/${encodeURIComponent(id)}/${page}`);
  const request = await loadTrackedRequest(user.id, id);
  if (!request) notFound();
  const now = new Date();
  const context = await letterContext(user.id, request);
  const kind: FollowUpKind = page === "appeal" ? "appeal" : followUpKindFor(context.state);
  const language = letterLanguage(lang, request.language);
  const today = isoDateIn(now, zoneFor(request, undefined));
  const result = followUpLetter(context, kind, { language, date: today, accountEmail: user.email });
  const notYet = await notYetText(whyNot(page === "appeal" ? "appealed" : "follow-up-sent", context.state, request, now));
  const languages = laterLetterLanguages("follow-up", request.regime);
  return {
    request,
    state: context.state,
    kind,
    language,
    languages,
    today,
    letter: result.ok ? result.letter : null,
    problem: result.ok ? null : result.message,
    notYet,
  };
}

export async function loadComplaintPage(id: string, authorityId: string | undefined, lang: string | undefined) {
  const user = await requireUser(`/requests/${encodeURIComponent(id)}/complaint`);
  const request = await loadTrackedRequest(user.id, id);
  if (!request) notFound();
  const now = new Date();
  const context = await letterContext(user.id, request);
  const authority = context.authorities.find((a) => a.id === authorityId) ?? context.authorities[0] ?? null;
  const language = complaintLanguage(lang, request.language, authority);
  const options = { date: isoDateIn(now, zoneFor(request, undefined)), accountEmail: user.email };
  const result = authority ? complaintLetter(context, authority, { language, ...options }) : null;
  // Written in the authority's language, the complaint comes with a copy in the user's own to read.
  const own = letterLanguage(undefined, request.language);
  const sent = result?.ok ? result.letter.language : own;
  const reading = authority && sent !== own ? complaintLetter(context, authority, { language: own, ...options }) : null;
  return {
    request,
    state: context.state,
    authorities: context.authorities,
    authority,
    language,
    languages: laterLetterLanguages("complaint", request.regime),
    letter: result?.ok ? result.letter : null,
    readingCopy: reading?.ok && reading.letter.language !== sent ? reading.letter : null,
    problem: result && !result.ok ? result.message : authority ? null : (await getTranslations("tracking.complaint"))("noAuthority"),
    notYet: await notYetText(whyNot("complaint-filed", context.state, request, now)),
    firstToController: regimeOfFacts(request)?.complaint.firstToController ?? null,
  };
}
