import { regimeForRequester } from "@/lib/law/regimes";
import type { Regime, RightId } from "@/lib/law/types";
import type { DraftData } from "./draft-data";
import { locationCode, WIZARD_RIGHTS } from "./schema";

export const STEPS = ["rights", "location", "details", "specifics", "review", "send"] as const;
export type StepId = (typeof STEPS)[number];

export function isStepId(value: string): value is StepId {
  return (STEPS as readonly string[]).includes(value);
}

/** Rights that need more than a yes: what to correct, what to delete, in which format. */
export const SPECIFIC_RIGHTS = ["correction", "deletion", "portability", "objection"] as const satisfies readonly RightId[];

/** Never none once the location is known: the local law, else the GDPR by establishment, else the service's commitments. */
export function regimeOf(data: DraftData, on = new Date().toISOString().slice(0, 10)): Regime | undefined {
  return data.location ? regimeForRequester(locationCode(data.location), data.location.establishment, data.letterDate ?? on).regime : undefined;
}

/** Rights a regime grants today that a first letter can ask for (an appeal answers a refusal). */
export function grantedRights(regime: Regime, on = new Date().toISOString().slice(0, 10)): RightId[] {
  return regime.rights
    .filter((grant) => !grant.inForceFrom || grant.inForceFrom <= on)
    .map((grant) => grant.right)
    .filter((right) => (WIZARD_RIGHTS as RightId[]).includes(right));
}

/** The chosen rights the regime grants, and the ones it does not (left out of the letter). */
export function splitRights(chosen: readonly RightId[], regime: Regime | undefined): { granted: RightId[]; notGranted: RightId[] } {
  if (!regime) return { granted: [...chosen], notGranted: [] };
  const offered = grantedRights(regime);
  return { granted: chosen.filter((r) => offered.includes(r)), notGranted: chosen.filter((r) => !offered.includes(r)) };
}

/** What the letter asks for: the chosen rights, less those the user's law does not grant. */
export function effectiveRights(data: DraftData): RightId[] {
  return splitRights(data.rights ?? [], regimeOf(data)).granted;
}

export function specificsNeeded(rights: readonly RightId[]): boolean {
  return SPECIFIC_RIGHTS.some((right) => rights.includes(right));
}

export function stepsFor(data: DraftData): StepId[] {
  return STEPS.filter((step) => step !== "specifics" || specificsNeeded(effectiveRights(data)));
}

function isComplete(data: DraftData, step: StepId): boolean {
  switch (step) {
    case "rights":
      return (data.rights?.length ?? 0) > 0;
    case "location":
      return regimeOf(data) !== undefined && effectiveRights(data).length > 0;
    case "details":
      return data.details !== undefined;
    case "specifics":
      return effectiveRights(data).every(
        (right) => !(SPECIFIC_RIGHTS as readonly RightId[]).includes(right) || data.specifics?.[right as (typeof SPECIFIC_RIGHTS)[number]] !== undefined,
      );
    case "review":
      return data.letterDate !== undefined && data.language !== undefined;
    case "send":
      return false;
  }
}

/** The step to resume at: the first one not yet answered. */
export function firstIncompleteStep(data: DraftData): StepId {
  return stepsFor(data).find((step) => !isComplete(data, step)) ?? "send";
}

/** A step can be visited once every step before it is answered; this also keeps URLs honest. */
export function canVisit(data: DraftData, step: StepId): boolean {
  const steps = stepsFor(data);
  const index = steps.indexOf(step);
  return index !== -1 && index <= steps.indexOf(firstIncompleteStep(data));
}

export function nextStep(data: DraftData, step: StepId): StepId | null {
  const steps = stepsFor(data);
  return steps[steps.indexOf(step) + 1] ?? null;
}

export function previousStep(data: DraftData, step: StepId): StepId | null {
  const steps = stepsFor(data);
  const index = steps.indexOf(step);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}

export function stepHref(draftId: string, step: StepId): string {
  return `/requests/new/${encodeURIComponent(draftId)}/${step}`;
}
