import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DraftSummary } from "../data";
import { stepHref } from "../wizard-steps";
import { DiscardDraftButton } from "./discard-draft-button";

export function DraftList({ drafts }: { drafts: DraftSummary[] }) {
  const t = useTranslations("wizard.drafts");
  const label = useTranslations("wizard.steps");
  const format = useFormatter();
  if (drafts.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t("title")}</h2>
      <ul className="stack">
        {drafts.map((draft) => (
          <li key={draft.id} className="row">
            <Link href={stepHref(draft.id, draft.step)}>{t("continue", { service: draft.serviceName, step: label(draft.step) })}</Link>
            <span className="small muted">
              {t("saved", { at: format.dateTime(draft.updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) })}
            </span>
            <DiscardDraftButton draftId={draft.id} label={t("discard", { service: draft.serviceName })} />
          </li>
        ))}
      </ul>
      <p className="small muted">{t("kept")}</p>
    </section>
  );
}
