import { PURPOSE_LABELS, RIGHT_LABELS, regimesLabel } from "../../labels";
import type { Applicability, Channel, PolicyRight, ServicePage, Timeline } from "../../types";
import { isHttpUrl } from "../schema";
import { CitedLink } from "./cited-link";

type With<T> = { serviceId: string; items: T[] };

export function LawsList({ serviceId, items }: With<Applicability>) {
  if (items.length === 0) return <p className="muted">You kept no law the policy names.</p>;
  return (
    <ul className="stack">
      {items.map((a) => (
        <li key={`${a.stance}-${a.citation.start}-${a.regimes.join()}`} className={a.stance === "not-governed" ? "notice warn" : undefined}>
          {a.stance === "not-governed" ? "The service says it is not governed by" : "The policy speaks to people covered by"}{" "}
          <strong>{regimesLabel(a.regimes)}</strong>. <CitedLink serviceId={serviceId} citation={a.citation} max={140} />
        </li>
      ))}
    </ul>
  );
}

export function RightsList({ serviceId, items }: With<PolicyRight>) {
  if (items.length === 0) return <p className="muted">You kept no rights. The law may still give you them.</p>;
  return (
    <ul className="stack">
      {items.map((r) => (
        <li key={`${r.right}-${r.citation.start}-${r.regimes.join()}`}>
          <strong>{RIGHT_LABELS[r.right]}</strong>{" "}
          <span className="muted small">{r.regimes.length > 0 ? `under ${regimesLabel(r.regimes)}` : "no law named"}</span>
          <div>
            <CitedLink serviceId={serviceId} citation={r.citation} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ChannelList({ serviceId, items }: With<Channel>) {
  if (items.length === 0) return <p className="muted">You kept no address to write to.</p>;
  return (
    <ul className="stack">
      {items.map((c) => (
        <li key={`${c.kind}-${c.citation.start}`}>
          <strong className="mono">{c.kind === "web" ? c.url : c.address}</strong>{" "}
          <span className="muted small">(for {c.purposes.map((p) => PURPOSE_LABELS[p]).join(", ")})</span>
          {c.kind === "email" && c.provenance.kind === "cloudflare-decoded" ? <span className="badge"> decoded</span> : null}
          <div>
            <CitedLink serviceId={serviceId} citation={c.citation} />
          </div>
        </li>
      ))}
    </ul>
  );
}

// Only http(s) addresses become links, and they never carry our address along.
export function PageList({ serviceId, items }: With<ServicePage>) {
  if (items.length === 0) return <p className="muted">You kept no links.</p>;
  return (
    <ul className="stack">
      {items.map((p) => (
        <li key={`${p.label}-${p.citation.start}-${p.url}`} style={{ overflowWrap: "anywhere" }}>
          {p.url && isHttpUrl(p.url) ? (
            <a href={p.url} rel="noopener noreferrer nofollow" className="mono small">
              {p.url}
            </a>
          ) : (
            <span className="mono small">{p.url ?? p.label}</span>
          )}
          {p.rights.length > 0 ? <span className="muted small"> for {p.rights.map((r) => RIGHT_LABELS[r].toLowerCase()).join(", ")}</span> : null}
          <div>
            <CitedLink serviceId={serviceId} citation={p.citation} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function TimelineList({ serviceId, items }: With<Timeline>) {
  return (
    <ul className="stack">
      {items.map((t) => (
        <li key={`${t.what}-${t.statedByPolicy}-${t.citation?.start}`}>
          <strong>{t.what === "all-requests" ? "Requests" : RIGHT_LABELS[t.what]}:</strong>{" "}
          {t.statedByPolicy ? (
            <>
              within {t.days !== undefined ? `${t.days} days` : `${t.months} months`} <span className="badge ok">promised by the policy</span>
            </>
          ) : (
            <>
              {t.note} <span className="badge">set by law</span>
            </>
          )}
          {t.citation ? (
            <div>
              <CitedLink serviceId={serviceId} citation={t.citation} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
