import type { CitationLink } from "../citation-link";

/** The policy's own words, linking to them marked in the policy text. */
export function Cited({ link }: { link: CitationLink | null }) {
  if (!link) return null;
  return link.href ? (
    <a href={link.href} className="small">
      <q>{link.quote}</q>
    </a>
  ) : (
    <q className="small">{link.quote}</q>
  );
}
