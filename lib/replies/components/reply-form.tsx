import { useTranslations } from "next-intl";

// The upload form: a plain multipart POST to a route handler, so it works without JavaScript and
// is not bound by the 1 MB limit of server actions.
export function ReplyForm({ requestId, maxText }: { requestId: string; maxText: string }) {
  const t = useTranslations("replies.form");
  return (
    <form method="post" action={`/requests/${encodeURIComponent(requestId)}/replies`} encType="multipart/form-data" className="card stack">
      <h3>{t("heading")}</h3>
      <div className="field">
        <label htmlFor="reply-message">{t("messageLabel")}</label>
        <input
          id="reply-message"
          name="message"
          type="file"
          accept=".eml,.msg,message/rfc822,application/vnd.ms-outlook"
          aria-describedby="reply-message-hint"
        />
        <span id="reply-message-hint" className="hint">
          {t("messageHint")}
        </span>
      </div>
      <div className="field">
        <label htmlFor="reply-text">{t("textLabel")}</label>
        <textarea id="reply-text" name="text" rows={6} />
      </div>
      <div className="field">
        <label htmlFor="reply-files">{t("filesLabel")}</label>
        <input id="reply-files" name="files" type="file" multiple aria-describedby="reply-files-hint" />
        <span id="reply-files-hint" className="hint">
          {t("filesHint", { max: maxText })}
        </span>
      </div>
      <p>
        <button type="submit">{t("submit")}</button>
      </p>
    </form>
  );
}
