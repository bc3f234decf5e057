import { FollowUpView } from "./follow-up-view";
import { loadFollowUpPage } from "../follow-up-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

/** The follow-up and appeal pages: the same load and view, told apart by `page` only. */
export async function LaterLetterPage({ page, params, searchParams }: Props & { page: "follow-up" | "appeal" }) {
  const [{ id }, { lang }] = await Promise.all([params, searchParams]);
  const data = await loadFollowUpPage(id, page, typeof lang === "string" ? lang : undefined);
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
