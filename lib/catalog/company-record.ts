import type { Channel, Citation, IdentityItem, ServicePage, ServiceRecord } from "@/lib/services/types";
import { RIGHT_IDS } from "@/lib/services/types";
import type { CatalogCompany, Provenance, RequiredElement } from "./schema";

// A dataset company as the wizard's service record: its contact facts, each cited to the line of
// the dataset record it comes from, and no policy facts (we keep none: the letter cites the law).

export const DATASET_VERSION = "datenanfragen";
export const DATASET_DOCUMENT_PREFIX = "datenanfragen:";

/** The record as text, one fact a line; citations point into it. */
function recordText(company: CatalogCompany) {
  let text = "";
  const cite = (label: string, value: string): Citation => {
    const line = `${label}: ${value}`;
    const start = text.length;
    text += `${line}\n`;
    return { document: `${DATASET_DOCUMENT_PREFIX}${company.slug}`, start, end: start + line.length, quote: line };
  };
  return { cite, text: () => text };
}

const ELEMENT_ITEMS: Partial<Record<RequiredElement["type"], IdentityItem>> = { name: "name", address: "postal-address", email: "account-email" };

/** Elements the details step asks as free text: customer number, date of birth… */
export function extraElements(company: CatalogCompany): RequiredElement[] {
  return company.requiredElements.filter((e) => !ELEMENT_ITEMS[e.type]).slice(0, 8);
}

export function companyRecord(company: CatalogCompany, provenance: Provenance): ServiceRecord {
  const { cite } = recordText(company);
  const entity = cite("name", company.name);
  const address = cite("address", company.address.replace(/\n/g, ", "));
  const channels: Channel[] = [];
  if (company.email)
    channels.push({
      kind: "email",
      address: company.email,
      purposes: ["privacy-requests"],
      provenance: { kind: "shown" },
      citation: cite("email", company.email),
    });
  const webform = company.webform ? cite("webform", company.webform) : null;
  if (company.webform && webform) channels.push({ kind: "web", url: company.webform, purposes: ["privacy-requests"], citation: webform });
  // Where the company takes requests only through its form, the form is the way to send, and the send step leads with it.
  const formFirst = company.webform && webform && (!company.email || company.transport === "webform");
  const selfService: ServicePage[] = formFirst
    ? [{ label: `${company.name}'s privacy request form`, url: company.webform!, rights: [...RIGHT_IDS], citation: webform }]
    : [];
  const include = company.requiredElements.flatMap((e) => {
    const item = ELEMENT_ITEMS[e.type];
    return item && item !== "name" && !e.optional
      ? [{ item, reason: `${company.name} asks for it (${e.desc}).`, citation: cite("required-elements", e.desc) }]
      : [];
  });
  const idDocument = company.needsIdDocument
    ? [{ summary: `${company.name} demands a copy of an ID document for every request.`, citation: cite("needs-id-document", "true") }]
    : [];
  return {
    serviceSlug: company.slug,
    serviceName: company.name,
    versionId: DATASET_VERSION,
    versionLabel: `Datenanfragen.de record (${company.quality}, as of ${provenance.date})`,
    documentId: `${DATASET_DOCUMENT_PREFIX}${company.slug}`,
    effectiveDate: null,
    legalEntity: { name: company.name, ...(company.web ? { url: company.web } : {}), citation: entity },
    postalAddress: { address: company.address, citation: address },
    channels,
    selfService,
    settings: [],
    rights: [],
    otherRights: [],
    applicability: [],
    timelines: [],
    howToAsk: { subjectLine: null, fromAccountEmail: null, include, instructions: [] },
    identityVerification: idDocument,
    fees: [],
    declineGrounds: [],
    supervisoryAuthorities: [],
    retention: [],
    notes: [`Contact facts from the Datenanfragen.de company database (CC0 1.0), commit ${provenance.commit.slice(0, 8)}; no policy record.`],
  };
}

/**
 * A policy record for the wizard, completed with the dataset's address and email where the policy
 * gives none (many policies offer only a web form), each cited to the dataset record it comes from.
 */
export function withDatasetContacts(policy: ServiceRecord, dataset: ServiceRecord | undefined): ServiceRecord {
  if (!dataset) return policy;
  const hasEmail = policy.channels.some((c) => c.kind === "email");
  const emails = hasEmail ? [] : dataset.channels.filter((c) => c.kind === "email");
  const address = policy.postalAddress ?? dataset.postalAddress;
  if (emails.length === 0 && address === policy.postalAddress) return policy;
  const notes = [
    ...(emails.length > 0 ? ["The policy gives no email address; the one used is from the Datenanfragen.de record."] : []),
    ...(address !== policy.postalAddress ? ["The policy gives no postal address; the one used is from the Datenanfragen.de record."] : []),
  ];
  return { ...policy, channels: [...policy.channels, ...emails], postalAddress: address, notes: [...policy.notes, ...notes] };
}
