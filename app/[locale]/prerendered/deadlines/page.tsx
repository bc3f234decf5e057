import { setRequestLocale } from "next-intl/server";
import DeadlinesPage from "../../deadlines/page";

export { generateMetadata } from "../../deadlines/page";

// /deadlines with its empty calculator is the same for everyone: built once per language, and served by
// proxy.ts at /deadlines. The calculator's answer is rendered per request by deadlines/page.tsx.
export default async function PrerenderedDeadlinesPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return DeadlinesPage({ searchParams: Promise.resolve({}) });
}
