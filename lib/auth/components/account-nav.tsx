"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { SignOutButton } from "./sign-out-button";

export type AccountNavLabels = { dashboard: string; account: string; signIn: string };

/**
 * The header's account links. The layout is rendered once for everyone, so who is signed in is asked
 * of the server after load (next-auth's session endpoint). Until it answers, both sets are in the page
 * and CSS shows one: the signed-out set, unless a page rendered for a signed-in user carries the
 * SignedInMark, which is also what a browser without JavaScript goes by.
 */
export function AccountNav({ labels }: { labels: AccountNavLabels }) {
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" })
      .then((response): Promise<{ user?: unknown }> | { user?: unknown } => (response.ok ? response.json() : {}))
      .then((session) => {
        if (current) setSignedIn(Boolean(session.user));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return (
    <>
      {signedIn !== false ? (
        <span className="nav-member" data-known={signedIn === true || undefined}>
          <Link href="/dashboard">{labels.dashboard}</Link>
          <Link href="/account">{labels.account}</Link>
          <SignOutButton />
        </span>
      ) : null}
      {signedIn !== true ? (
        <span className="nav-guest" data-known={signedIn === false || undefined}>
          <Link href="/signin">{labels.signIn}</Link>
        </span>
      ) : null}
    </>
  );
}
