import Link from "next/link";
import { RIGHT_LABELS } from "@/lib/law/labels";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RightId } from "@/lib/law/types";
import { formatDate } from "@/lib/services/labels";
import type { RequestSummary } from "../data";
import { requestStatus } from "../status";

export function rightsLabel(rights: readonly string[]): string {
  return rights.map((right) => RIGHT_LABELS[right as RightId] ?? right).join("; ");
}

export function regimeLabel(regime: string): string {
  return isRegimeId(regime) ? REGIMES[regime].shortLabel : regime;
}

/** Soonest due first, as cards: a table of five columns does not fit a phone. */
export function RequestList({ requests, now }: { requests: RequestSummary[]; now: Date }) {
  return (
    <ul className="grid" style={{ listStyle: "none", padding: 0 }} aria-label="Your requests, soonest due first">
      {requests.map((request) => {
        const status = requestStatus(request.dueAt, now);
        return (
          <li key={request.id} className="card stack">
            <h2>
              <Link href={`/requests/${encodeURIComponent(request.id)}`}>{request.serviceName}</Link>{" "}
              <span className={`badge ${status.tone}`}>{status.label}</span>
            </h2>
            <p>{rightsLabel(request.rights)}</p>
            <p className="small">
              Sent {formatDate(request.sentOn)} · <strong>answer due {formatDate(request.dueDate)}</strong>
            </p>
            <p className="small muted">{regimeLabel(request.regime)}</p>
          </li>
        );
      })}
    </ul>
  );
}
