"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { REGIME_LABELS, RIGHT_LABELS } from "../../labels";
import { hasHint, hasValue } from "../labels";
import type { ProposalView } from "../proposals";
import { DURATION_ROLES, type SaveCustomServiceInput } from "../schema";

type Props = { view: ProposalView; i: number; register: UseFormRegister<SaveCustomServiceInput>; errors: FieldErrors<SaveCustomServiceInput> };

function Options({ values, label }: { values: string[]; label: (value: string) => string }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

// The policy's words are React text nodes only: nothing a policy contains is ever read as markup.
function Quote({ view, id }: { view: ProposalView; id: string }) {
  return (
    <blockquote id={id} className="small" style={{ margin: 0, overflowWrap: "anywhere" }}>
      <span className="muted">{view.before}</span>
      <mark>{view.quote}</mark>
      <span className="muted">{view.after}</span>
    </blockquote>
  );
}

function ValueEditor({ view, i, register, errors }: Props) {
  const t = useTranslations("serviceForms.review");
  const tr = useTranslations("rights");
  if (!hasValue(view.kind)) return null;
  const kind = { value: t(`kindValues.${view.kind}`), hint: hasHint(view.kind) ? t(`kindHints.${view.kind}`) : undefined };
  const id = `p-${i}-value`;
  const error = errors.proposals?.[i]?.value?.message;
  const describedBy = [`p-${i}-quote`, kind.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const common = { id, "aria-invalid": error ? ("true" as const) : ("false" as const), "aria-describedby": describedBy, ...register(`proposals.${i}.value`) };
  const select =
    view.kind === "right"
      ? { values: Object.keys(RIGHT_LABELS), label: (v: string) => tr(v as keyof typeof RIGHT_LABELS) }
      : view.kind === "jurisdiction" || view.kind === "not-governed"
        ? { values: Object.keys(REGIME_LABELS), label: (v: string) => t(`regimes.${v as keyof typeof REGIME_LABELS}`) }
        : null;
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{kind.value}</label>
        {select ? (
          <select {...common}>
            <Options {...select} />
          </select>
        ) : (
          <input
            {...common}
            type={view.kind === "effective-date" ? "date" : view.kind === "url" ? "url" : view.kind === "email" ? "email" : "text"}
            autoComplete="off"
            spellCheck={false}
          />
        )}
        {kind.hint ? (
          <span id={`${id}-hint`} className="hint">
            {kind.hint}
          </span>
        ) : null}
        {error ? (
          <span id={`${id}-error`} className="error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      {view.kind === "duration" ? (
        <div className="field">
          <label htmlFor={`p-${i}-role`}>{t("role")}</label>
          <select id={`p-${i}-role`} {...register(`proposals.${i}.role`)}>
            <Options values={[...DURATION_ROLES]} label={(v) => t(`roles.${v as (typeof DURATION_ROLES)[number]}`)} />
          </select>
        </div>
      ) : null}
    </>
  );
}

export function ProposalField(props: Props) {
  const t = useTranslations("serviceForms.review");
  const { view, i, register } = props;
  const kind = { label: t(`kinds.${view.kind}`), value: hasValue(view.kind), hint: hasHint(view.kind) ? t(`kindHints.${view.kind}`) : undefined };
  return (
    <li className="card stack">
      <div className="row" style={{ flexWrap: "nowrap", alignItems: "flex-start" }}>
        <input
          id={`p-${i}-accepted`}
          type="checkbox"
          style={{ marginTop: 6, width: 20, height: 20, flex: "none" }}
          aria-describedby={`p-${i}-quote`}
          {...register(`proposals.${i}.accepted`)}
        />
        <label htmlFor={`p-${i}-accepted`}>
          <strong>{t("keep")}</strong> {kind.label}
          {kind.value ? null : kind.hint ? <span className="small muted"> ({kind.hint})</span> : null}
        </label>
      </div>
      <Quote view={view} id={`p-${i}-quote`} />
      <ValueEditor {...props} />
    </li>
  );
}
