import { findDocument } from "../documents/documents";
import { PURPOSE_LABELS } from "../labels";
import type { Channel, EmailProvenance } from "../types";
import { CitedQuote } from "./cited-quote";

function Provenance({ provenance }: { provenance: EmailProvenance }) {
  if (provenance.kind === "shown") return null;
  if (provenance.kind === "cloudflare-decoded") {
    return (
      <div className="small muted">
        <span className="badge">decoded</span> The capture hides this address behind Cloudflare email protection; it is decoded from the link.
      </div>
    );
  }
  const from = findDocument(provenance.source.document);
  return (
    <div className="small">
      <span className={provenance.certainty === "assumed" ? "badge warn" : "badge"}>
        {provenance.certainty === "assumed" ? "assumed" : "from another version"}
      </span>{" "}
      {provenance.note} Source{from ? ` (${from.versionLabel})` : ""}: <CitedQuote citation={provenance.source} />
    </div>
  );
}

export function ChannelsList({ channels }: { channels: Channel[] }) {
  if (channels.length === 0) return <p className="muted">This version gives no address to write to.</p>;
  return (
    <ul className="stack">
      {channels.map((c) => (
        <li key={`${c.kind}-${c.citation.start}`}>
          <strong>{c.kind === "web" ? c.url : c.address}</strong>
          {c.kind === "post" && c.attention ? `, attention: ${c.attention}` : null}{" "}
          <span className="muted small">
            ({c.kind === "email" ? "email" : c.kind === "post" ? "post" : "web"} for {c.purposes.map((p) => PURPOSE_LABELS[p]).join(", ")}
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
