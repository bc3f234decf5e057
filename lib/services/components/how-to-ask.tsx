import { IDENTITY_LABELS } from "../labels";
import type { ServiceRecord } from "../types";
import { CitedQuote, CitedStatements } from "./cited-quote";

export function HowToAsk({ record }: { record: ServiceRecord }) {
  const { howToAsk } = record;
  const said = howToAsk.subjectLine || howToAsk.fromAccountEmail || howToAsk.include.length > 0 || howToAsk.instructions.length > 0;
  return (
    <>
      {said ? (
        <ul className="stack">
          {howToAsk.instructions.map((i) => (
            <li key={`i-${i.citation.start}-${i.summary}`}>
              {i.summary} <CitedQuote citation={i.citation} />
            </li>
          ))}
          {howToAsk.subjectLine ? (
            <li>
              Subject line: <strong>{howToAsk.subjectLine.value}</strong> <CitedQuote citation={howToAsk.subjectLine.citation} />
            </li>
          ) : null}
          {howToAsk.fromAccountEmail ? (
            <li>
              Send it from the email address of your account. <CitedQuote citation={howToAsk.fromAccountEmail} />
            </li>
          ) : null}
          {howToAsk.include.map((inc) => (
            <li key={inc.item}>
              Include {IDENTITY_LABELS[inc.item]} ({inc.reason}). <CitedQuote citation={inc.citation} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">This version does not say how to make a request.</p>
      )}
      <h3>Identity checks</h3>
      <CitedStatements items={record.identityVerification} empty="Not described in this version." />
      <h3>Fees</h3>
      <CitedStatements items={record.fees} empty="No fee is mentioned." />
      <h3>When it may refuse</h3>
      <CitedStatements items={record.declineGrounds} empty="No grounds for refusing are listed." />
    </>
  );
}
