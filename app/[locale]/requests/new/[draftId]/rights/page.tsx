import type { Metadata } from "next";
import { RightsForm } from "@/lib/requests/components/rights-form";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { selfServicePages } from "@/lib/requests/service-facts";
import { WIZARD_RIGHTS } from "@/lib/requests/schema";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";

export const metadata: Metadata = { title: "Step: what you want" };

export default async function RightsStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "rights");
  const { record } = draft;
  const links = selfServicePages(record, WIZARD_RIGHTS).linked.map(({ label, url, rights }) => ({ label, url, rights }));
  return (
    <WizardFrame draftId={draft.id} serviceName={record.serviceName} data={draft.data} step="rights" title="What do you want?">
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
