import { useTranslations } from "next-intl";
import { useServiceLabels } from "./use-service-labels";
import type { SupervisoryAuthority } from "../types";
import { CitedQuote } from "./cited-quote";

export function AuthoritiesList({ authorities }: { authorities: SupervisoryAuthority[] }) {
  const t = useTranslations("services.authorities");
  const labels = useServiceLabels();
  if (authorities.length === 0) {
    return <p className="muted">{t("none")}</p>;
  }
  return (
    <ul className="stack">
      {authorities.map((a) => (
        <li key={a.name}>
          <strong>{a.name}</strong>{" "}
          <span className="muted small">
            ({t(a.role)}; {labels.regimes(a.regimes)})
          </span>{" "}
          {a.namedInPolicy ? null : <span className="badge warn">{t("notNamed")}</span>}
          <div>
            <CitedQuote citation={a.citation} />
          </div>
          {a.note ? <div className="small muted">{a.note}</div> : null}
        </li>
      ))}
    </ul>
  );
}
