import type { Metadata } from "next";
import { REGIME_LIST } from "@/lib/law/regimes";
import type { RegimeId } from "@/lib/law/types";
import { citationLink } from "@/lib/requests/citation-link";
import { LocationForm } from "@/lib/requests/components/location-form";
import type { NoteView } from "@/lib/requests/components/location-preview";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { applicabilityNotes } from "@/lib/requests/service-facts";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";

export const metadata: Metadata = { title: "Step: where you live" };

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const places = REGIME_LIST.flatMap((regime) => regime.appliesTo.map((code) => ({ code, regime })));
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");
const countries = [
  ...places.filter((p) => !p.code.startsWith("US-")).map((p) => ({ code: p.code, name: regionNames.of(p.code) ?? p.code })),
  { code: "US", name: "United States" },
].sort(byName);
const states = places
  .filter((p) => p.code.startsWith("US-"))
  .map((p) => ({ code: p.code.slice(3), name: p.regime.shortLabel.split(" (")[0]?.trim() ?? p.regime.shortLabel }))
  .sort(byName);

export default async function LocationStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "location");
  const { record } = draft;
  const notesByRegime: Partial<Record<RegimeId, NoteView[]>> = {};
  for (const regime of REGIME_LIST) {
    notesByRegime[regime.id] = applicabilityNotes(record, regime).map(({ citation, ...note }) => ({ ...note, cited: citationLink(draft.serviceRef, citation) }));
  }
  return (
    <WizardFrame draftId={draft.id} serviceName={record.serviceName} data={draft.data} step="location" title="Where do you live?">
      <LocationForm
        draftId={draft.id}
        serviceName={record.serviceName}
        initial={draft.data.location ?? { country: "" }}
        countries={countries}
        states={states}
        chosen={draft.data.rights ?? []}
        notesByRegime={notesByRegime}
      />
    </WizardFrame>
  );
}
