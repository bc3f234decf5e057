import type { StoredDetails } from "./draft-data";

type Correction = { field: string; currentValue: string; correctValue: string };

const same = (a: string | undefined, b: string | undefined) => Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/**
 * Where a correction would make the letter name the account by the value it asks to set: the
 * company knows the account by the old one and cannot find it. Returns one sentence per clash.
 */
export function identityClashes(details: StoredDetails | undefined, corrections: readonly Correction[] | undefined, serviceName: string): string[] {
  if (!details || !corrections) return [];
  const identifiers = [
    { label: "the account's email address", value: details.accountEmail ?? details.email },
    { label: "your username", value: details.username },
    ...(details.otherIdentifiers ?? []).map((other) => ({ label: other.label, value: other.value })),
  ];
  return corrections.flatMap((item) =>
    identifiers
      .filter((id) => same(id.value, item.correctValue) && !same(item.currentValue, item.correctValue))
      .map(
        (id) =>
          `The letter finds your account by ${id.label}, ${id.value}: that is the new value you ask ${serviceName} to set for “${item.field}”. ` +
          `${serviceName} knows the account by the old one${item.currentValue.trim() ? ` (${item.currentValue.trim()})` : ""}: give that in your details, so it can find you.`,
      ),
  );
}
