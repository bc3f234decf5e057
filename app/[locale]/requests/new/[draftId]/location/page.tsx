import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { COUNTRY_OPTIONS, SUBDIVISIONS } from "@/lib/law/places";
import { REGIME_LIST, regimeForRequester } from "@/lib/law/regimes";
import { establishmentOf } from "@/lib/requests/establishment";
import type { RegimeId } from "@/lib/law/types";
import { citationLink } from "@/lib/requests/citation-link";
import { LocationForm } from "@/lib/requests/components/location-form";
import type { NoteView } from "@/lib/requests/components/location-preview";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { applicabilityNotes } from "@/lib/requests/service-facts";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.location"))("meta") };
}

export default async function LocationStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "location");
  const { record } = draft;
  const t = await getTranslations("wizard.location");
  const notesByRegime: Partial<Record<RegimeId, NoteView[]>> = {};
  for (const regime of REGIME_LIST) {
    notesByRegime[regime.id] = applicabilityNotes(record, regime).map(({ citation, ...note }) => ({
      ...note,
      cited: citationLink(draft.serviceRef, citation),
    }));
  }
  return (
    <WizardFrame draftId={draft.id} serviceName={record.serviceName} data={draft.data} step="location" title={t("title")}>
      <LocationForm
        draftId={draft.id}
        serviceName={record.serviceName}
        initial={draft.data.location ?? { country: "" }}
        countries={COUNTRY_OPTIONS}
        subdivisions={SUBDIVISIONS}
        fallbackRegimeId={regimeForRequester("ZZ", establishmentOf(record), new Date().toISOString().slice(0, 10)).regime.id}
        chosen={draft.data.rights ?? []}
        notesByRegime={notesByRegime}
      />
    </WizardFrame>
  );
}
