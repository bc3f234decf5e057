"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useCallback, useEffect, useState } from "react";

const RETRIES = 3;
const DELAY_SECONDS = 5;

// Most failures here are passing (a database taking over from another process): the page tries
// again by itself a few times, and says so, before it asks the person to.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.error");
  const router = useRouter();
  const [tries, setTries] = useState(0);
  const [seconds, setSeconds] = useState(DELAY_SECONDS);
  const retrying = tries < RETRIES;

  const retry = useCallback(() => {
    startTransition(() => {
      router.refresh();
      reset();
    });
  }, [router, reset]);

  // State changes only when the timer fires: one tick a second, a retry when the count reaches zero.
  useEffect(() => {
    if (!retrying) return;
    const timer = setTimeout(() => {
      if (seconds > 1) return setSeconds(seconds - 1);
      setTries((n) => n + 1);
      setSeconds(DELAY_SECONDS);
      retry();
    }, 1_000);
    return () => clearTimeout(timer);
  }, [retrying, seconds, retry]);

  return (
    <div className="page narrow stack">
      <h1>{t("title")}</h1>
      <p role="alert">
        {t("body")} {retrying ? t("retrying", { seconds }) : t("later")}
      </p>
      <button type="button" onClick={retry}>
        {t("retry")}
      </button>
    </div>
  );
}
