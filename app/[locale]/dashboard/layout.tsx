import type { ReactNode } from "react";
import { SignedInMark } from "@/lib/auth/components/signed-in-mark";
import { ClientMessages } from "@/lib/i18n/client-messages";

// The wizard's and the tracker's messages, which only these pages' client components read; and the
// mark that shows the header's account links at once (these pages are rendered per request anyway).
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages scope="tracker">
      <SignedInMark />
      {children}
    </ClientMessages>
  );
}
