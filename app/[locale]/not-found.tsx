import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page narrow stack">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be incomplete.</p>
      <p><Link href="/">Go to the home page</Link></p>
    </div>
  );
}
