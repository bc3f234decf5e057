import { useTranslations } from "next-intl";
import { issueText, type IssueTranslator } from "@/lib/i18n/issue-text";
import { REGIME_LIST } from "../regimes";
import { EVENT_ROWS, type DeadlineFormField, type DeadlineFormValues } from "../schema";
import { DEADLINE_EVENT_TYPES, RIGHT_IDS } from "../types";

interface Props {
  values: DeadlineFormValues;
  errors: Partial<Record<DeadlineFormField, string>>;
}

/** Ids of the hint and error that describe an input, for aria-describedby. */
function describedBy(name: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldError({ name, error }: { name: string; error: string | undefined }) {
  // The query's messages are keys of the "validation" messages; the engine's are sentences already.
  const t = useTranslations("validation") as unknown as IssueTranslator;
  return error ? (
    <p className="error" id={`${name}-error`}>
      {issueText(t, error)}
    </p>
  ) : null;
}

/** A plain GET form: works without JavaScript, and the result page can be bookmarked or shared. */
export function DeadlineCalculator({ values, errors }: Props) {
  const t = useTranslations("deadlines.calculator");
  const rightName = useTranslations("rights");
  const eventName = useTranslations("deadlines.events");
  const v = (name: string) => values[name] ?? "";
  return (
    <form method="get" action="/deadlines" className="card" aria-labelledby="calculator-heading">
      <h2 id="calculator-heading">{t("heading")}</h2>
      <div className="field">
        <label htmlFor="regime">{t("regime")}</label>
        <select
          id="regime"
          name="regime"
          required
          defaultValue={v("regime")}
          aria-invalid={errors.regime ? true : undefined}
          aria-describedby={describedBy("regime", false, errors.regime)}
        >
          <option value="">{t("chooseLaw")}</option>
          {REGIME_LIST.map((regime) => (
            <option key={regime.id} value={regime.id}>
              {regime.shortLabel}
            </option>
          ))}
        </select>
        <FieldError name="regime" error={errors.regime} />
      </div>
      <div className="field">
        <label htmlFor="right">{t("right")}</label>
        <select
          id="right"
          name="right"
          required
          defaultValue={v("right")}
          aria-invalid={errors.right ? true : undefined}
          aria-describedby={describedBy("right", true, errors.right)}
        >
          <option value="">{t("chooseRight")}</option>
          {RIGHT_IDS.map((right) => (
            <option key={right} value={right}>
              {rightName(right)}
            </option>
          ))}
        </select>
        <p className="hint" id="right-hint">
          {t("rightHint")}
        </p>
        <FieldError name="right" error={errors.right} />
      </div>
      <div className="field">
        <label htmlFor="receivedOn">{t("receivedOn")}</label>
        <input
          id="receivedOn"
          name="receivedOn"
          type="date"
          required
          defaultValue={v("receivedOn")}
          aria-invalid={errors.receivedOn ? true : undefined}
          aria-describedby={describedBy("receivedOn", true, errors.receivedOn)}
        />
        <p className="hint" id="receivedOn-hint">
          {t("receivedOnHint")}
        </p>
        <FieldError name="receivedOn" error={errors.receivedOn} />
      </div>
      <fieldset className="stack">
        <legend>{t("where")}</legend>
        <div className="field">
          <label htmlFor="holidayRegion">{t("holidayRegion")}</label>
          <input
            id="holidayRegion"
            name="holidayRegion"
            defaultValue={v("holidayRegion")}
            autoComplete="off"
            aria-invalid={errors.holidayRegion ? true : undefined}
            aria-describedby={describedBy("holidayRegion", true, errors.holidayRegion)}
          />
          <p className="hint" id="holidayRegion-hint">
            {t("holidayRegionHint")}
          </p>
          <FieldError name="holidayRegion" error={errors.holidayRegion} />
        </div>
        <div className="field">
          <label htmlFor="timeZone">{t("timeZone")}</label>
          <input
            id="timeZone"
            name="timeZone"
            defaultValue={v("timeZone")}
            autoComplete="off"
            aria-invalid={errors.timeZone ? true : undefined}
            aria-describedby={describedBy("timeZone", true, errors.timeZone)}
          />
          <p className="hint" id="timeZone-hint">
            {t("timeZoneHint")}
          </p>
          <FieldError name="timeZone" error={errors.timeZone} />
        </div>
      </fieldset>
      <fieldset className="stack" aria-describedby={describedBy("events", true, errors.events)}>
        <legend>{t("events")}</legend>
        <p className="hint small muted" id="events-hint">
          {t("eventsHint")}
        </p>
        <FieldError name="events" error={errors.events} />
        {Array.from({ length: EVENT_ROWS }, (_, index) => index + 1).map((row) => (
          <div className="row" key={row}>
            <div className="field">
              <label htmlFor={`event${row}`}>{t("event", { row })}</label>
              <select id={`event${row}`} name={`event${row}`} defaultValue={v(`event${row}`)}>
                <option value="">{t("nothing")}</option>
                {DEADLINE_EVENT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {eventName(type)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`event${row}On`}>{t("eventOn", { row })}</label>
              <input id={`event${row}On`} name={`event${row}On`} type="date" defaultValue={v(`event${row}On`)} />
            </div>
          </div>
        ))}
      </fieldset>
      <p>
        <button type="submit">{t("submit")}</button>
      </p>
    </form>
  );
}
