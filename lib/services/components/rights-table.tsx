import { useTranslations } from "next-intl";
import type { RightId } from "@/lib/law/types";
import { useServiceLabels } from "./use-service-labels";
import type { OtherRight, PolicyRight } from "../types";
import { CitedQuote } from "./cited-quote";

/** The words that name each right in a policy, to show a shared sentence from the right place. */
const FOCUS: Partial<Record<RightId, readonly string[]>> = {
  access: ["access", "copy"],
  deletion: ["delet", "erase"],
  correction: ["correct", "rectif"],
  portability: ["portab", "download"],
  objection: ["object"],
  restriction: ["restrict"],
  "opt-out-sale": ["opt out", "opt-out", "sale", "sell"],
  "automated-decision": ["automated", "profiling"],
};

/** One row per right, in the order the policy first names it; its statements listed in the row. */
export function groupByRight(rights: readonly PolicyRight[]): { right: RightId; items: PolicyRight[] }[] {
  const rows = new Map<RightId, PolicyRight[]>();
  for (const item of rights) rows.set(item.right, [...(rows.get(item.right) ?? []), item]);
  return [...rows].map(([right, items]) => ({ right, items }));
}

const unique = (values: string[]) => [...new Set(values)];

export function RightsTable({ rights, otherRights }: { rights: PolicyRight[]; otherRights: OtherRight[] }) {
  const t = useTranslations("services.rights");
  const labels = useServiceLabels();
  if (rights.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="small muted">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("right")}</th>
              <th scope="col">{t("under")}</th>
              <th scope="col">{t("how")}</th>
              <th scope="col">{t("says")}</th>
            </tr>
          </thead>
          <tbody>
            {groupByRight(rights).map(({ right, items }) => (
              <tr key={right}>
                <th scope="row">{labels.right(right)}</th>
                <td>{unique(items.map((r) => labels.regimes(r.regimes))).join("; ")}</td>
                <td>{unique(items.map((r) => t(`via.${r.via}`))).join(t("or"))}</td>
                <td>
                  {items.map((r) => (
                    <div key={`${r.citation.start}-${r.regimes.join()}-${r.via}`}>
                      <CitedQuote citation={r.citation} focus={FOCUS[right]} />
                      {r.note ? <div className="small muted">{r.note}</div> : null}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {otherRights.length > 0 ? (
        <>
          <h3>{t("other")}</h3>
          <ul>
            {otherRights.map((r) => (
              <li key={`${r.label}-${r.citation.start}`}>
                {r.label} <span className="muted small">({labels.regimes(r.regimes)})</span> <CitedQuote citation={r.citation} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
