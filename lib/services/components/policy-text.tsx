// The policy as plain React text nodes: a third party's text is never parsed or rendered as HTML.
// The cited range is wrapped in <mark id="cited"> so a fact's link lands on its sentence.
export function PolicyText({ text, range }: { text: string; range: { start: number; end: number } | null }) {
  return (
    <pre className="card" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "inherit", fontSize: "1rem" }}>
      {range ? (
        <>
          {text.slice(0, range.start)}
          <mark id="cited" tabIndex={-1}>
            {text.slice(range.start, range.end)}
          </mark>
          {text.slice(range.end)}
        </>
      ) : (
        text
      )}
    </pre>
  );
}
