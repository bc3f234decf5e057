import type { ReminderSummary } from "../data";
import { formatReminderTime, reminderKindLabel, reminderOutcome } from "../labels";

/** What happened to each reminder email about a request, newest first, errors included. */
export function DeliveryHistory({ summary, headingId = "reminder-history" }: { summary: ReminderSummary | undefined; headingId?: string }) {
  const history = summary?.history ?? [];
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Reminder emails</h2>
      {history.length === 0 ? (
        <p className="muted">None sent yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Reminder</th>
                <th scope="col">What happened</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => {
                const outcome = reminderOutcome(entry);
                const when = entry.sentAt ?? entry.updatedAt;
                return (
                  <tr key={entry.id}>
                    <td><time dateTime={when.toISOString()}>{formatReminderTime(when, summary!.timeZone)}</time></td>
                    <td>{reminderKindLabel(entry.kind)}</td>
                    <td>
                      <span className={`badge ${outcome.tone}`}>{outcome.text}</span>
                      {entry.attempts > 1 && entry.status !== "cancelled" ? <span className="small muted"> after {entry.attempts} attempts</span> : null}
                      {entry.lastError && entry.status !== "sent" ? <div className="small muted">{entry.lastError.replace(/^Cancelled: /, "Why: ")}</div> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
