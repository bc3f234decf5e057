import type { Metadata } from "next";
import { SpecificsForm } from "@/lib/requests/components/specifics-form";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";
import { effectiveRights } from "@/lib/requests/wizard-steps";

export const metadata: Metadata = { title: "Step: specifics" };

export default async function SpecificsStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "specifics");
  return (
    <WizardFrame draftId={draft.id} serviceName={draft.record.serviceName} data={draft.data} step="specifics" title="The specifics">
      <SpecificsForm draftId={draft.id} serviceName={draft.record.serviceName} rights={effectiveRights(draft.data)} initial={draft.data.specifics ?? {}} />
    </WizardFrame>
  );
}
