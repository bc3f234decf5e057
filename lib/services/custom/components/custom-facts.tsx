import { useTranslations } from "next-intl";
import { useServiceLabels } from "../../components/use-service-labels";
import type { Applicability, Channel, PolicyRight, ServicePage, Timeline } from "../../types";
import { isHttpUrl } from "../schema";
import { CitedLink } from "./cited-link";

type With<T> = { serviceId: string; items: T[] };

export function LawsList({ serviceId, items }: With<Applicability>) {
  const t = useTranslations("services");
  const labels = useServiceLabels();
  if (items.length === 0) return <p className="muted">{t("customRecord.noLaws")}</p>;
  return (
    <ul className="stack">
      {items.map((a) => (
        <li key={`${a.stance}-${a.citation.start}-${a.regimes.join()}`} className={a.stance === "not-governed" ? "notice warn" : undefined}>
          {t(a.stance === "not-governed" ? "stance.not-governed" : "stance.addresses")} <strong>{labels.regimes(a.regimes)}</strong>.{" "}
          <CitedLink serviceId={serviceId} citation={a.citation} max={140} />
        </li>
      ))}
    </ul>
  );
}

export function RightsList({ serviceId, items }: With<PolicyRight>) {
  const t = useTranslations("services.customRecord");
  const labels = useServiceLabels();
  if (items.length === 0) return <p className="muted">{t("noRights")}</p>;
  return (
    <ul className="stack">
      {items.map((r) => (
        <li key={`${r.right}-${r.citation.start}-${r.regimes.join()}`}>
          <strong>{labels.right(r.right)}</strong>{" "}
          <span className="muted small">{r.regimes.length > 0 ? t("under", { laws: labels.regimes(r.regimes) }) : t("noLawNamed")}</span>
          <div>
            <CitedLink serviceId={serviceId} citation={r.citation} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ChannelList({ serviceId, items }: With<Channel>) {
  const t = useTranslations("services");
  const labels = useServiceLabels();
  if (items.length === 0) return <p className="muted">{t("customRecord.noChannels")}</p>;
  return (
    <ul className="stack">
      {items.map((c) => (
        <li key={`${c.kind}-${c.citation.start}`}>
          <strong className="mono">{c.kind === "web" ? c.url : c.address}</strong>{" "}
          <span className="muted small">{t("customRecord.for", { purposes: c.purposes.map(labels.purpose).join(", ") })}</span>
          {c.kind === "email" && c.provenance.kind === "cloudflare-decoded" ? <span className="badge"> {t("channels.decoded")}</span> : null}
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
  const t = useTranslations("services");
  const labels = useServiceLabels();
  if (items.length === 0) return <p className="muted">{t("customRecord.noPages")}</p>;
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
          {p.rights.length > 0 ? (
            <span className="muted small"> {t("pages.for", { rights: p.rights.map((r) => labels.right(r).toLowerCase()).join(", ") })}</span>
          ) : null}
          <div>
            <CitedLink serviceId={serviceId} citation={p.citation} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function TimelineList({ serviceId, items }: With<Timeline>) {
  const t = useTranslations("services.timelines");
  const labels = useServiceLabels();
  return (
    <ul className="stack">
      {items.map((item) => (
        <li key={`${item.what}-${item.statedByPolicy}-${item.citation?.start}`}>
          <strong>{item.what === "all-requests" ? t("requests") : labels.right(item.what)}:</strong>{" "}
          {item.statedByPolicy ? (
            <>
              {item.days !== undefined ? t("days", { count: item.days }) : t("months", { count: item.months ?? 0 })}{" "}
              <span className="badge ok">{t("promised")}</span>
            </>
          ) : (
            <>
              {item.note} <span className="badge">{t("byLaw")}</span>
            </>
          )}
          {item.citation ? (
            <div>
              <CitedLink serviceId={serviceId} citation={item.citation} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
