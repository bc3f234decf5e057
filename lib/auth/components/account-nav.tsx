"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutFormAction } from "../actions";

export type AccountNavLabels = { dashboard: string; account: string; signIn: string; signOut: string };

// next-auth's client (the scripted sign-out) is loaded only once someone is known to be signed in,
// so a visitor's first load of any page does not carry it.
const SignOutButton = dynamic(() => import("./sign-out-button").then((module) => module.SignOutButton));

/**
 * The header's account links. The layout is rendered once for everyone, so who is signed in is asked
 * of the server after load (next-auth's session endpoint). Until it answers, both sets are in the page
 * and CSS shows one: the signed-out set, unless a page rendered for a signed-in user carries the
 * SignedInMark, which is also what a browser without JavaScript goes by.
 */
export function AccountNav({ labels }: { labels: AccountNavLabels }) {
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  // The layout stays mounted across client-side navigations (a sign-out's redirect among them), so the
  // session is asked again on every change of page.
  const pathname = usePathname();
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
  }, [pathname]);
  return (
    <>
      {signedIn !== false ? (
        <span className="nav-member" data-known={signedIn === true || undefined}>
          <Link href="/dashboard">{labels.dashboard}</Link>
          <Link href="/account">{labels.account}</Link>
          {signedIn ? (
            <SignOutButton />
          ) : (
            // Until the session is known (and always without JavaScript): the form SignOutButton falls back to.
            <form action={signOutFormAction}>
              <button type="submit" className="secondary">
                {labels.signOut}
              </button>
            </form>
          )}
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
