import { useTranslations } from "next-intl";
import type { Regime, RegimeId, RightId } from "@/lib/law/types";
import type { CitationLink } from "../citation-link";
import { Cited } from "./cited";

export type NoteView = { tone: "warn" | "info"; text: string; meaning?: string; note?: string; cited: CitationLink | null };

/**
 * What the preview needs of a law, worked out on the server: the browser gets these few fields
 * instead of the regimes' data (and, through it, the deadline engine).
 */
export type RegimeView = Pick<Regime, "id" | "name" | "shortLabel" | "statutory" | "inForceFrom"> & {
  /** The rights a first letter can ask for under it today (grantedRights). */
  granted: RightId[];
  /** Its rights are not in force yet (notYetInForce). */
  pending: boolean;
};
export type PlaceRegimes = { regimes: Partial<Record<RegimeId, RegimeView>>; byPlace: Record<string, RegimeId> };

/** What the chosen place means: the law, which of the chosen rights it grants, what the policy says about it. */
type Props = {
  regime: RegimeView;
  chosen: RightId[];
  notes: NoteView[];
  serviceName: string;
  /** Set where no law RightsDesk knows protects the place: the letter falls back; `pending` is a law not yet in force. */
  fallback?: { pending: RegimeView | undefined } | undefined;
};

function FallbackText({ regime, serviceName, pending }: { regime: RegimeView; serviceName: string; pending: RegimeView | undefined }) {
  const t = useTranslations("wizard.preview");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const why = pending ? t("pending", { law: pending.shortLabel, from: pending.inForceFrom ?? "" }) : t("noLaw");
  if (regime.statutory === false) {
    return (
      <p>
        {why} {t.rich("commitments", { service: serviceName, strong })}
      </p>
    );
  }
  return (
    <p>
      {why} {t.rich(regime.id === "uk-gdpr" ? "establishedUk" : "establishedEu", { service: serviceName, law: regime.name, strong })}
    </p>
  );
}

export function LocationPreview({ regime, chosen, notes, serviceName, fallback }: Props) {
  const granted = chosen.filter((right) => regime.granted.includes(right));
  const notGranted = chosen.filter((right) => !regime.granted.includes(right));
  const t = useTranslations("wizard.preview");
  const rightLabel = useTranslations("rights");
  return (
    <div className="card stack">
      {fallback ? (
        <FallbackText regime={regime} serviceName={serviceName} pending={fallback.pending} />
      ) : (
        <p>{t.rich("protected", { law: regime.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      )}
      {granted.length > 0 ? <p>{t("asks", { rights: granted.map((right) => rightLabel(right)).join("; ") })}</p> : null}
      {notGranted.length > 0 ? (
        <p className={granted.length > 0 ? "notice warn" : "notice bad"}>
          {t("notGranted", { law: regime.shortLabel, rights: notGranted.map((right) => rightLabel(right)).join("; ") })}{" "}
          {granted.length > 0 ? t("leftOut") : t("goBack")}
        </p>
      ) : null}
      {notes.map((note) => (
        <div key={note.text} className={note.tone === "warn" ? "notice warn" : "notice"}>
          <p>
            <strong>{note.text}</strong> <Cited link={note.cited} />
          </p>
          {note.meaning ? <p>{note.meaning}</p> : null}
          {note.note ? <p className="small muted">{t("ourNote", { service: serviceName, note: note.note })}</p> : null}
        </div>
      ))}
    </div>
  );
}
