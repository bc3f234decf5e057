import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComplaintView } from "@/lib/requests/tracking/components/complaint-view";
import { loadComplaintPage } from "@/lib/requests/tracking/follow-up-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.meta"))("complaint") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[]; authority?: string | string[] }> };

export default async function ComplaintPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const data = await loadComplaintPage(id, one(query.authority), one(query.lang));
  return (
    <ComplaintView
      requestId={data.request.id}
      filed={data.state.complaint ?? null}
      serviceName={data.request.serviceName}
      authorities={data.authorities}
      authority={data.authority}
      letter={data.letter}
      problem={data.problem}
      notYet={data.notYet}
      language={data.language}
      languages={data.languages}
      readingCopy={data.readingCopy}
      firstToController={data.firstToController}
    />
  );
}
