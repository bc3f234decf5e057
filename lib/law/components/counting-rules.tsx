/** The rules every regime shares, in plain words, before the regime-by-regime tables. */
export function CountingRules() {
  return (
    <section className="stack" aria-labelledby="counting-heading">
      <h2 id="counting-heading">How the app counts</h2>
      <ul className="stack">
        <li>
          <strong>The day of receipt is day 0.</strong> A period of days starts the next day. A period of months ends on the same date in the later month; where
          that date does not exist (31 March plus one month), on the last day of that month.
        </li>
        <li>
          <strong>A deadline that ends on a day off moves where that jurisdiction&apos;s general rule on counting time moves it, and only there.</strong> Each
          law below says which rule governs: Regulation 1182/71 Art. 3(4) for the EU, the ICO&apos;s guidance for the UK, California Civil Code §§ 7, 9, 10 and
          12, Canada&apos;s and Quebec&apos;s Interpretation Acts, Brazil&apos;s Código Civil art. 132, Switzerland&apos;s OR Art. 78 with the federal act on
          Saturdays, Japan&apos;s and Korea&apos;s Civil Codes, and each US state&apos;s statutory-construction act (Colorado, Texas, Oregon, Iowa, Montana,
          Tennessee, Minnesota, Kentucky move it; Virginia&apos;s rule moves only court deadlines, so there the date stays).
        </li>
        <li>
          <strong>What counts as a day off differs.</strong> In California, Canada, Quebec and Utah the law names Sunday and the listed holidays, and a Saturday
          is a business day, so a deadline on a Saturday stays. Elsewhere both weekend days move it.
        </li>
        <li>
          <strong>Each jurisdiction&apos;s own list of holidays counts.</strong> Where the usual holiday data differs from the statute, the app uses the
          statute: California&apos;s Government Code § 6700 (Lincoln Day, Admission Day, Native American Day and Columbus Day count; the day after Thanksgiving
          does not), the federal Interpretation Act s. 35 (Victoria Day, Thanksgiving, Remembrance Day), Quebec&apos;s s. 61(23), Brazil&apos;s national
          holidays, Montana&apos;s § 1-1-216 and Korea&apos;s three-day Seollal and Chuseok.
        </li>
        <li>
          <strong>Holidays are those of the place where the organisation must act.</strong> For an EU law that is the member state of the controller&apos;s
          establishment (Netflix International B.V. in Amsterdam: Dutch holidays). Give its country or region for an exact date; otherwise the law&apos;s usual
          region is assumed and the steps say so.
        </li>
        <li>
          <strong>An extension is counted from the original start</strong> (three months from receipt under the GDPR, 90 days under US state laws), never added
          to the first deadline, and only once. It counts only if the organisation told you inside the first period.
        </li>
        <li>
          <strong>Identity checks and questions stop the clock only where the law says so.</strong> Under the UK GDPR the month starts again when identity proof
          you were reasonably asked for arrives. For an access request only, the days from the day the organisation asks for a clarification it needs to the day
          it gets the answer, both included, do not count (Art. 12A, as inserted by the Data (Use and Access) Act 2025). In California the 45 days run from
          receipt however long verification takes.
        </li>
        <li>
          <strong>Where no law RightsDesk knows protects you, you still get a letter.</strong> If the company is established in the EU or the UK, the GDPR
          applies to it wherever you live (Art. 3(1)). Otherwise the letter relies on the company&apos;s own privacy policy and asks for an answer within 30
          days, saying plainly that no statutory deadline backs it.
        </li>
        <li>
          <strong>A right not yet in force has no deadline.</strong> India&apos;s rights under the DPDP Act take effect in May 2027, Utah&apos;s right to
          correct on 1 July 2026; for an earlier date the calculator says so instead of giving a date.
        </li>
        <li>
          <strong>A deadline ends at the end of the day where the organisation is.</strong> The app stores that moment and shows the date.
        </li>
        <li>
          <span className="badge warn">Estimate</span> marks a rule that is unverified or the app&apos;s own reading of the law. Treat such a date as a guide
          and check the source before relying on it.
        </li>
      </ul>
    </section>
  );
}
