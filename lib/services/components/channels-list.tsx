import { useTranslations } from "next-intl";
import { findDocument } from "../documents/documents";
import { useServiceLabels } from "./use-service-labels";
import type { Channel, EmailProvenance } from "../types";
import { CitedQuote } from "./cited-quote";

function Provenance({ provenance }: { provenance: EmailProvenance }) {
  const t = useTranslations("services.channels");
  if (provenance.kind === "shown") return null;
  if (provenance.kind === "cloudflare-decoded") {
    return (
      <div className="small muted">
        <span className="badge">{t("decoded")}</span> {t("decodedNote")}
      </div>
    );
  }
  const from = findDocument(provenance.source.document);
  return (
    <div className="small">
      <span className={provenance.certainty === "assumed" ? "badge warn" : "badge"}>
        {provenance.certainty === "assumed" ? t("assumed") : t("otherVersion")}
      </span>{" "}
      {provenance.note} {from ? t("sourceOf", { version: from.versionLabel }) : t("source")} <CitedQuote citation={provenance.source} />
    </div>
  );
}

export function ChannelsList({ channels }: { channels: Channel[] }) {
  const t = useTranslations("services.channels");
  const labels = useServiceLabels();
  if (channels.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <ul className="stack">
      {channels.map((c) => (
        <li key={`${c.kind}-${c.citation.start}`}>
          <strong>{c.kind === "web" ? c.url : c.address}</strong>
          {c.kind === "post" && c.attention ? t("attention", { name: c.attention }) : null}{" "}
          <span className="muted small">
            ({t(c.kind)} {t("for")} {c.purposes.map(labels.purpose).join(", ")}
            {c.kind === "email" && c.label ? `; ${c.label}` : ""})
          </span>
          <div>
            <CitedQuote citation={c.citation} />
          </div>
          {c.kind === "email" ? <Provenance provenance={c.provenance} /> : null}
        </li>
      ))}
    </ul>
  );
}
