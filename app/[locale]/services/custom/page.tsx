import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { DeleteCustomServiceButton } from "@/lib/services/custom/components/delete-custom-service-button";
import { loadCustomServices } from "@/lib/services/custom/data";
import { customServiceHref } from "@/lib/services/custom/links";
import { getDayFormat } from "@/lib/i18n/server-format";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "services.custom" }))("metaList") };
}

export default async function CustomServicesPage() {
  const user = await requireUser("/services/custom");
  const services = await loadCustomServices(user.id);
  const t = await getTranslations("services.custom");
  const format = await getDayFormat();
  return (
    <div className="page stack">
      <h1>{t("heading")}</h1>
      <p className="narrow">{t("intro")}</p>
      <p>
        <Link className="button" href="/services/custom/new">
          {t("add")}
        </Link>
      </p>
      {services.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          {services.map((s) => (
            <li key={s.id} className="card stack">
              <h2 style={{ overflowWrap: "anywhere" }}>
                <a href={customServiceHref(s.id)}>{s.name}</a>
              </h2>
              <p className="small muted" style={{ overflowWrap: "anywhere" }}>
                {t("from", { source: s.sourceName ?? t("pasted"), date: format.long(s.createdAt.toISOString().slice(0, 10)) })}
              </p>
              <DeleteCustomServiceButton id={s.id} name={s.name} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
