import { RIGHT_LABELS } from "@/lib/law/labels";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RightId } from "@/lib/law/types";

export function rightsLabel(rights: readonly string[]): string {
  return rights.map((right) => RIGHT_LABELS[right as RightId] ?? right).join("; ");
}

export function regimeLabel(regime: string): string {
  return isRegimeId(regime) ? REGIMES[regime].shortLabel : regime;
}
