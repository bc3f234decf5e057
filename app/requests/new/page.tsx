import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { DraftList } from "@/lib/requests/components/draft-list";
import { ServiceForm, type ServiceChoice } from "@/lib/requests/components/service-form";
import { loadDraftSummaries } from "@/lib/requests/data";
import { latestVersion, listServices } from "@/lib/services/catalog";
import { loadCustomServices } from "@/lib/services/custom/data";

export const metadata: Metadata = { title: "Start a request" };

type Props = { searchParams: Promise<{ service?: string | string[] }> };

export default async function NewRequestPage({ searchParams }: Props) {
  const { service } = await searchParams;
  const asked = typeof service === "string" ? service : "";
  const user = await requireUser(asked ? `/requests/new?service=${encodeURIComponent(asked)}` : "/requests/new");
  const [drafts, customServices] = await Promise.all([loadDraftSummaries(user.id), loadCustomServices(user.id)]);
  const catalog: ServiceChoice[] = listServices().map((s) => ({
    value: s.slug,
    name: s.name,
    description: `Privacy policy: ${latestVersion(s).versionLabel}`,
  }));
  const custom: ServiceChoice[] = customServices.map((c) => ({
    value: `custom:${c.id}`,
    name: c.name,
    description: c.sourceName ? `From ${c.sourceName}` : "Added from a privacy policy you pasted",
  }));
  const preselected = [...catalog, ...custom].some((choice) => choice.value === asked) ? asked : "";
  return (
    <div className="page narrow stack">
      <h1>Start a request</h1>
      <p>
        Choose the company to write to. RightsDesk then asks what you want, where you live and how the company can
        find your account, and writes a letter that cites the law and the company&apos;s own privacy policy.
      </p>
      <DraftList drafts={drafts} />
      <ServiceForm catalog={catalog} custom={custom} preselected={preselected} />
      <p className="small">
        Not in the list? <a href="/services/custom/new">Add a service from its privacy policy</a>.
      </p>
    </div>
  );
}
