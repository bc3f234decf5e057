import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { AccountNav } from "@/lib/auth/components/account-nav";
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
  // Nothing here reads the request: a page that does not either is rendered once per language and
  // served from the cache (its CSP lists its scripts' hashes, see proxy.ts). Who is signed in is asked
  // by the account links themselves.
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
              <AccountNav labels={{ dashboard: t("nav.dashboard"), account: t("nav.account"), signIn: t("nav.signIn"), signOut: t("nav.signOut") }} />
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
