import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { PolicyText } from "@/lib/services/components/policy-text";
import { CustomRecordView } from "@/lib/services/custom/components/custom-record-view";
import { DeleteCustomServiceButton } from "@/lib/services/custom/components/delete-custom-service-button";
import { loadCustomService } from "@/lib/services/custom/data";
import { customServiceHref } from "@/lib/services/custom/links";
import { getDayFormat } from "@/lib/i18n/server-format";
import { parseRange } from "@/lib/services/links";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "services.custom" }))("metaService") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ start?: string | string[]; end?: string | string[] }> };

export default async function CustomServicePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(customServiceHref(id));
  const service = await loadCustomService(user.id, id);
  if (!service) notFound();
  const t = await getTranslations("services.custom");
  const format = await getDayFormat();
  const range = parseRange(query.start, query.end, service.sourceText.length);
  return (
    <div className="page stack">
      <p className="small">
        <Link href="/services/custom">{t("back")}</Link>
      </p>
      <h1 style={{ overflowWrap: "anywhere" }}>{service.name}</h1>
      <p className="small muted" style={{ overflowWrap: "anywhere" }}>
        <span className="badge">{t("private")}</span>{" "}
        {t("from", { source: service.sourceName ?? t("pasted"), date: format.long(service.createdAt.toISOString().slice(0, 10)) })} {t("everyFact")}
      </p>
      <CustomRecordView serviceId={service.id} record={service.record} />
      <section aria-labelledby="text" className="stack">
        <h2 id="text">{t("text")}</h2>
        {range ? (
          <p className="notice" role="status">
            {t.rich("highlighted", { link: (chunks) => <a href="#cited">{chunks}</a> })}
          </p>
        ) : null}
        <PolicyText text={service.sourceText} range={range} />
      </section>
      <DeleteCustomServiceButton id={service.id} name={service.name} afterDelete="/services/custom" />
    </div>
  );
}
