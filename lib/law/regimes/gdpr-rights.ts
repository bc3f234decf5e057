import type { DeadlineRule, RightGrant } from "../types";

/** EU GDPR and UK GDPR grant the same rights under the same article numbers; only the prefix differs. */
export function gdprRights(law: "GDPR" | "UK GDPR", deadline: DeadlineRule): RightGrant[] {
  const grant = (right: RightGrant["right"], title: string, article: string): RightGrant => ({
    right,
    title,
    article: `${law} ${article}`,
    deadline,
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
