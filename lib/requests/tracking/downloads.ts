import "server-only";
import { pdfOffThread } from "@/lib/workers/off-thread";
import { loadCurrentUser } from "@/lib/auth/session";
import { readerTranslator } from "@/lib/i18n/reader";
import { deadlineEntry } from "@/lib/calendar/entries";
import { buildCalendar } from "@/lib/calendar/ics";
import { loadConfig } from "@/lib/config";
import { formatLongDate } from "@/lib/law/labels";
import { buildEml } from "@/lib/letters/eml";
import type { FollowUpKind } from "@/lib/letters/follow-up";
import type { Letter } from "@/lib/letters/types";
import { regimeLabel, rightsLabel } from "../components/request-list";
import { isoDateIn } from "../dates";
import { EVENT_TITLES, type RequestEventType } from "../event-types";
import { fileNamePart, letterFileName } from "../file-names";
import { complaintLanguage, followUpKindFor, letterLanguage } from "../follow-up-input";
import { statusLabel } from "../status-labels";
import { loadEvidenceReplies } from "@/lib/replies/data";
import { loadTrackedRequest, type TrackedRequest } from "./data";
import { eventDetail, lettersSent } from "./event-detail";
import { zoneFor } from "./event-data";
import { complaintLetter, followUpLetter, letterContext, type LetterContext } from "./letters";

// The request's files. Each answers 401 signed out and 404 for a request that is not the user's,
// the same 404 as for one that does not exist.

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
const file = (body: string | Uint8Array, type: string, name: string) =>
  new Response(typeof body === "string" ? body : Buffer.from(body), {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store" },
  });

type Loaded = { user: { id: string; email: string }; request: TrackedRequest; context: LetterContext; today: string };

async function load(id: string, now: Date): Promise<Loaded | Response> {
  const user = await loadCurrentUser();
  if (!user) return text(401, (await readerTranslator())("tracking.download.signIn"));
  const request = await loadTrackedRequest(user.id, id);
  if (!request) return text(404, (await readerTranslator())("tracking.download.noRequest"));
  return { user, request, context: await letterContext(user.id, request), today: isoDateIn(now, zoneFor(request, undefined)) };
}

export async function evidenceResponse(id: string, now = new Date()): Promise<Response> {
  const loaded = await load(id, now);
  if (loaded instanceof Response) return loaded;
  const { request, context, today } = loaded;
  const { state } = context;
  const pdf = await pdfOffThread({
    kind: "evidence-pdf",
    input: {
      generatedOn: today,
      serviceName: request.serviceName,
      lawLabel: regimeLabel(request.regime),
      rightsLabel: rightsLabel(request.rights),
      recipient: request.recipient,
      requesterName: request.requesterName,
      status: statusLabel(state.status),
      deadline: { dueDate: state.deadline.dueDate, kind: state.deadline.kind, estimate: state.deadline.estimate, steps: state.deadline.steps },
      timeline: request.events
        .filter((event) => event.type !== "undone")
        .map((event) => {
          const detail = eventDetail(event);
          return {
            on: event.on,
            title: EVENT_TITLES[event.type as RequestEventType] ?? event.type,
            ...(detail ? { detail } : {}),
            recordedBy: event.recordedBy,
            recordedAt: event.createdAt,
            undone: state.undoneIds.has(event.id),
          };
        }),
      letters: [
        { title: "The request as sent", date: request.sentOn, subject: request.letterSubject, body: request.letterBody },
        ...lettersSent(request.events, state.undoneIds).map((l) => ({
          title: `${EVENT_TITLES[l.type as RequestEventType] ?? l.type}: the letter`,
          date: l.on,
          subject: l.subject,
          body: l.body,
        })),
      ],
      notes: request.notes,
      replies: await loadEvidenceReplies(loaded.user.id, request.id),
    },
  });
  if (pdf instanceof Response) return pdf;
  return file(pdf, "application/pdf", `${letterFileName({ company: request.serviceName, what: "evidence", date: today })}.pdf`);
}

export async function deadlineIcsResponse(id: string, now = new Date()): Promise<Response> {
  const loaded = await load(id, now);
  if (loaded instanceof Response) return loaded;
  const { request, context } = loaded;
  const basis = `Deadline: ${formatLongDate(context.state.deadline.dueDate)}. ${context.state.deadline.steps.map((s) => `${s.rule} (${s.citation})`).join(" ")}`;
  const entry = deadlineEntry({ ...request, dueDate: context.state.deadline.dueDate, status: context.state.status }, loadConfig().appUrl, basis);
  return file(
    buildCalendar({ name: `RightsDesk: ${request.serviceName}`, entries: [entry], now }),
    "text/calendar; charset=utf-8",
    `${fileNamePart(request.serviceName) || "request"}-deadline.ics`,
  );
}

async function letterFile(letter: Letter, format: string, name: string): Promise<Response> {
  if (format === "pdf") {
    const pdf = await pdfOffThread({ kind: "letter-pdf", letter });
    return pdf instanceof Response ? pdf : file(pdf, "application/pdf", `${name}.pdf`);
  }
  try {
    return file(buildEml(letter, { messageIdDomain: new URL(loadConfig().appUrl).hostname }), "message/rfc822", `${name}.eml`);
  } catch {
    return text(409, (await readerTranslator())("tracking.download.noEmailDraft"));
  }
}

export async function followUpDownload(id: string, kind: "follow-up" | "appeal", format: string, lang: string | null, now = new Date()): Promise<Response> {
  const loaded = await load(id, now);
  if (loaded instanceof Response) return loaded;
  const { user, request, context, today } = loaded;
  const letterKind: FollowUpKind = kind === "appeal" ? "appeal" : followUpKindFor(context.state);
  const result = followUpLetter(context, letterKind, { language: letterLanguage(lang ?? undefined, request.language), date: today, accountEmail: user.email });
  return result.ok
    ? letterFile(
        result.letter,
        format,
        letterFileName({ company: request.serviceName, what: kind === "appeal" ? "appeal" : "reminder", date: result.letter.date }),
      )
    : text(409, result.message);
}

export async function complaintDownload(id: string, authorityId: string | null, format: string, lang: string | null, now = new Date()): Promise<Response> {
  const loaded = await load(id, now);
  if (loaded instanceof Response) return loaded;
  const { user, request, context, today } = loaded;
  const authority = context.authorities.find((a) => a.id === authorityId) ?? context.authorities[0];
  if (!authority) return text(409, (await readerTranslator())("tracking.download.noAuthority"));
  const result = complaintLetter(context, authority, {
    language: complaintLanguage(lang ?? undefined, request.language, authority),
    date: today,
    accountEmail: user.email,
  });
  return result.ok
    ? letterFile(result.letter, format, letterFileName({ company: request.serviceName, what: "complaint", date: result.letter.date }))
    : text(409, result.message);
}
