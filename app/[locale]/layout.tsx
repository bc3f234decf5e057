import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { loadCurrentUser } from "@/lib/auth/session";
import { SignOutButton } from "@/lib/auth/components/sign-out-button";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "RightsDesk: use your privacy rights", template: "%s · RightsDesk" },
  description: "Ask companies for your data, its deletion or correction, with letters that cite the law and their own privacy policy, and track every legal deadline.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: it carries a CSP nonce and knows who is signed in.
  await connection();
  const user = await loadCurrentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <nav aria-label="Main">
            <Link className="brand" href="/">RightsDesk</Link>
            <Link href="/services">Services</Link>
            <Link href="/deadlines">Deadlines</Link>
            {user ? (
              <>
                <Link href="/dashboard">Dashboard</Link>
                <Link href="/account">Account</Link>
                <SignOutButton />
              </>
            ) : (
              <Link href="/signin">Sign in</Link>
            )}
          </nav>
        </header>
        <noscript>
          <div className="page">
            <p className="notice small">
              JavaScript is off. Signing in, writing a request, recording its steps and searching work without it; copy
              buttons, undo and deleting notes need it.
            </p>
          </div>
        </noscript>
        <main id="main" tabIndex={-1}>{children}</main>
        <footer className="site-footer">
          <p>RightsDesk is free software. It writes letters for you; it never sends a request in your name.</p>
        </footer>
      </body>
    </html>
  );
}
