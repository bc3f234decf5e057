/** The rules every regime shares, in plain words, before the regime-by-regime tables. */
export function CountingRules() {
  return (
    <section className="stack" aria-labelledby="counting-heading">
      <h2 id="counting-heading">How the app counts</h2>
      <ul className="stack">
        <li>
          <strong>The day of receipt is day 0.</strong> A period of days starts the next day. A period of months ends on the same date in
          the later month; where that date does not exist (31 March plus one month), on the last day of that month.
        </li>
        <li>
          <strong>Weekends and public holidays move a deadline only where the law says so.</strong> Under the EU GDPR (Regulation
          1182/71, Art. 3(4)) and the UK GDPR (ICO guidance) a deadline that falls on a Saturday, Sunday or public holiday moves to
          the next working day. The US state laws and the others count calendar days and do not move it.
        </li>
        <li>
          <strong>Holidays are those of the place where the organisation must act.</strong> Give its country or region for an exact
          date; otherwise the law&apos;s usual region is assumed and the steps say so.
        </li>
        <li>
          <strong>An extension is counted from the original start</strong> (three months from receipt under the GDPR, 90 days under
          US state laws), never added to the first deadline, and only once. It counts only if the organisation told you inside the
          first period.
        </li>
        <li>
          <strong>Identity checks and questions stop the clock only where the law says so.</strong> Under the UK GDPR the month starts
          again when identity proof you were reasonably asked for arrives, and stops while the organisation waits for a clarification
          it genuinely needs (Art. 12A). In California the 45 days run from receipt however long verification takes.
        </li>
        <li>
          <strong>A deadline ends at the end of the day where the organisation is.</strong> The app stores that moment and shows the
          date.
        </li>
        <li>
          <span className="badge warn">Estimate</span> marks a rule that is unverified or the app&apos;s own reading of the law. Treat
          such a date as a guide and check the source before relying on it.
        </li>
      </ul>
    </section>
  );
}
