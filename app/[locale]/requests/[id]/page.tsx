import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { DeliveryHistory } from "@/lib/reminders/components/delivery-history";
import { NextReminder } from "@/lib/reminders/components/next-reminder";
import { loadReminderSummaries } from "@/lib/reminders/data";
import { getDayFormat } from "@/lib/i18n/server-format";
import { RepliesSection } from "@/lib/replies/components/replies-section";
import { loadRepliesView } from "@/lib/replies/view";
import { answerChecklist } from "@/lib/requests/answer-check";
import { regimeLabel } from "@/lib/requests/components/request-list";
import { isOverdue, STAGE } from "@/lib/requests/lifecycle";
import { nextSteps } from "@/lib/requests/next-steps";
import { REQUEST_STATUSES } from "@/lib/requests/statuses";
import { DeadlineCard } from "@/lib/requests/tracking/components/deadline-card";
import { LettersSent } from "@/lib/requests/tracking/components/letters-sent";
import { NextSteps } from "@/lib/requests/tracking/components/next-steps";
import { Notes } from "@/lib/requests/tracking/components/notes";
import { RecordEventForm } from "@/lib/requests/tracking/components/record-event-form";
import { Timeline } from "@/lib/requests/tracking/components/timeline";
import { loadTrackedRequest } from "@/lib/requests/tracking/data";
import { letterContext } from "@/lib/requests/tracking/letters";
import { allowedEvents, undoTarget } from "@/lib/requests/transitions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.request"))("meta") };
}

export default async function RequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const href = `/requests/${encodeURIComponent(id)}`;
  const user = await requireUser(href);
  const request = await loadTrackedRequest(user.id, id);
  if (!request) notFound();
  const now = new Date();
  const [{ state, authorities }, reminders, replies] = await Promise.all([
    letterContext(user.id, request),
    loadReminderSummaries(user.id, [request.id]),
    loadRepliesView(user.id, request.id, await searchParams),
  ]);
  const reminder = reminders.get(request.id);
  const overdue = isOverdue(state, now);
  const [t, tracking, rightLabel, format] = await Promise.all([
    getTranslations("tracking.request"),
    getTranslations("tracking"),
    getTranslations("rights"),
    getDayFormat(),
  ]);
  const status = (REQUEST_STATUSES as readonly string[]).includes(state.status) ? tracking(`status.${state.status as "sent"}`) : state.status;
  const rights = request.rights.map((right) => (rightLabel.has(right as "access") ? rightLabel(right as "access") : right)).join("; ");
  return (
    <div className="page narrow stack">
      <p className="small">
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>{t("title", { service: request.serviceName })}</h1>
      <p className="row">
        {overdue ? <span className="badge bad">{tracking("groups.overdue")}</span> : null}
        {state.stage === STAGE.done ? <span className="badge ok">{tracking("groups.done")}</span> : null}
        <span className="badge">{status}</span>
      </p>
      <p className="small">
        {t("sentTo", { date: format.full(request.sentOn), recipient: request.recipient })} · {regimeLabel(request.regime)} · {rights}
      </p>

      <section aria-labelledby="deadline-heading" className="card stack">
        <h2 id="deadline-heading">{state.deadline.kind === "appeal" ? t("appealDue") : t("answerDue")}</h2>
        <DeadlineCard deadline={state.deadline} open={state.stage === STAGE.clock} />
        {state.stage !== STAGE.done ? <NextReminder summary={reminder} /> : null}
        {state.stage !== STAGE.done && reminder?.next ? (
          <p className="small">{t.rich("reminderSettings", { link: (chunks) => <Link href="/settings/reminders">{chunks}</Link> })}</p>
        ) : null}
      </section>

      <section aria-labelledby="next-heading" className="stack">
        <h2 id="next-heading">{t("next")}</h2>
        <NextSteps steps={nextSteps({ facts: request, state, now, ...(authorities[0] ? { authority: authorities[0] } : {}) })} requestHref={href} />
      </section>

      <section aria-labelledby="timeline-heading" className="stack">
        <h2 id="timeline-heading">{t("timeline")}</h2>
        <Timeline requestId={request.id} events={request.events} undoneIds={state.undoneIds} undoable={undoTarget(request.events)} />
      </section>

      <RepliesSection requestId={request.id} {...replies} canRecord={state.stage !== STAGE.done} />

      {state.stage !== STAGE.done ? (
        <section aria-labelledby="record-heading" className="card stack">
          <h2 id="record-heading">{t("record")}</h2>
          <RecordEventForm
            requestId={request.id}
            allowed={allowedEvents(state, request, now)}
            checklist={answerChecklist(request.regime, request.rights)}
            authorities={authorities.map((a) => a.name)}
          />
        </section>
      ) : null}

      <section aria-labelledby="notes-heading" className="stack">
        <h2 id="notes-heading">{t("notes")}</h2>
        <Notes requestId={request.id} notes={request.notes} />
      </section>

      <section aria-labelledby="files-heading" className="stack">
        <h2 id="files-heading">{t("files")}</h2>
        <p className="row">
          <a className="button secondary" href={`${href}/evidence.pdf`} download>
            {t("evidence")}
          </a>
          <a className="button secondary" href={`${href}/deadline.ics`} download>
            {t("calendar")}
          </a>
        </p>
        <p className="small muted">{t("evidenceHint")}</p>
      </section>

      <DeliveryHistory summary={reminder} />

      <LettersSent request={request} events={request.events} undoneIds={state.undoneIds} />
    </div>
  );
}
