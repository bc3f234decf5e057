import { useTranslations } from "next-intl";
import { recordedAtText } from "@/lib/requests/evidence-blocks";
import { confirmReplyAction } from "../actions";
import type { StoredReply } from "../data";
import { megabytes } from "../limits";
import { proposalTitle } from "../proposal";
import { ReplyChecklist } from "./reply-checklist";
import styles from "./replies.module.css";

const SOURCES = ["upload", "paste", "inbound"] as const;
const isSource = (value: string): value is (typeof SOURCES)[number] => (SOURCES as readonly string[]).includes(value);
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : megabytes(bytes));

export function ReplyItem({ requestId, reply, canRecord }: { requestId: string; reply: StoredReply; canRecord: boolean }) {
  const t = useTranslations("replies");
  const base = `/requests/${encodeURIComponent(requestId)}/replies/${encodeURIComponent(reply.id)}`;
  const proposal = reply.reading?.classification.proposal ?? null;
  const coverage = reply.reading?.coverage ?? null;
  const heading = `reply-${reply.id}`;
  return (
    <li className="card stack" aria-labelledby={heading}>
      <h3 id={heading}>{reply.subject ?? t("item.noSubject")}</h3>
      <dl className={`small ${styles.meta}`}>
        <dt>{t("item.date")}</dt>
        <dd>{reply.sentAt ? recordedAtText(reply.sentAt) : t("item.dateNotStated", { added: recordedAtText(reply.createdAt) })}</dd>
        <dt>{t("item.from")}</dt>
        <dd>
          {reply.fromAddress ?? t("item.notStated")}
          {reply.source === "inbound" ? <span className="muted"> {t("item.notVerified")}</span> : null}
        </dd>
        {reply.toAddress ? (
          <>
            <dt>{t("item.to")}</dt>
            <dd>{reply.toAddress}</dd>
          </>
        ) : null}
        <dt>{t("item.kept")}</dt>
        <dd>{t("item.keptValue", { source: isSource(reply.source) ? t(`item.source.${reply.source}`) : reply.source, size: size(reply.size) })}</dd>
        <dt>SHA-256</dt>
        <dd className={styles.hash}>{reply.sha256}</dd>
      </dl>
      {(reply.reading?.warnings ?? []).map((warning) => (
        <p key={warning} className="small muted">
          {warning}
        </p>
      ))}
      <pre className={styles.body} tabIndex={0} aria-label={t("item.textLabel")}>
        {reply.textBody.slice(0, 20_000) || t("item.noText")}
        {reply.textBody.length > 20_000 ? "\n…" : ""}
      </pre>
      <p className="small">
        <a href={`${base}/raw`} download>
          {reply.source === "paste" ? t("item.downloadTxt") : t("item.downloadEml")}
        </a>
      </p>
      {reply.attachments.length > 0 ? (
        <div className="stack">
          <h4>{t("item.files", { count: reply.attachments.length })}</h4>
          <ul className={styles.files}>
            {reply.attachments.map((file) => (
              <li key={file.id}>
                <a href={`${base}/files/${encodeURIComponent(file.id)}`} download>
                  {file.filename}
                </a>{" "}
                <span className="small muted">
                  {size(file.size)}, {file.contentType}
                </span>
                <div className={`small ${styles.hash}`}>SHA-256 {file.sha256}</div>
                {file.entries?.note ? <p className="small muted">{file.entries.note}</p> : null}
                {file.entries && file.entries.entries.length > 0 ? (
                  <details>
                    <summary className="small">{t("item.archive", { count: file.entries.entries.length })}</summary>
                    <ul className={`small ${styles.files}`}>
                      {file.entries.entries.slice(0, 200).map((entry, i) => (
                        <li key={`${i}-${entry.name}`}>
                          {entry.name} <span className="muted">{entry.type === "folder" ? t("item.folder") : `${size(entry.size)}, ${entry.type}`}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {proposal ? (
        <form action={confirmReplyAction.bind(null, requestId, reply.id)} className="stack">
          <h4>{t("item.says")}</h4>
          <p>{t.rich("item.proposed", { title: proposalTitle(proposal, t), strong: (chunks) => <strong data-testid="reply-proposal">{chunks}</strong> })}</p>
          <blockquote className={styles.quote}>{proposal.quote}</blockquote>
          {proposal.type === "answer-received" && coverage ? <ReplyChecklist coverage={coverage} idPrefix={reply.id} /> : null}
          {canRecord ? (
            <p>
              <button type="submit">{t("item.confirm")}</button>
            </p>
          ) : null}
          <p className="small muted">{t("item.confirmHint")}</p>
        </form>
      ) : (
        <p className="small muted">{t("item.unknown")}</p>
      )}
    </li>
  );
}
