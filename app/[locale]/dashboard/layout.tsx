import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

// The wizard's and the tracker's messages, which only these pages' client components read.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages scope="tracker">{children}</ClientMessages>;
}
