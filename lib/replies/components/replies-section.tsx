import { rotateReplyAddressAction, revokeReplyAddressAction } from "../actions";
import type { StoredReply } from "../data";
import { megabytes, type ReplyLimits } from "../limits";
import { replyAddress } from "../tokens";
import { uploadMessage } from "../upload-messages";
import { ReplyForm } from "./reply-form";
import { ReplyItem } from "./reply-item";
import styles from "./replies.module.css";

export type RepliesQuery = { reply?: string; replyError?: string; confirmed?: string; confirmError?: string; address?: string };

// Fixed sentences only: the query string is anyone's to write, so none of it is shown.
const CONFIRM_ERRORS: Record<string, string> = {
  "invalid-transition": "That entry does not fit what is already on the timeline. See “Record what happened” below for what can be recorded now.",
  "invalid-date": "The reply's date does not fit the timeline. Record it below with the right date.",
  conflict: "The request changed in another tab. Reload the page and confirm again.",
  "not-found": "There is no such reply.",
  invalid: "That could not be recorded. Record it below instead.",
};

function Flash({ query, limits }: { query: RepliesQuery; limits: ReplyLimits }) {
  if (query.replyError)
    return (
      <p role="alert" className="notice bad">
        {uploadMessage(query.replyError, limits)}
      </p>
    );
  if (query.confirmError)
    return (
      <p role="alert" className="notice bad">
        {CONFIRM_ERRORS[query.confirmError] ?? "That could not be recorded. Reload the page and try again."}
      </p>
    );
  if (query.reply)
    return (
      <p role="status" className="notice ok">
        The reply was added. Check what RightsDesk read in it, then confirm.
      </p>
    );
  if (query.confirmed)
    return (
      <p role="status" className="notice ok">
        Added to the timeline.
      </p>
    );
  if (query.address === "new")
    return (
      <p role="status" className="notice ok">
        This request has a new reply address; the old one no longer takes mail.
      </p>
    );
  if (query.address === "revoked")
    return (
      <p role="status" className="notice ok">
        The reply address no longer takes mail.
      </p>
    );
  return null;
}

export function RepliesSection(props: {
  requestId: string;
  replies: StoredReply[];
  query: RepliesQuery;
  limits: ReplyLimits;
  inboundDomain: string | null;
  token: string | null;
  canRecord: boolean;
}) {
  const { requestId, replies, query, limits, inboundDomain, token, canRecord } = props;
  const maxText = `Up to ${limits.maxAttachments} files, ${megabytes(limits.maxAttachmentBytes)} each, ${megabytes(limits.maxMessageBytes)} in all`;
  return (
    <section aria-labelledby="replies" className="stack">
      <h2 id="replies">Replies from the company</h2>
      <Flash query={query} limits={limits} />
      {replies.length > 0 ? (
        <ul className={styles.list}>
          {replies.map((reply) => (
            <ReplyItem key={reply.id} requestId={requestId} reply={reply} canRecord={canRecord} />
          ))}
        </ul>
      ) : (
        <p className="muted">
          No replies kept yet. Add the company’s answer here: RightsDesk keeps it with its date and fingerprint (SHA-256), reads what it says and checks what it
          left out.
        </p>
      )}
      <ReplyForm requestId={requestId} maxText={maxText} />
      {inboundDomain ? (
        <div className="card stack">
          <h3>Forward replies by mail</h3>
          {token ? (
            <p>
              Forward the company’s reply, or give them this address to answer to:{" "}
              <strong data-testid="reply-address" className={styles.hash}>
                {replyAddress(token, inboundDomain)}
              </strong>
            </p>
          ) : (
            <p>Get a private address for this request: mail sent to it is filed here.</p>
          )}
          <div className="row">
            <form action={rotateReplyAddressAction.bind(null, requestId)}>
              <button type="submit" className="secondary">
                {token ? "Get a new address" : "Get a reply address"}
              </button>
            </form>
            {token ? (
              <form action={revokeReplyAddressAction.bind(null, requestId)}>
                <button type="submit" className="secondary">
                  Stop this address
                </button>
              </form>
            ) : null}
          </div>
          <p className="small muted">Anyone who knows the address can file mail here, so give it only to the company. A new address stops the old one.</p>
        </div>
      ) : null}
    </section>
  );
}
