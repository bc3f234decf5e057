import Link from "next/link";

export default function HomePage() {
  return (
    <div className="page stack">
      <h1>Ask any company for your data, and get an answer on time</h1>
      <p>
        The GDPR, the UK GDPR, the CCPA and similar laws give you the right to a copy of the data a company holds
        about you, to have it deleted or corrected, and to take it elsewhere. RightsDesk writes the request for you,
        citing the law and the company's own privacy policy, and keeps track of the date by which it must answer.
      </p>
      <p className="row">
        <Link className="button" href="/requests/new">Start a request</Link>
        <Link className="button secondary" href="/services">Browse services</Link>
        <Link className="button secondary" href="/deadlines">How deadlines are counted</Link>
      </p>
      <ul className="grid">
        <li className="card">
          <h2>A letter that cites the rules</h2>
          <p>Pick a service and what you want. The letter names the articles that give you the right, what the service's own policy promises, and the date the answer is due.</p>
        </li>
        <li className="card">
          <h2>Every fact has a source</h2>
          <p>What we say about a service, an address, a right, a promised timeline, links to the sentence of its privacy policy it comes from.</p>
        </li>
        <li className="card">
          <h2>Deadlines to the day</h2>
          <p>Counted the way each law counts them, with weekends, public holidays and extensions, and a reminder before the date and once it has passed.</p>
        </li>
      </ul>
    </div>
  );
}
