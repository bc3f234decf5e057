"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="page narrow stack">
      <h1>Something went wrong</h1>
      <p role="alert">The page could not be shown. Nothing you entered has been lost on our side; try again.</p>
      <button type="button" onClick={reset}>Try again</button>
    </div>
  );
}
