"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

const RETRIES = 3;
const DELAY_SECONDS = 5;

// Most failures here are passing (a database taking over from another process): the page tries
// again by itself a few times, and says so, before it asks the person to.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const router = useRouter();
  const [tries, setTries] = useState(0);
  const [seconds, setSeconds] = useState(DELAY_SECONDS);
  const retrying = tries < RETRIES;

  const retry = () => {
    startTransition(() => {
      router.refresh();
      reset();
    });
  };

  useEffect(() => {
    if (!retrying) return;
    if (seconds === 0) {
      setTries((n) => n + 1);
      setSeconds(DELAY_SECONDS);
      retry();
      return;
    }
    const timer = setTimeout(() => setSeconds((s) => s - 1), 1_000);
    return () => clearTimeout(timer);
  });

  return (
    <div className="page narrow stack">
      <h1>This page is not available right now</h1>
      <p role="alert">
        The page could not be shown. Nothing you entered has been lost on our side.{" "}
        {retrying ? `Trying again in ${seconds} s…` : "Please try again in a minute."}
      </p>
      <button type="button" onClick={retry}>
        Try again now
      </button>
    </div>
  );
}
