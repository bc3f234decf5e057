import { RIGHT_LABELS } from "@/lib/law/labels";
import type { Regime, RightId } from "@/lib/law/types";
import type { CitationLink } from "../citation-link";
import { splitRights } from "../wizard-steps";
import { Cited } from "./cited";

export type NoteView = { tone: "warn" | "info"; text: string; meaning?: string; note?: string; cited: CitationLink | null };

/** What the chosen place means: the law, which of the chosen rights it grants, what the policy says about it. */
type Props = {
  regime: Regime;
  chosen: RightId[];
  notes: NoteView[];
  serviceName: string;
  /** Set where no law RightsDesk knows protects the place: the letter falls back; `pending` is a law not yet in force. */
  fallback?: { pending: Regime | undefined } | undefined;
};

function FallbackText({ regime, serviceName, pending }: { regime: Regime; serviceName: string; pending: Regime | undefined }) {
  const why = pending
    ? `${pending.shortLabel} gives its rights only from ${pending.inForceFrom}.`
    : "RightsDesk knows no privacy law for where you live.";
  if (regime.statutory === false) {
    return (
      <p>
        {why} RightsDesk still writes your letter: it relies on {serviceName}&apos;s own privacy policy and asks for an answer within 30
        days. <strong>No statutory deadline backs that date</strong>, and no data protection authority can enforce it.
      </p>
    );
  }
  return (
    <p>
      {why} {serviceName} is established in {regime.id === "uk-gdpr" ? "the UK" : "the EU"}, so <strong>{regime.name}</strong> applies to
      its processing of your data wherever you live (Art. 3(1)), and the letter cites it.
    </p>
  );
}

export function LocationPreview({ regime, chosen, notes, serviceName, fallback }: Props) {
  const { granted, notGranted } = splitRights(chosen, regime);
  return (
    <div className="card stack">
      {fallback ? (
        <FallbackText regime={regime} serviceName={serviceName} pending={fallback.pending} />
      ) : (
        <p>
          You are protected by <strong>{regime.name}</strong>.
        </p>
      )}
      {granted.length > 0 ? (
        <p>The letter asks for: {granted.map((right) => RIGHT_LABELS[right]).join("; ")}.</p>
      ) : null}
      {notGranted.length > 0 ? (
        <p className={granted.length > 0 ? "notice warn" : "notice bad"}>
          {regime.shortLabel} does not grant: {notGranted.map((right) => RIGHT_LABELS[right]).join("; ")}.{" "}
          {granted.length > 0 ? "The letter leaves it out." : "Go back and choose a right this law grants."}
        </p>
      ) : null}
      {notes.map((note) => (
        <div key={note.text} className={note.tone === "warn" ? "notice warn" : "notice"}>
          <p>
            <strong>{note.text}</strong> <Cited link={note.cited} />
          </p>
          {note.meaning ? <p>{note.meaning}</p> : null}
          {note.note ? <p className="small muted">Our note on {serviceName}&apos;s policy: {note.note}</p> : null}
        </div>
      ))}
    </div>
  );
}
