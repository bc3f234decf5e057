import { setRequestLocale } from "next-intl/server";
import ServicesPage from "../../services/page";

export { generateMetadata } from "../../services/page";

// /services without a query string is the same for every visitor: built once per language, and served
// by proxy.ts at /services. A search is answered per request by services/page.tsx.
export default async function PrerenderedServicesPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return ServicesPage({ searchParams: Promise.resolve({}) });
}
