import { policyDisplayText } from "../display-text";

// The policy as plain React text nodes: a third party's text is never parsed or rendered as HTML.
// The cited range is wrapped in <mark id="cited"> so a fact's link lands on its sentence. The
// stored text keeps its Markdown and mis-decodings (citations are offsets into it): each part is
// repaired for display on its own, so the offsets still mark the same words.
export function PolicyText({ text, range }: { text: string; range: { start: number; end: number } | null }) {
  return (
    <pre className="card" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "inherit", fontSize: "1rem" }}>
      {range ? (
        <>
          {policyDisplayText(text.slice(0, range.start))}
          <mark id="cited" tabIndex={-1}>
            {policyDisplayText(text.slice(range.start, range.end))}
          </mark>
          {policyDisplayText(text.slice(range.end))}
        </>
      ) : (
        policyDisplayText(text)
      )}
    </pre>
  );
}
