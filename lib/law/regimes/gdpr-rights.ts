import type { DeadlineRule, RightGrant, RightId } from "../types";

export interface GdprVariant {
  /** A right whose clock differs (the UK's access-only clarification pause). */
  deadlines?: Partial<Record<RightId, DeadlineRule>>;
  /** Where this law numbers a right differently (the UK's Arts. 22A–22D). */
  articles?: Partial<Record<RightId, string>>;
  titles?: Partial<Record<RightId, string>>;
}

/** EU GDPR and UK GDPR grant the same rights under mostly the same article numbers; the prefix differs. */
export function gdprRights(law: "GDPR" | "UK GDPR", deadline: DeadlineRule, variant: GdprVariant = {}): RightGrant[] {
  const grant = (right: RightId, title: string, article: string): RightGrant => ({
    right,
    title: variant.titles?.[right] ?? title,
    article: `${law} ${variant.articles?.[right] ?? article}`,
    deadline: variant.deadlines?.[right] ?? deadline,
  });
  return [
    grant("access", "Right of access by the data subject", "Art. 15"),
    grant("correction", "Right to rectification", "Art. 16"),
    grant("deletion", "Right to erasure ('right to be forgotten')", "Art. 17"),
    grant("restriction", "Right to restriction of processing", "Art. 18"),
    grant("portability", "Right to data portability", "Art. 20"),
    grant("objection", "Right to object", "Art. 21"),
    grant("automated-decision", "Right not to be subject to a decision based solely on automated processing", "Art. 22"),
  ];
}
