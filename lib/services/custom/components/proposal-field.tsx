"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { REGIME_LABELS, RIGHT_LABELS } from "../../labels";
import { KIND_LABELS, ROLE_LABELS } from "../labels";
import type { ProposalView } from "../proposals";
import type { SaveCustomServiceInput } from "../schema";

type Props = { view: ProposalView; i: number; register: UseFormRegister<SaveCustomServiceInput>; errors: FieldErrors<SaveCustomServiceInput> };

function Options({ labels }: { labels: Record<string, string> }) {
  return Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
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
  const kind = KIND_LABELS[view.kind];
  if (!kind.value) return null;
  const id = `p-${i}-value`;
  const error = errors.proposals?.[i]?.value?.message;
  const describedBy = [`p-${i}-quote`, kind.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const common = { id, "aria-invalid": error ? ("true" as const) : ("false" as const), "aria-describedby": describedBy, ...register(`proposals.${i}.value`) };
  const select = view.kind === "right" ? RIGHT_LABELS : view.kind === "jurisdiction" || view.kind === "not-governed" ? REGIME_LABELS : null;
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{kind.value}</label>
        {select ? (
          <select {...common}>
            <Options labels={select} />
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
          <label htmlFor={`p-${i}-role`}>What it is</label>
          <select id={`p-${i}-role`} {...register(`proposals.${i}.role`)}>
            <Options labels={ROLE_LABELS} />
          </select>
        </div>
      ) : null}
    </>
  );
}

export function ProposalField(props: Props) {
  const { view, i, register } = props;
  const kind = KIND_LABELS[view.kind];
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
          <strong>Keep:</strong> {kind.label}
          {kind.value ? null : kind.hint ? <span className="small muted"> ({kind.hint})</span> : null}
        </label>
      </div>
      <Quote view={view} id={`p-${i}-quote`} />
      <ValueEditor {...props} />
    </li>
  );
}
