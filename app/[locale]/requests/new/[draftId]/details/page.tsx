import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { demandsIdDocument } from "@/lib/catalog/details-needs";
import { IdDocumentAdvice } from "@/lib/catalog/components/id-document-advice";
import { citationLink } from "@/lib/requests/citation-link";
import { Cited } from "@/lib/requests/components/cited";
import { DetailsForm } from "@/lib/requests/components/details-form";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { loadSavedIdentity } from "@/lib/requests/data";
import { maskIdentity } from "@/lib/requests/mask";
import { detailsFacts } from "@/lib/requests/service-facts";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";
import { effectiveRights } from "@/lib/requests/wizard-steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.details"))("meta") };
}

export default async function DetailsStepPage({ params }: { params: StepParams }) {
  const { userId, draft } = await loadStepDraft(params, "details");
  const { record, serviceRef } = draft;
  const t = await getTranslations("wizard.details");
  const facts = detailsFacts(record, effectiveRights(draft.data));
  const saved = await loadSavedIdentity(userId);
  const { name, email, postalAddress, accountEmail, username, otherIdentifiers } = draft.data.details ?? {};
  const other = (facts.needs.extra ?? []).map((extra) => otherIdentifiers?.find((o) => o.label === extra.label)?.value ?? "");
  const asks = [
    ...facts.reasons.map((r) => ({ key: r.item, text: r.reason, link: citationLink(serviceRef, r.citation) })),
    ...facts.identityChecks.map((c) => ({ key: `id-${c.citation.start}`, text: c.summary, link: citationLink(serviceRef, c.citation) })),
  ];
  return (
    <WizardFrame draftId={draft.id} serviceName={record.serviceName} data={draft.data} step="details" title={t("title")}>
      <p>{t("intro", { service: record.serviceName })}</p>
      {asks.length > 0 ? (
        <div className="notice">
          <p>
            <strong>{t("policySays", { service: record.serviceName })}</strong>
          </p>
          <ul>
            {asks.map((ask) => (
              <li key={ask.key}>
                {ask.text} <Cited link={ask.link} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {demandsIdDocument(record) ? <IdDocumentAdvice company={record.serviceName} /> : null}
      <DetailsForm
        draftId={draft.id}
        serviceName={record.serviceName}
        needs={facts.needs}
        saved={saved ? maskIdentity(saved) : null}
        initial={{ name, email, postalAddress, accountEmail, username, other }}
      />
    </WizardFrame>
  );
}
