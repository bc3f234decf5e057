import { useTranslations } from "next-intl";
import { useServiceLabels } from "./use-service-labels";
import type { ServiceRecord } from "../types";
import { CitedQuote, CitedStatements } from "./cited-quote";

export function HowToAsk({ record }: { record: ServiceRecord }) {
  const t = useTranslations("services.howToAsk");
  const labels = useServiceLabels();
  const { howToAsk } = record;
  const said = howToAsk.subjectLine || howToAsk.fromAccountEmail || howToAsk.include.length > 0 || howToAsk.instructions.length > 0;
  return (
    <>
      {said ? (
        <ul className="stack">
          {howToAsk.instructions.map((i) => (
            <li key={`i-${i.citation.start}-${i.summary}`}>
              {i.summary} <CitedQuote citation={i.citation} />
            </li>
          ))}
          {howToAsk.subjectLine ? (
            <li>
              {t("subject")} <strong>{howToAsk.subjectLine.value}</strong> <CitedQuote citation={howToAsk.subjectLine.citation} />
            </li>
          ) : null}
          {howToAsk.fromAccountEmail ? (
            <li>
              {t("fromAccount")} <CitedQuote citation={howToAsk.fromAccountEmail} />
            </li>
          ) : null}
          {howToAsk.include.map((inc) => (
            <li key={inc.item}>
              {t("include", { item: labels.identity(inc.item), reason: inc.reason })} <CitedQuote citation={inc.citation} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      <h3>{t("identity")}</h3>
      <CitedStatements items={record.identityVerification} empty={t("noIdentity")} />
      <h3>{t("fees")}</h3>
      <CitedStatements items={record.fees} empty={t("noFees")} />
      <h3>{t("refuse")}</h3>
      <CitedStatements items={record.declineGrounds} empty={t("noRefuse")} />
    </>
  );
}
