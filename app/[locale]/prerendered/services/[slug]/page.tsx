import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { listServices } from "@/lib/services/catalog";
import ServicePage, { generateMetadata as serviceMetadata } from "../../../services/[slug]/page";

// The latest record of each service we keep records of is the same for everyone: built once per
// language, and served by proxy.ts at /services/<slug>. A company of the catalogue and an older
// version (?version=) are rendered per request by services/[slug]/page.tsx.
export const dynamicParams = false;

export function generateStaticParams() {
  return listServices().map((service) => ({ slug: service.slug }));
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return serviceMetadata({ params });
}

export default async function PrerenderedServicePage({ params }: Props) {
  setRequestLocale((await params).locale);
  return ServicePage({ params, searchParams: Promise.resolve({}) });
}
