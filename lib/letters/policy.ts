import type { Regime, RegimeId } from "@/lib/law/types";
import { IDENTITY_LABELS, RIGHT_LABELS } from "@/lib/services/labels";
import type { LetterFacts } from "@/lib/services/letter-facts";
import type { Applicability, Citation, RegimeId as PolicyRegimeId, ServiceRecord } from "@/lib/services/types";
import { plainQuote } from "./format";
import { ENGLISH } from "./templates";
import type { DueDate, Letter, Requester } from "./types";

/** How policies name our regimes: they speak of "other US states" without saying which. */
const POLICY_REGIME: Readonly<Record<RegimeId, PolicyRegimeId | null>> = {
  "eu-gdpr": "eu-gdpr",
  "uk-gdpr": "uk-gdpr",
  ccpa: "ccpa",
  "us-va": "us-states",
  "us-co": "us-states",
  "us-ct": "us-states",
  "us-ut": "us-states",
  "us-tx": "us-states",
  "us-or": "us-states",
  "us-ia": "us-states",
  pipeda: "pipeda",
  lgpd: null,
  "ch-fadp": null,
  "us-mt": "us-states",
  "us-de": "us-states",
  "us-nh": "us-states",
  "us-nj": "us-states",
  "us-ne": "us-states",
  "us-tn": "us-states",
  "us-mn": "us-states",
  "us-md": "us-states",
  "us-in": "us-states",
  "us-ky": "us-states",
  "us-ri": "us-states",
  "ca-qc": null,
  "jp-appi": null,
  "kr-pipa": null,
  "au-privacy": null,
  "in-dpdp": null,
  commitments: null,
};

export type PolicyNotesInput = {
  record: ServiceRecord;
  regime: Regime;
  /** Facts for each right of the letter, in the letter's order. */
  facts: readonly LetterFacts[];
  requester: Requester;
  dueDates: readonly DueDate[];
};

export type PolicyNotes = Pick<Letter, "policyRequirements" | "warnings"> & {
  /** The policy's own statement that it addresses or complies with this law, for the letter to quote. */
  acknowledgement: { quote: string; citation: Citation } | null;
};

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function applicableStatements(record: ServiceRecord, regime: RegimeId): Applicability[] {
  const key = POLICY_REGIME[regime];
  return key ? record.applicability.filter((a) => a.regimes.includes(key)) : [];
}

const DISCLAIMS = { "not-governed": "is not governed by", "exempt-in-part": "is exempt in part from" } as const;
const disclaims = (a: Applicability): a is Applicability & { stance: keyof typeof DISCLAIMS } => Object.hasOwn(DISCLAIMS, a.stance);

function applicabilityWarnings(record: ServiceRecord, regime: Regime): string[] {
  return applicableStatements(record, regime.id)
    .filter(disclaims)
    .map(
      (a) =>
        `${record.serviceName} says it ${DISCLAIMS[a.stance]} the ${ENGLISH.lawName[regime.id]}: "${plainQuote(a.citation.quote)}"${a.note ? ` ${a.note}` : ""}`,
    );
}

function contactWarnings({ record, facts }: PolicyNotesInput): string[] {
  const primary = facts[0];
  const warnings: string[] = [];
  if (!primary?.email && !primary?.postalAddress)
    warnings.push("The policy gives neither an email nor a postal address for requests: find a contact before sending.");
  else if (!primary.email) warnings.push("The policy gives no email address for requests: send the letter by post.");
  const provenance = primary?.email?.provenance;
  if (provenance?.kind === "from-other-version") {
    warnings.push(
      `This version of the policy hides its address; ${primary?.email?.address} is taken from another version (${provenance.certainty}). ${provenance.note}`,
    );
  }
  if (!primary?.entity) {
    const where = record.legalEntity?.url ? ` ${record.serviceName} lists the responsible entity at ${record.legalEntity.url}.` : "";
    warnings.push(`The policy names no legal entity, so the letter is addressed to ${record.serviceName}.${where}`);
  }
  return warnings;
}

function identityNotes({ requester, facts, record }: PolicyNotesInput): Pick<Letter, "policyRequirements" | "warnings"> {
  const primary = facts[0];
  const policyRequirements: Letter["policyRequirements"] = [];
  const warnings: string[] = [];
  if (primary?.subjectLine) {
    policyRequirements.push({
      text: `The policy asks for the subject "${primary.subjectLine.value}"; the letter uses it.`,
      citation: primary.subjectLine.citation,
    });
  }
  if (primary?.sendFromAccountEmail) {
    const account = requester.accountEmail ?? requester.email;
    const differs = !sameEmail(account, requester.email);
    policyRequirements.push({
      text: `The policy asks that the request come from the email address on the account; ${differs ? "your sender address is a different one." : "the letter is sent from it."}`,
      citation: primary.sendFromAccountEmail,
    });
    if (differs)
      warnings.push(
        `${record.serviceName} asks for requests from the account's address (${account}), but the letter is sent from ${requester.email}: send it from ${account}.`,
      );
  }
  for (const id of primary?.identifiers ?? []) {
    if (id.item === "account-email" || !id.citation) continue;
    const missing = id.item === "username" && !requester.username;
    policyRequirements.push({
      text: `The policy asks for ${IDENTITY_LABELS[id.item]} (${id.reason}); ${missing ? "you have not given it." : "the letter gives it."}`,
      citation: id.citation,
    });
    if (missing) warnings.push(`${record.serviceName} asks for your username (${id.reason}); add it before sending.`);
  }
  return { policyRequirements, warnings };
}

function grantWarnings({ record, regime, facts }: PolicyNotesInput): string[] {
  const key = POLICY_REGIME[regime.id];
  return facts.flatMap((f) => {
    const listed = f.grantedBy.some((r) => r.regimes.length === 0 || (key !== null && r.regimes.includes(key)));
    const article = regime.rights.find((g) => g.right === f.right)?.article ?? regime.shortLabel;
    return listed
      ? []
      : [`${record.serviceName}'s policy does not list "${RIGHT_LABELS[f.right]}" for ${regime.shortLabel}; ${article} grants it all the same.`];
  });
}

/** What the policy asks of a request and what the user should know before sending, each cited. */
export function policyNotes(input: PolicyNotesInput): PolicyNotes {
  const identity = identityNotes(input);
  const policyRequirements = [...identity.policyRequirements];
  for (const due of input.dueDates) {
    if (due.policyPromise)
      policyRequirements.push({
        text: `The policy promises an answer by ${due.policyPromise.respondBy} for "${RIGHT_LABELS[due.right]}"; the letter holds it to that date.`,
        citation: due.policyPromise.citation,
      });
  }
  for (const instruction of input.record.howToAsk.instructions) policyRequirements.push({ text: instruction.summary, citation: instruction.citation });

  // Quoted only where the policy does not also disclaim the law, and only a sentence, not a heading.
  const statements = applicableStatements(input.record, input.regime.id);
  const statement = statements.some(disclaims)
    ? undefined
    : statements.find((a) => (a.stance === "addresses" || a.stance === "complies") && !a.citation.quote.trimStart().startsWith("**"));
  return {
    policyRequirements,
    warnings: [...applicabilityWarnings(input.record, input.regime), ...contactWarnings(input), ...identity.warnings, ...grantWarnings(input)],
    acknowledgement: statement ? { quote: plainQuote(statement.citation.quote), citation: statement.citation } : null,
  };
}
