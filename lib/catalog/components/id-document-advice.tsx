import { useTranslations } from "next-intl";

export function IdDocumentAdvice({ company }: { company: string }) {
  const t = useTranslations("services.catalog.idDocument");
  return (
    <section className="notice warn stack" aria-labelledby="id-document">
      <h2 id="id-document">{t("headingNamed", { company })}</h2>
      <p>{t("law")}</p>
      <p>{t("redact", { company })}</p>
    </section>
  );
}
