"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { signOutFormAction } from "../actions";

/** With scripts, next-auth's sign-out; without, the form posts to a server action that ends the session. */
export function SignOutButton() {
  const t = useTranslations("common.nav");
  const [pending, setPending] = useState(false);
  return (
    <form
      action={signOutFormAction}
      onSubmit={(event) => {
        event.preventDefault();
        setPending(true);
        void signOut({ callbackUrl: "/" });
      }}
    >
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? t("signingOut") : t("signOut")}
      </button>
    </form>
  );
}
