"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import { CopyButton } from "@/lib/requests/components/copy-button";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "../actions";
import styles from "./calendar.module.css";

/** The feed URL is shown once, right after it is made: only its hash is kept. */
export function CalendarFeed({ active }: { active: { createdAt: string } | null }) {
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: true; url: string | null } | { ok: false }>, after: (url: string | null) => void) =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await action();
        if (result.ok) after(result.url);
        else setError("You have been signed out: sign in again.");
      } catch (e) {
        unstable_rethrow(e);
        setError("That did not work. Please try again.");
      }
    });
  const hasFeed = url !== null || (active !== null && !revoked);

  return (
    <div className="stack">
      {error ? (
        <p className="notice bad" role="alert">
          {error}
        </p>
      ) : null}
      {url ? (
        <div className="notice ok stack" role="status">
          <p>
            Your calendar link. Add it to your calendar app as a subscription (“From URL”). Keep it private: anyone with the link sees your deadlines. It is
            shown only now.
          </p>
          <p>
            <code className={styles.url}>{url}</code>
          </p>
          <CopyButton text={url} label="Copy the link" copiedLabel="Link copied" />
        </div>
      ) : hasFeed ? (
        <p>
          You have a calendar link, made on {new Date(active!.createdAt).toLocaleDateString("en-GB", { dateStyle: "long" })}. Make a new one if you lost it; the
          old one then stops working.
        </p>
      ) : (
        <p>{revoked ? "The link no longer works." : "You have no calendar link."}</p>
      )}
      <p className="row">
        <button
          type="button"
          className={hasFeed ? "secondary" : undefined}
          disabled={pending}
          onClick={() =>
            run(createCalendarFeedAction, (u) => {
              setUrl(u);
              setRevoked(false);
            })
          }
        >
          {hasFeed ? "Make a new link" : "Make a calendar link"}
        </button>
        {hasFeed ? (
          <button
            type="button"
            className="danger"
            disabled={pending}
            onClick={() =>
              run(revokeCalendarFeedAction, () => {
                setUrl(null);
                setRevoked(true);
              })
            }
          >
            Turn the link off
          </button>
        ) : null}
      </p>
    </div>
  );
}
