import { REGIME_LIST } from "./regimes";

// The places the wizard and the bulk form offer: every country a modelled law applies to, and the
// states and provinces with a law of their own (the US states, Quebec within Canada).
export type PlaceOption = { code: string; name: string };

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const places = REGIME_LIST.flatMap((regime) => regime.appliesTo.map((code) => ({ code, regime })));
const byName = (a: PlaceOption, b: PlaceOption) => a.name.localeCompare(b.name, "en");

export const COUNTRY_OPTIONS: PlaceOption[] = [
  ...places.filter((p) => !p.code.includes("-")).map((p) => ({ code: p.code, name: regionNames.of(p.code) ?? p.code })),
  { code: "US", name: "United States" },
].sort(byName);

export const SUBDIVISIONS: Record<string, PlaceOption[]> = {};
for (const p of places.filter((place) => place.code.includes("-"))) {
  const [country = "", code = ""] = p.code.split("-");
  (SUBDIVISIONS[country] ??= []).push({ code, name: p.regime.shortLabel.split(" (")[0]?.trim() ?? p.regime.shortLabel });
}
for (const list of Object.values(SUBDIVISIONS)) list.sort(byName);
