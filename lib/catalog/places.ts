import { REGIME_LIST } from "@/lib/law/regimes";

// The places the wizard's location step offers, for the bulk form: countries, and US states with a law.

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const places = REGIME_LIST.flatMap((regime) => regime.appliesTo.map((code) => ({ code, regime })));
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

export const COUNTRY_OPTIONS = [
  ...places.filter((p) => !p.code.startsWith("US-")).map((p) => ({ code: p.code, name: regionNames.of(p.code) ?? p.code })),
  { code: "US", name: "United States" },
].sort(byName);

export const STATE_OPTIONS = places
  .filter((p) => p.code.startsWith("US-"))
  .map((p) => ({ code: p.code.slice(3), name: p.regime.shortLabel.split(" (")[0]?.trim() ?? p.regime.shortLabel }))
  .sort(byName);
