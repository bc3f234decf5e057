"use client";

import { useRef, useState, type FormEvent } from "react";
import { useIssueText } from "@/lib/i18n/use-issue-text";
import { formatFromFilename, MAX_POLICY_BYTES } from "../../extractor/formats";
import { validatePolicyText, validatePolicyUpload } from "../../extractor/validate-upload";
import type { ExtractResponse } from "../extract-endpoint";
import { policyUrlSchema } from "../schema";

export type Extracted = Extract<ExtractResponse, { ok: true }>;
type Source = "paste" | "file" | "url";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

// The same checks as the server, run first in the browser so a wrong file is refused at once.
async function checkLocally(source: Source, text: string, file: File | null, address: string): Promise<string | null> {
  if (source === "url") {
    const parsed = policyUrlSchema.safeParse(address);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? "Enter the full address of the policy.");
  }
  if (source === "paste") {
    if (text.trim().length === 0) return "Paste the text of the privacy policy first.";
    const checked = validatePolicyText(text);
    return checked.ok ? null : checked.message;
  }
  if (!file) return "Choose a file first.";
  if (!formatFromFilename(file.name)) return "Only .txt, .md and .html files are accepted.";
  if (file.size > MAX_POLICY_BYTES)
    return "The file is larger than 2 MB. A privacy policy is rarely more than a few hundred kilobytes: save only the policy text.";
  const checked = validatePolicyUpload(new Uint8Array(await file.arrayBuffer()), file.name);
  return checked.ok ? null : checked.message;
}

async function postPolicy(source: Source, text: string, file: File | null, address: string): Promise<ExtractResponse> {
  const form = new FormData();
  if (source === "file" && file) form.set("file", file);
  else if (source === "url") form.set("url", address.trim());
  else form.set("text", text);
  const response = await fetch("/api/custom-services/extract", { method: "POST", body: form });
  const body = (await response.json().catch(() => null)) as ExtractResponse | null;
  return body ?? { ok: false, reason: "bad-request", message: "Something went wrong while reading the policy. Please try again." };
}

export function PolicyInputForm({ onExtracted }: { onExtracted: (result: Extracted) => void }) {
  const [source, setSource] = useState<Source>("paste");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [address, setAddress] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const issueText = useIssueText();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const problem = await checkLocally(source, text, file, address);
      const result = problem ? null : await postPolicy(source, text, file, address);
      if (result?.ok) return onExtracted(result);
      const message = problem ?? (result && !result.ok ? result.message : null);
      setError(message && issueText(message));
    } catch {
      setError("We could not reach RightsDesk. Check your connection and try again.");
    } finally {
      setPending(false);
    }
    requestAnimationFrame(() => errorRef.current?.focus());
  };

  const describedBy = `${source === "paste" ? "policy-text" : source === "url" ? "policy-url" : "policy-file"}-hint${error ? " policy-error" : ""}`;
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-busy={pending}>
      <fieldset className="field">
        <legend>How will you give us the policy?</legend>
        <label>
          <input type="radio" name="source" value="paste" checked={source === "paste"} onChange={() => setSource("paste")} /> Paste its text
        </label>
        <label>
          <input type="radio" name="source" value="file" checked={source === "file"} onChange={() => setSource("file")} /> Upload a file
        </label>
        <label>
          <input type="radio" name="source" value="url" checked={source === "url"} onChange={() => setSource("url")} /> Give its address
        </label>
      </fieldset>
      {source === "url" ? (
        <div className="field">
          <label htmlFor="policy-url">Address of the privacy policy</label>
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
            The page&apos;s address, starting with https://. We fetch it once (a web page, a text file or a PDF of up to 2 MB) and propose facts from it.
          </span>
        </div>
      ) : source === "paste" ? (
        <div className="field">
          <label htmlFor="policy-text">The privacy policy</label>
          <textarea
            id="policy-text"
            rows={12}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? "true" : "false"}
            aria-describedby={describedBy}
          />
          <span id="policy-text-hint" className="hint">
            Open the policy on the company&apos;s website, select all of it, copy and paste it here.
          </span>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="policy-file">Policy file</label>
          <input
            id="policy-file"
            type="file"
            accept={ACCEPT}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={error ? "true" : "false"}
            aria-describedby={describedBy}
          />
          <span id="policy-file-hint" className="hint">
            A .txt, .md or .html file of up to 2 MB, in UTF-8. Save the page from your browser; PDFs and Word files cannot be read.
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
          {pending ? "Reading the policy…" : "Find facts"}
        </button>
        <span role="status" className="muted small">
          {pending ? "Reading the policy…" : ""}
        </span>
      </div>
    </form>
  );
}
