"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import type { RegimeId, RightId } from "@/lib/law/types";
import { saveLocationAction } from "../actions";
import { submitStepFormAction } from "../form-actions";
import { locationCode, locationStepSchema } from "../schema";
import { describedBy, FieldError, FormAlert } from "./form-bits";
import { LocationPreview, type NoteView, type PlaceRegimes } from "./location-preview";
import { applyFailure, failureText } from "./step-failure";

type Option = { code: string; name: string };
type Values = { country: string; state?: string; timeZone?: string };

type Props = {
  draftId: string;
  serviceName: string;
  initial: { country: string; state?: string };
  countries: Option[];
  /** States or provinces with their own law, by country ('US', 'CA'). */
  subdivisions: Record<string, Option[]>;
  /** The law a letter falls back on where none protects the place chosen. */
  fallbackRegimeId: RegimeId;
  chosen: RightId[];
  notesByRegime: Partial<Record<RegimeId, NoteView[]>>;
  /** The law of each place that has one, and what the preview shows of each law. */
  places: PlaceRegimes;
};

export function LocationForm({ draftId, serviceName, initial, countries, subdivisions, fallbackRegimeId, chosen, notesByRegime, places }: Props) {
  const t = useTranslations("wizard.location");
  const common = useTranslations("wizard");
  const [alert, setAlert] = useState<string | null>(null);
  const [posted, formAction] = useActionState(submitStepFormAction.bind(null, "location", draftId), undefined);
  const form = useForm<Values>({
    resolver: useIssueResolver(locationStepSchema),
    defaultValues: { country: initial.country, state: initial.state ?? "", timeZone: "" },
  });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => form.setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone), [form]);
  const [country, state] = form.watch(["country", "state"]);
  const states = subdivisions[country] ?? [];
  const place = country && (country !== "US" || state) ? locationCode({ country, state }) : undefined;
  const localId = place ? places.byPlace[place.toUpperCase()] : undefined;
  const local = localId ? places.regimes[localId] : undefined;
  const inForce = local && !local.pending ? local : undefined;
  const regime = place ? (inForce ?? places.regimes[fallbackRegimeId]) : undefined;
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      setAlert(applyFailure(await saveLocationAction(draftId, values), form.setError, ["country", "state"], common));
    } catch (error) {
      unstable_rethrow(error);
      setAlert(common("failed"));
    }
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert ?? failureText(posted, common)} />
      <div className="field">
        <label htmlFor="country">{t("country")}</label>
        <select
          id="country"
          defaultValue={initial.country}
          autoComplete="country"
          aria-invalid={errors.country ? "true" : "false"}
          aria-describedby={describedBy("country", { hint: true, error: errors.country })}
          {...form.register("country")}
        >
          <option value="">{t("chooseCountry")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
          <option value="XX">{t("elsewhere")}</option>
        </select>
        <span id="country-hint" className="hint">
          {t("countryHint")}
        </span>
        <FieldError id="country" error={errors.country} />
      </div>
      {states.length > 0 ? (
        <div className="field">
          <label htmlFor="state">{country === "US" ? t("state") : t("province")}</label>
          <select
            id="state"
            defaultValue={initial.state ?? ""}
            aria-invalid={errors.state ? "true" : "false"}
            aria-describedby={describedBy("state", { hint: true, error: errors.state })}
            {...form.register("state")}
          >
            <option value="">{country === "US" ? t("chooseState") : t("chooseProvince")}</option>
            {states.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
            <option value="other">{country === "US" ? t("otherState") : t("otherProvince")}</option>
          </select>
          <span id="state-hint" className="hint">
            {country === "US" ? t("stateHint") : t("provinceHint")}
          </span>
          <FieldError id="state" error={errors.state} />
        </div>
      ) : null}
      <input type="hidden" {...form.register("timeZone")} />
      <div aria-live="polite">
        {regime ? (
          <LocationPreview
            regime={regime}
            chosen={chosen}
            notes={notesByRegime[regime.id] ?? []}
            serviceName={serviceName}
            fallback={!inForce ? { pending: local } : undefined}
          />
        ) : null}
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? common("saving") : t("submit")}
      </button>
    </form>
  );
}
