import { useTranslations } from "next-intl";
import type { Coverage } from "../checklist";
import styles from "./replies.module.css";

// The answer checklist as the reply filled it in: ticked where the reply covers an item (with the
// words that cover it), unticked where it does not. What stays unticked is what the follow-up asks for.
export function ReplyChecklist({ coverage, idPrefix }: { coverage: Coverage; idPrefix: string }) {
  const t = useTranslations("replies.checklist");
  return (
    <>
      <input type="hidden" name="checklist" value="1" />
      {coverage.sections.map((section) => (
        <fieldset key={section.title} className={styles.checklist}>
          <legend>{t("legend", { section: section.title })}</legend>
          {section.items.map((item) => {
            const id = `${idPrefix}-${item.id}`;
            return (
              <div key={item.id} className="stack" data-item={item.id} data-covered={item.covered ? "yes" : "no"}>
                <label className={styles.check} htmlFor={id}>
                  <input id={id} type="checkbox" name="received" value={item.id} defaultChecked={item.covered} />
                  <span>
                    {item.label} {item.citation ? <span className="small muted">({item.citation})</span> : null}{" "}
                    {item.covered ? (
                      <span className={`small ${styles.covered}`}>{t("covered")}</span>
                    ) : (
                      <span className={`small ${styles.missing}`}>{t("missing")}</span>
                    )}
                  </span>
                </label>
                {item.quote ? <blockquote className={`small ${styles.quote}`}>{item.quote}</blockquote> : null}
              </div>
            );
          })}
        </fieldset>
      ))}
      {coverage.formats.length > 0 ? (
        <p className="small">
          {t("formats", { formats: coverage.formats.join(", ") })}{" "}
          {coverage.machineReadable.length > 0
            ? t("machineReadable", { list: `${coverage.machineReadable.slice(0, 6).join(", ")}${coverage.machineReadable.length > 6 ? "…" : ""}` })
            : t("noMachineReadable")}
        </p>
      ) : null}
    </>
  );
}
