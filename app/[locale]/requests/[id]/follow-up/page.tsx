import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LaterLetterPage } from "@/lib/requests/tracking/components/later-letter-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.meta"))("followUp") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

export default function Page(props: Props) {
  return <LaterLetterPage page="follow-up" {...props} />;
}
