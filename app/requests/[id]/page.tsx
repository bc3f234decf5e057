import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { DeadlineSteps } from "@/lib/law/components/deadline-steps";
import { computeDeadlines } from "@/lib/law/deadlines";
import { formatLongDate, RIGHT_LABELS } from "@/lib/law/labels";
import type { RightId } from "@/lib/law/types";
import { regimeLabel, rightsLabel } from "@/lib/requests/components/request-list";
import styles from "@/lib/requests/components/wizard.module.css";
import { loadRequest } from "@/lib/requests/data";
import { EVENT_TITLES, type RequestEventType } from "@/lib/requests/event-types";
import { requestStatus } from "@/lib/requests/status";

export const metadata: Metadata = { title: "Your request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/requests/${encodeURIComponent(id)}`);
  const request = await loadRequest(user.id, id);
  if (!request) notFound();
  const status = requestStatus(request.dueAt, new Date());
  const counted = request.rights.map((right) => ({ right, result: computeDeadlines({ regime: request.regime, right, receivedOn: request.sentOn }) }));
  return (
    <div className="page narrow stack">
      <p className="small"><Link href="/dashboard">← Your requests</Link></p>
      <h1>Request to {request.serviceName}</h1>
      <dl className={styles.dl}>
        <dt>Status</dt>
        <dd><span className={`badge ${status.tone}`}>{status.label}</span></dd>
        <dt>Answer due</dt>
        <dd><strong>{formatLongDate(request.dueDate)}</strong></dd>
        <dt>Sent</dt>
        <dd>{formatLongDate(request.sentOn)}, to {request.recipient}</dd>
        <dt>Law</dt>
        <dd>{regimeLabel(request.regime)}</dd>
        <dt>Asked for</dt>
        <dd>{rightsLabel(request.rights)}</dd>
      </dl>
      <section aria-labelledby="count-heading" className="stack">
        <h2 id="count-heading">How the date is counted</h2>
        {counted.map(({ right, result }) => (
          <div key={right} className="card stack">
            <h3>{RIGHT_LABELS[right as RightId] ?? right}: due {formatLongDate(result.respondBy)}{result.estimate ? <> <span className="badge warn">Estimate</span></> : null}</h3>
            <DeadlineSteps steps={result.steps} />
          </div>
        ))}
      </section>
      <section aria-labelledby="timeline-heading" className="stack">
        <h2 id="timeline-heading">What happened</h2>
        <ol>
          {request.events.map((event) => (
            <li key={event.id}>{formatLongDate(event.on)}: {EVENT_TITLES[event.type as RequestEventType] ?? event.type}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="letter-heading" className="stack">
        <h2 id="letter-heading">The letter as sent</h2>
        <p><strong>Subject:</strong> {request.letterSubject}</p>
        <pre className={styles.letter} lang={request.language} tabIndex={0} aria-label="Letter text">{request.letterBody}</pre>
      </section>
    </div>
  );
}
