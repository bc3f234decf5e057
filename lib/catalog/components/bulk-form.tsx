"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useIssueText } from "@/lib/i18n/use-issue-text";
import { useBrowserTimeZone } from "@/lib/ui/use-browser-time-zone";
import { DROP } from "../advice";
import { createBulkRequestAction } from "../bulk-actions";
import { bulkSchema, type BulkInput } from "../bulk-schema";

/** `asks`: what the company's record requires beyond name, email and address, which a bulk letter leaves out. */
type Company = { slug: string; name: string; broker: boolean; asks: string[]; idDocument: boolean };
type Option = { code: string; name: string };
type Row = { slug: string; name: string; state: "waiting" | "working" | "done" | "failed"; id?: string; message?: string };

const textField = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};

function newBatchId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b % 36).toString(36)).join("");
}

/** Several companies, one run: a letter and a tracked request each, created one after another with progress shown. */
export function BulkForm({ companies, checked, countries, states }: { companies: Company[]; checked: string[]; countries: Option[]; states: Option[] }) {
  const t = useTranslations("wizard.bulk");
  const [country, setCountry] = useState("");
  const [state, setState] = useState("");
  const [deletion, setDeletion] = useState(false);
  const [picked, setPicked] = useState<string[]>(checked);
  const [errors, setErrors] = useState<string[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const timeZone = useBrowserTimeZone();
  const issueText = useIssueText();
  const [batchId, setBatchId] = useState("");
  const running = rows.some((r) => r.state === "waiting" || r.state === "working");
  const brokers = companies.some((c) => c.broker && picked.includes(c.slug));

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input: BulkInput = {
      companies: picked,
      rights: form.getAll("rights").map(String) as BulkInput["rights"],
      location: { country, ...(country === "US" ? { state } : {}), timeZone },
      name: textField(form, "name"),
      email: textField(form, "email"),
      postalAddress: textField(form, "postalAddress"),
    };
    const parsed = bulkSchema.safeParse(input);
    if (!parsed.success) return setErrors([...new Set(parsed.error.issues.map((i) => issueText(i.message)))]);
    setErrors([]);
    const batch = newBatchId();
    setBatchId(batch);
    const list: Row[] = picked.map((slug) => ({ slug, name: companies.find((c) => c.slug === slug)?.name ?? slug, state: "waiting" }));
    setRows(list);
    for (const row of list) {
      setRows((now) => now.map((r) => (r.slug === row.slug ? { ...r, state: "working" } : r)));
      let result: Awaited<ReturnType<typeof createBulkRequestAction>>;
      try {
        result = await createBulkRequestAction(batch, input, row.slug);
      } catch {
        result = { ok: false, reason: "letter", message: t("failed") };
      }
      setRows((now) =>
        now.map((r) => (r.slug === row.slug ? (result.ok ? { ...r, state: "done", id: result.id } : { ...r, state: "failed", message: result.message }) : r)),
      );
    }
  };

  const done = rows.filter((r) => r.state === "done").length;
  return (
    <form onSubmit={submit} className="stack" noValidate>
      {errors.length > 0 ? (
        <div className="notice bad" role="alert">
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset className="stack">
        <legend>
          <strong>{t("companies", { count: picked.length })}</strong>
        </legend>
        {companies.map((c) => (
          <label key={c.slug} className="row" style={{ flexWrap: "nowrap" }}>
            {/* Also part of the search form: a new search keeps the companies picked so far. */}
            <input
              type="checkbox"
              name="pick"
              value={c.slug}
              form="bulk-search"
              checked={picked.includes(c.slug)}
              onChange={(e) => setPicked((p) => (e.target.checked ? [...p, c.slug] : p.filter((s) => s !== c.slug)))}
            />
            <span>
              {c.name}
              {c.asks.length > 0 || c.idDocument ? (
                <span className="small muted">
                  {" "}
                  {t.rich("alsoAsks", {
                    items: [...c.asks, ...(c.idDocument ? [t("idDocument")] : [])].join(", "),
                    link: (chunks) => <a href={`/requests/new?service=${encodeURIComponent(c.slug)}`}>{chunks}</a>,
                  })}
                </span>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>
          <strong>{t("what")}</strong>
        </legend>
        <label className="row">
          <input type="checkbox" name="rights" value="access" defaultChecked /> {t("access")}
        </label>
        <label className="row">
          <input type="checkbox" name="rights" value="deletion" onChange={(e) => setDeletion(e.target.checked)} /> {t("deletion")}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="bulk-country">{t("country")}</label>
        <select id="bulk-country" value={country} onChange={(e) => setCountry(e.target.value)}>
          <option value="">{t("chooseCountry")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {country === "US" ? (
        <div className="field">
          <label htmlFor="bulk-state">{t("state")}</label>
          <select id="bulk-state" value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">{t("chooseState")}</option>
            {states.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {country === "US" && state === "CA" && deletion && brokers ? (
        <p className="notice" role="note">
          {t("dropText")}{" "}
          {t.rich("drop", {
            link: (chunks) => (
              <a href={DROP.url} rel="noopener noreferrer">
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="bulk-name">{t("name")}</label>
        <input id="bulk-name" name="name" autoComplete="name" />
      </div>
      <div className="field">
        <label htmlFor="bulk-email">{t("email")}</label>
        <input id="bulk-email" name="email" type="email" autoComplete="email" />
      </div>
      <div className="field">
        <label htmlFor="bulk-address">{t("address")}</label>
        <textarea id="bulk-address" name="postalAddress" rows={3} autoComplete="street-address" />
        <span className="hint">{t("addressHint")}</span>
      </div>
      {/* One run per page: a second click would write every letter twice. */}
      <button type="submit" disabled={running || rows.length > 0 || picked.length === 0}>
        {running ? t("creating") : rows.length > 0 ? t("created") : t("create", { count: picked.length })}
      </button>
      {rows.length > 0 ? (
        <section aria-labelledby="progress" className="card stack" aria-live="polite">
          <h2 id="progress">{t("progress", { done, total: rows.length })}</h2>
          <progress max={rows.length} value={done} style={{ width: "100%" }} />
          <ul>
            {rows.map((r) => (
              <li key={r.slug}>
                {r.state === "done" && r.id ? <a href={`/requests/${r.id}`}>{r.name}</a> : r.name}:{" "}
                {r.state === "done"
                  ? t("rowDone")
                  : r.state === "failed"
                    ? t("rowFailed", { message: r.message ?? "" })
                    : r.state === "working"
                      ? t("rowWorking")
                      : t("rowWaiting")}
              </li>
            ))}
          </ul>
          {!running ? (
            <p>
              {t("sendToday")} <a href={`/dashboard?batch=${batchId}`}>{t("seeBatch")}</a>.
            </p>
          ) : null}
        </section>
      ) : null}
    </form>
  );
}
