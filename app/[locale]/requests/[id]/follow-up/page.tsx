import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FollowUpView } from "@/lib/requests/tracking/components/follow-up-view";
import { loadFollowUpPage } from "@/lib/requests/tracking/follow-up-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.meta"))("followUp") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, { lang }] = await Promise.all([params, searchParams]);
  const data = await loadFollowUpPage(id, "follow-up", typeof lang === "string" ? lang : undefined);
  return (
    <FollowUpView
      requestId={data.request.id}
      serviceName={data.request.serviceName}
      kind={data.kind}
      state={data.state}
      letter={data.letter}
      problem={data.problem}
      notYet={data.notYet}
      language={data.language}
      languages={data.languages}
      today={data.today}
    />
  );
}
