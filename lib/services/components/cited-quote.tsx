import { policyDisplayText } from "../display-text";
import { excerpt } from "../labels";
import { citationHref } from "../links";
import type { Citation } from "../types";

/** A fact's source: the policy's own words, linking to them highlighted in the policy text. */
export function CitedQuote({ citation, max, focus }: { citation: Citation; max?: number; focus?: readonly string[] }) {
  return (
    <a href={citationHref(citation)} className="small">
      <q>{excerpt(policyDisplayText(citation.quote), max, focus)}</q>
    </a>
  );
}

export function CitedStatements({ items, empty }: { items: { summary: string; citation: Citation }[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={`${item.citation.start}-${item.summary}`}>
          {item.summary} <CitedQuote citation={item.citation} />
        </li>
      ))}
    </ul>
  );
}
