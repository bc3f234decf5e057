"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { formatFromFilename, MAX_POLICY_BYTES } from "../../extractor/formats";
import { validatePolicyText, validatePolicyUpload } from "../../extractor/validate-upload";
import type { ExtractRejection, ExtractResponse } from "../extract-endpoint";
import { policyUrlSchema } from "../schema";

export type Extracted = Extract<ExtractResponse, { ok: true }>;
type Source = "paste" | "file" | "url";
type Problem = ExtractRejection | "no-url" | "no-text" | "no-file" | "offline";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

// The same checks as the server, run first in the browser so a wrong file is refused at once.
async function checkLocally(source: Source, text: string, file: File | null, address: string): Promise<Problem | null> {
  if (source === "url") {
    if (address.trim().length === 0) return "no-url";
    return policyUrlSchema.safeParse(address).success ? null : "bad-url";
  }
  if (source === "paste") {
    if (text.trim().length === 0) return "no-text";
    const checked = validatePolicyText(text);
    return checked.ok ? null : checked.reason;
  }
  if (!file) return "no-file";
  if (!formatFromFilename(file.name)) return "unsupported-type";
  if (file.size > MAX_POLICY_BYTES) return "too-large";
  const checked = validatePolicyUpload(new Uint8Array(await file.arrayBuffer()), file.name);
  return checked.ok ? null : checked.reason;
}

const FETCHED = new Set<Problem>(["unsupported-type", "empty", "binary", "not-utf8", "too-large"]);

/** The message for a refusal, in the reader's language: the server's reason, never its English words. */
function useProblemText() {
  const t = useTranslations("serviceForms.input");
  return (problem: Problem, source: Source): string => {
    if (problem === "no-url") return t("errors.noUrl");
    if (problem === "no-text") return t("errors.noText");
    if (problem === "no-file") return t("errors.noFile");
    if (problem === "offline") return t("offline");
    if (source === "url" && FETCHED.has(problem)) return t(`fetched.${problem as "empty"}`);
    return t(`reasons.${problem}`);
  };
}

async function postPolicy(source: Source, text: string, file: File | null, address: string): Promise<ExtractResponse> {
  const form = new FormData();
  if (source === "file" && file) form.set("file", file);
  else if (source === "url") form.set("url", address.trim());
  else form.set("text", text);
  const response = await fetch("/api/custom-services/extract", { method: "POST", body: form });
  const body = (await response.json().catch(() => null)) as ExtractResponse | null;
  return body ?? { ok: false, reason: "failed", message: "" };
}

export function PolicyInputForm({ onExtracted }: { onExtracted: (result: Extracted) => void }) {
  const t = useTranslations("serviceForms.input");
  const problemText = useProblemText();
  const [source, setSource] = useState<Source>("paste");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [address, setAddress] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const problem = await checkLocally(source, text, file, address);
      const result = problem ? null : await postPolicy(source, text, file, address);
      if (result?.ok) return onExtracted(result);
      const refused = problem ?? (result && !result.ok ? result.reason : null);
      setError(refused ? problemText(refused, source) : null);
    } catch {
      setError(problemText("offline", source));
    } finally {
      setPending(false);
    }
    requestAnimationFrame(() => errorRef.current?.focus());
  };

  const describedBy = `${source === "paste" ? "policy-text" : source === "url" ? "policy-url" : "policy-file"}-hint${error ? " policy-error" : ""}`;
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-busy={pending}>
      <fieldset className="field">
        <legend>{t("source")}</legend>
        <label>
          <input type="radio" name="source" value="paste" checked={source === "paste"} onChange={() => setSource("paste")} /> {t("paste")}
        </label>
        <label>
          <input type="radio" name="source" value="file" checked={source === "file"} onChange={() => setSource("file")} /> {t("file")}
        </label>
        <label>
          <input type="radio" name="source" value="url" checked={source === "url"} onChange={() => setSource("url")} /> {t("url")}
        </label>
      </fieldset>
      {source === "url" ? (
        <div className="field">
          <label htmlFor="policy-url">{t("urlLabel")}</label>
          <input
            id="policy-url"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            aria-invalid={error ? "true" : "false"}
            aria-describedby={describedBy}
          />
          <span id="policy-url-hint" className="hint">
            {t("urlHint")}
          </span>
        </div>
      ) : source === "paste" ? (
        <div className="field">
          <label htmlFor="policy-text">{t("textLabel")}</label>
          <textarea
            id="policy-text"
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? "true" : "false"}
            aria-describedby={describedBy}
          />
          <span id="policy-text-hint" className="hint">
            {t("textHint")}
          </span>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="policy-file">{t("fileLabel")}</label>
          <input
            id="policy-file"
            type="file"
            accept={ACCEPT}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={error ? "true" : "false"}
            aria-describedby={describedBy}
          />
          <span id="policy-file-hint" className="hint">
            {t("fileHint")}
          </span>
        </div>
      )}
      {error ? (
        <p id="policy-error" className="notice bad" role="alert" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" disabled={pending}>
          {pending ? t("reading") : t("submit")}
        </button>
        <span role="status" className="muted small">
          {pending ? t("reading") : ""}
        </span>
      </div>
    </form>
  );
}
