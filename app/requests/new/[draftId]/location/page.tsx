import type { Metadata } from "next";
import { REGIME_LIST, regimeForRequester } from "@/lib/law/regimes";
import { establishmentOf } from "@/lib/requests/establishment";
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
  ...places.filter((p) => !p.code.includes("-")).map((p) => ({ code: p.code, name: regionNames.of(p.code) ?? p.code })),
  { code: "US", name: "United States" },
].sort(byName);
/** States and provinces with a law of their own: the US states, and Quebec within Canada. */
const subdivisions: Record<string, { code: string; name: string }[]> = {};
for (const p of places.filter((place) => place.code.includes("-"))) {
  const [country = "", code = ""] = p.code.split("-");
  (subdivisions[country] ??= []).push({ code, name: p.regime.shortLabel.replace(/\s*\(.*$/, "") });
}
for (const list of Object.values(subdivisions)) list.sort(byName);

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
        subdivisions={subdivisions}
        fallbackRegimeId={regimeForRequester("ZZ", establishmentOf(record), new Date().toISOString().slice(0, 10)).regime.id}
        chosen={draft.data.rights ?? []}
        notesByRegime={notesByRegime}
      />
    </WizardFrame>
  );
}
