import { useLocale } from "next-intl";
import type { ReactNode } from "react";

/** The law data's own wording, written in English only: marked so a screen reader reads it as English. */
export function LawText({ children }: { children: ReactNode }) {
  return useLocale() === "en" ? <>{children}</> : <span lang="en">{children}</span>;
}
