import { policyDisplayText } from "../../display-text";
import { excerpt } from "../../labels";
import type { Citation } from "../../types";
import { customCitationHref } from "../links";

/** The words a fact came from, linking to them marked in the text the user saved. */
export function CitedLink({ serviceId, citation, max }: { serviceId: string; citation: Citation; max?: number }) {
  return (
    <a href={customCitationHref(serviceId, citation)} className="small">
      <q>{excerpt(policyDisplayText(citation.quote), max)}</q>
    </a>
  );
}
