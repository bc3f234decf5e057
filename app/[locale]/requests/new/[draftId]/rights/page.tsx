import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RightsForm } from "@/lib/requests/components/rights-form";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { selfServicePages } from "@/lib/requests/service-facts";
import { WIZARD_RIGHTS } from "@/lib/requests/schema";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.rights"))("meta") };
}

export default async function RightsStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "rights");
  const { record } = draft;
  const t = await getTranslations("wizard.rights");
  const links = selfServicePages(record, WIZARD_RIGHTS).linked.map(({ label, url, rights }) => ({ label, url, rights }));
  return (
    <WizardFrame draftId={draft.id} serviceName={record.serviceName} data={draft.data} step="rights" title={t("title")}>
      <RightsForm
        draftId={draft.id}
        serviceName={record.serviceName}
        initial={draft.data.rights ?? []}
        inPolicy={[...new Set(record.rights.map((r) => r.right))]}
        selfService={links}
      />
    </WizardFrame>
  );
}
