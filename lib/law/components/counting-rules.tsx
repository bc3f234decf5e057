import { useTranslations } from "next-intl";

const RULES = ["dayZero", "dayOff", "whatDayOff", "holidays", "place", "extension", "pause", "fallback", "notInForce", "endOfDay", "estimate"] as const;

/** The rules every regime shares, in plain words, before the regime-by-regime tables. */
export function CountingRules() {
  const t = useTranslations("deadlines.counting");
  return (
    <section className="stack" aria-labelledby="counting-heading">
      <h2 id="counting-heading">{t("heading")}</h2>
      <ul className="stack">
        {RULES.map((rule) => (
          <li key={rule}>
            {t.rich(`items.${rule}`, {
              b: (chunks) => <strong>{chunks}</strong>,
              badge: (chunks) => <span className="badge warn">{chunks}</span>,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
