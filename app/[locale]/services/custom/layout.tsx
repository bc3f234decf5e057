import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

// The custom-service forms' messages, which only these pages' client components read.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages scope="forms">{children}</ClientMessages>;
}
