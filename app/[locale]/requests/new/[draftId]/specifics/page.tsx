import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SpecificsForm } from "@/lib/requests/components/specifics-form";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";
import { effectiveRights } from "@/lib/requests/wizard-steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.specifics"))("meta") };
}

export default async function SpecificsStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "specifics");
  const t = await getTranslations("wizard.specifics");
  return (
    <WizardFrame draftId={draft.id} serviceName={draft.record.serviceName} data={draft.data} step="specifics" title={t("title")}>
      <SpecificsForm draftId={draft.id} serviceName={draft.record.serviceName} rights={effectiveRights(draft.data)} initial={draft.data.specifics ?? {}} />
    </WizardFrame>
  );
}
