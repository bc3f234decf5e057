import { recordedAtText } from "@/lib/requests/evidence-blocks";
import { confirmReplyAction } from "../actions";
import type { StoredReply } from "../data";
import { megabytes } from "../limits";
import { proposalTitle } from "../proposal";
import { ReplyChecklist } from "./reply-checklist";
import styles from "./replies.module.css";

const SOURCES: Record<string, string> = { upload: "uploaded", paste: "pasted", inbound: "received by mail" };
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : megabytes(bytes));

export function ReplyItem({ requestId, reply, canRecord }: { requestId: string; reply: StoredReply; canRecord: boolean }) {
  const base = `/requests/${encodeURIComponent(requestId)}/replies/${encodeURIComponent(reply.id)}`;
  const proposal = reply.reading?.classification.proposal ?? null;
  const coverage = reply.reading?.coverage ?? null;
  const heading = `reply-${reply.id}`;
  return (
    <li className="card stack" aria-labelledby={heading}>
      <h3 id={heading}>{reply.subject ?? "Reply without a subject"}</h3>
      <dl className={`small ${styles.meta}`}>
        <dt>Date</dt>
        <dd>{reply.sentAt ? recordedAtText(reply.sentAt) : `not stated (added ${recordedAtText(reply.createdAt)})`}</dd>
        <dt>From</dt>
        <dd>
          {reply.fromAddress ?? "not stated"}
          {reply.source === "inbound" ? <span className="muted"> (as the message states it; not verified)</span> : null}
        </dd>
        {reply.toAddress ? (
          <>
            <dt>To</dt>
            <dd>{reply.toAddress}</dd>
          </>
        ) : null}
        <dt>Kept</dt>
        <dd>
          {SOURCES[reply.source] ?? reply.source}, {size(reply.size)}
        </dd>
        <dt>SHA-256</dt>
        <dd className={styles.hash}>{reply.sha256}</dd>
      </dl>
      {(reply.reading?.warnings ?? []).map((warning) => (
        <p key={warning} className="small muted">
          {warning}
        </p>
      ))}
      <pre className={styles.body} tabIndex={0} aria-label="The reply's text">
        {reply.textBody.slice(0, 20_000) || "(no text)"}
        {reply.textBody.length > 20_000 ? "\n…" : ""}
      </pre>
      <p className="small">
        <a href={`${base}/raw`} download>
          Download the reply as it came{reply.source === "paste" ? " (.txt)" : " (.eml)"}
        </a>
      </p>
      {reply.attachments.length > 0 ? (
        <div className="stack">
          <h4>Files ({reply.attachments.length})</h4>
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
                    <summary className="small">What the archive holds ({file.entries.entries.length} entries)</summary>
                    <ul className={`small ${styles.files}`}>
                      {file.entries.entries.slice(0, 200).map((entry, i) => (
                        <li key={`${i}-${entry.name}`}>
                          {entry.name} <span className="muted">{entry.type === "folder" ? "folder" : `${size(entry.size)}, ${entry.type}`}</span>
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
          <h4>What the reply says</h4>
          <p>
            Proposed entry: <strong data-testid="reply-proposal">{proposalTitle(proposal)}</strong>
          </p>
          <blockquote className={styles.quote}>{proposal.quote}</blockquote>
          {proposal.type === "answer-received" && coverage ? <ReplyChecklist coverage={coverage} idPrefix={reply.id} /> : null}
          {canRecord ? (
            <p>
              <button type="submit">Confirm: add this to the timeline</button>
            </p>
          ) : null}
          <p className="small muted">
            Confirming records the entry dated the day of the reply, so the deadline and reminders follow it. Untick an item the reply does not really cover:
            unticked items go into the follow-up letter.
          </p>
        </form>
      ) : (
        <p className="small muted">RightsDesk could not tell what this reply is. Record what happened below.</p>
      )}
    </li>
  );
}
