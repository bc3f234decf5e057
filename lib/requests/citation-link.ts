import { DATASET_DOCUMENT_PREFIX } from "@/lib/catalog/company-record";
import { findDocument } from "@/lib/services/documents/documents";
import { customCitationHref } from "@/lib/services/custom/links";
import { repairMojibake } from "@/lib/services/display-text";
import { excerpt } from "@/lib/services/labels";
import { citationHref } from "@/lib/services/links";
import type { Citation } from "@/lib/services/types";
import type { ServiceRef } from "./service-ref";

export type CitationLink = { quote: string; href: string | null };

/** Where a fact's words can be read: the catalogue policy page, or the user's saved policy text. */
export function citationLink(ref: ServiceRef, citation: Citation | null | undefined, max = 140): CitationLink | null {
  if (!citation) return null;
  // Captures keep the policy's Markdown ("**Heading**", "[text](url)"); a quote reads without it.
  const plain = repairMojibake(citation.quote)
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1")
    .replace(/\*\*|__/g, "");
  const quote = excerpt(plain, max);
  if (ref.kind === "custom") return { quote, href: customCitationHref(ref.id, citation) };
  if (citation.document.startsWith(DATASET_DOCUMENT_PREFIX)) return { quote, href: `/services/${encodeURIComponent(ref.slug)}#source` };
  return { quote, href: findDocument(citation.document) ? citationHref(citation) : null };
}
