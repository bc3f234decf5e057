import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { loadCurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { SignOutButton } from "@/lib/auth/components/sign-out-button";
import { listLocales } from "@/lib/i18n/catalog";
import { LocaleSwitcher } from "@/lib/i18n/components/locale-switcher";
import "../globals.css";

type Params = { params: Promise<{ locale: string }> };

// One rendering per language: the proxy rewrites every address to its /<locale> twin.
export function generateStaticParams() {
  return listLocales().map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common.meta" });
  return { title: { default: t("title"), template: t("titleTemplate") }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children, params }: Params & { children: ReactNode }) {
  const { locale } = await params;
  if (!listLocales().includes(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  // Every page is rendered per request: it carries a CSP nonce and knows who is signed in.
  await connection();
  const user = await loadCurrentUser();
  return (
    <html lang={locale}>
      <body>
        <ClientMessages scope="site">
          <a className="skip-link" href="#main">
            {t("skipLink")}
          </a>
          <header className="site-header">
            <nav aria-label={t("nav.label")}>
              <Link className="brand" href="/">
                RightsDesk
              </Link>
              <Link href="/services">{t("nav.services")}</Link>
              <Link href="/deadlines">{t("nav.deadlines")}</Link>
              {user ? (
                <>
                  <Link href="/dashboard">{t("nav.dashboard")}</Link>
                  <Link href="/account">{t("nav.account")}</Link>
                  <SignOutButton />
                </>
              ) : (
                <Link href="/signin">{t("nav.signIn")}</Link>
              )}
            </nav>
            <LocaleSwitcher />
          </header>
          <noscript>
            <div className="page">
              <p className="notice small">{t("noscript")}</p>
            </div>
          </noscript>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>{t("footer")}</p>
          </footer>
        </ClientMessages>
      </body>
    </html>
  );
}
