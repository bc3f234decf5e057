import Link from "next/link";
import type { DraftSummary } from "../data";
import { STEP_LABELS, stepHref } from "../wizard-steps";
import { DiscardDraftButton } from "./discard-draft-button";

const updated = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function DraftList({ drafts }: { drafts: DraftSummary[] }) {
  if (drafts.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Resume your draft</h2>
      <ul className="stack">
        {drafts.map((draft) => (
          <li key={draft.id} className="row">
            <Link href={stepHref(draft.id, draft.step)}>
              {draft.serviceName}: continue at “{STEP_LABELS[draft.step]}”
            </Link>
            <span className="small muted">saved {updated.format(draft.updatedAt)} UTC</span>
            <DiscardDraftButton draftId={draft.id} label={`Discard the draft to ${draft.serviceName}`} />
          </li>
        ))}
      </ul>
      <p className="small muted">Drafts keep the details you typed until you send or discard them, and at most 30 days.</p>
    </section>
  );
}
