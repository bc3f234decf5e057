import type { ReactNode } from "react";
import { SignedInMark } from "@/lib/auth/components/signed-in-mark";

// Rendered per request: the mark shows the header's account links at once, and without JavaScript.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <SignedInMark />
      {children}
    </>
  );
}
