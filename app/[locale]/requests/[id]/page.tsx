import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { DeliveryHistory } from "@/lib/reminders/components/delivery-history";
import { NextReminder } from "@/lib/reminders/components/next-reminder";
import { loadReminderSummaries } from "@/lib/reminders/data";
import { formatLongDate } from "@/lib/law/labels";
import { answerChecklist } from "@/lib/requests/answer-check";
import { regimeLabel, rightsLabel } from "@/lib/requests/components/request-list";
import { isOverdue, STAGE } from "@/lib/requests/lifecycle";
import { nextSteps } from "@/lib/requests/next-steps";
import { statusLabel } from "@/lib/requests/status-labels";
import { DeadlineCard } from "@/lib/requests/tracking/components/deadline-card";
import { LettersSent } from "@/lib/requests/tracking/components/letters-sent";
import { NextSteps } from "@/lib/requests/tracking/components/next-steps";
import { Notes } from "@/lib/requests/tracking/components/notes";
import { RecordEventForm } from "@/lib/requests/tracking/components/record-event-form";
import styles from "@/lib/requests/tracking/components/request.module.css";
import { Timeline } from "@/lib/requests/tracking/components/timeline";
import { loadTrackedRequest } from "@/lib/requests/tracking/data";
import { letterContext } from "@/lib/requests/tracking/letters";
import { allowedEvents, undoTarget } from "@/lib/requests/transitions";

export const metadata: Metadata = { title: "Your request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const href = `/requests/${encodeURIComponent(id)}`;
  const user = await requireUser(href);
  const request = await loadTrackedRequest(user.id, id);
  if (!request) notFound();
  const now = new Date();
  const [{ state, authorities }, reminders] = await Promise.all([letterContext(user.id, request), loadReminderSummaries(user.id, [request.id])]);
  const reminder = reminders.get(request.id);
  const overdue = isOverdue(state, now);
  return (
    <div className="page narrow stack">
      <p className="small"><Link href="/dashboard">← Your requests</Link></p>
      <h1>Request to {request.serviceName}</h1>
      <p className="row">
        {overdue ? <span className="badge bad">Overdue</span> : null}
        {state.stage === STAGE.done ? <span className="badge ok">Done</span> : null}
        <span className="badge">{statusLabel(state.status)}</span>
      </p>
      <p className="small">
        Sent {formatLongDate(request.sentOn)} to {request.recipient} · {regimeLabel(request.regime)} · {rightsLabel(request.rights)}
      </p>

      <section aria-labelledby="deadline-heading" className="card stack">
        <h2 id="deadline-heading">{state.deadline.kind === "appeal" ? "Appeal decision due" : "Answer due"}</h2>
        <DeadlineCard deadline={state.deadline} open={state.stage === STAGE.clock} />
        {state.stage !== STAGE.done ? <NextReminder summary={reminder} /> : null}
        {state.stage !== STAGE.done && reminder?.next ? (
          <p className="small">
            <Link href="/settings/reminders">Reminder settings</Link>: when and whether we email you before a deadline.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="next-heading" className="stack">
        <h2 id="next-heading">What you can do next</h2>
        <NextSteps steps={nextSteps({ facts: request, state, now, ...(authorities[0] ? { authority: authorities[0] } : {}) })} requestHref={href} />
      </section>

      <section aria-labelledby="timeline-heading" className="stack">
        <h2 id="timeline-heading">What happened</h2>
        <Timeline requestId={request.id} events={request.events} undoneIds={state.undoneIds} undoable={undoTarget(request.events)} />
      </section>

      {state.stage !== STAGE.done ? (
        <section aria-labelledby="record-heading" className="card stack">
          <h2 id="record-heading">Record what happened</h2>
          <RecordEventForm requestId={request.id} allowed={allowedEvents(state, request, now)} checklist={answerChecklist(request.regime, request.rights)} authorities={authorities.map((a) => a.name)} />
        </section>
      ) : null}

      <section aria-labelledby="notes-heading" className="stack">
        <h2 id="notes-heading">Notes</h2>
        <Notes requestId={request.id} notes={request.notes} />
      </section>

      <section aria-labelledby="files-heading" className="stack">
        <h2 id="files-heading">Files</h2>
        <p className="row">
          <a className="button secondary" href={`${href}/evidence.pdf`} download>Evidence file (PDF)</a>
          <a className="button secondary" href={`${href}/deadline.ics`} download>Add the deadline to a calendar (.ics)</a>
        </p>
        <p className="small muted">The evidence file has the dated timeline, every letter and your notes, ready to attach to a complaint.</p>
      </section>

      <DeliveryHistory summary={reminder} />

      <LettersSent request={request} events={request.events} undoneIds={state.undoneIds} />
    </div>
  );
}
