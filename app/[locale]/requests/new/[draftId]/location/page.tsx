import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { COUNTRY_OPTIONS, SUBDIVISIONS } from "@/lib/law/places";
import { notYetInForce, REGIME_LIST, regimeForRequester } from "@/lib/law/regimes";
import { establishmentOf } from "@/lib/requests/establishment";
import type { RegimeId } from "@/lib/law/types";
import { citationLink } from "@/lib/requests/citation-link";
import { LocationForm } from "@/lib/requests/components/location-form";
import type { NoteView, PlaceRegimes } from "@/lib/requests/components/location-preview";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { applicabilityNotes } from "@/lib/requests/service-facts";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";
import { grantedRights } from "@/lib/requests/wizard-steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.location"))("meta") };
}

export default async function LocationStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "location");
  const { record } = draft;
  const t = await getTranslations("wizard.location");
  const notesByRegime: Partial<Record<RegimeId, NoteView[]>> = {};
  const today = new Date().toISOString().slice(0, 10);
  // The preview's view of every law, so the browser needs no regime data of its own.
  const places: PlaceRegimes = { regimes: {}, byPlace: {} };
  for (const regime of REGIME_LIST) {
    const { id, name, shortLabel, statutory, inForceFrom } = regime;
    places.regimes[id] = { id, name, shortLabel, statutory, inForceFrom, granted: grantedRights(regime, today), pending: notYetInForce(regime, today) };
    for (const code of regime.appliesTo) places.byPlace[code] ??= id;
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
        places={places}
      />
    </WizardFrame>
  );
}
