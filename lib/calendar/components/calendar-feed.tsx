"use client";

import { useTranslations } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { useState, useTransition } from "react";
import { CopyButton } from "@/lib/requests/components/copy-button";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "../actions";
import styles from "./calendar.module.css";

/** The feed URL is shown once, right after it is made: only its hash is kept. */
export function CalendarFeed({ active }: { active: { createdAt: string } | null }) {
  const t = useTranslations("serviceForms.calendar");
  const format = useDayFormat();
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
        else setError(t("signedOut"));
      } catch (e) {
        unstable_rethrow(e);
        setError(t("failed"));
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
          <p>{t("shown")}</p>
          <p>
            <code className={styles.url}>{url}</code>
          </p>
          <CopyButton text={url} label={t("copy")} copiedLabel={t("copied")} />
        </div>
      ) : hasFeed ? (
        <p>{t("active", { date: format.long(active!.createdAt) })}</p>
      ) : (
        <p>{revoked ? t("revoked") : t("none")}</p>
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
          {hasFeed ? t("renew") : t("make")}
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
            {t("revoke")}
          </button>
        ) : null}
      </p>
    </div>
  );
}
