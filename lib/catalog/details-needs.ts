import type { ServiceRecord } from "@/lib/services/types";
import { findCompany } from "./companies";
import { DATASET_DOCUMENT_PREFIX, extraElements } from "./company-record";

/** Whether the dataset says the company demands an ID document for every request. */
export function demandsIdDocument(record: ServiceRecord): boolean {
  return record.documentId.startsWith(DATASET_DOCUMENT_PREFIX) && findCompany(record.serviceSlug)?.contact?.needsIdDocument === true;
}

/** What a dataset company says it needs beyond name, address and email: customer number, date of birth… */
export function companyDetailsNeeds(record: ServiceRecord): { label: string; kind: "text" | "date"; optional: boolean }[] {
  if (!record.documentId.startsWith(DATASET_DOCUMENT_PREFIX)) return [];
  const company = findCompany(record.serviceSlug)?.contact;
  return company
    ? extraElements(company).map((e) => ({ label: e.desc.slice(0, 100), kind: e.type === "birthdate" ? "date" : "text", optional: e.optional }))
    : [];
}
