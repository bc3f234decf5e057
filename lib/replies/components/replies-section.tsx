import { useTranslations } from "next-intl";
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
const CONFIRM_ERRORS = ["invalid-transition", "invalid-date", "conflict", "not-found", "invalid"] as const;
type ConfirmError = (typeof CONFIRM_ERRORS)[number];
const isConfirmError = (value: string): value is ConfirmError => (CONFIRM_ERRORS as readonly string[]).includes(value);

function Flash({ query, limits }: { query: RepliesQuery; limits: ReplyLimits }) {
  const t = useTranslations("replies");
  if (query.replyError)
    return (
      <p role="alert" className="notice bad">
        {uploadMessage(query.replyError, limits, t)}
      </p>
    );
  if (query.confirmError)
    return (
      <p role="alert" className="notice bad">
        {isConfirmError(query.confirmError) ? t(`confirmError.${query.confirmError}`) : t("confirmError.other")}
      </p>
    );
  if (query.reply)
    return (
      <p role="status" className="notice ok">
        {t("flash.added")}
      </p>
    );
  if (query.confirmed)
    return (
      <p role="status" className="notice ok">
        {t("flash.confirmed")}
      </p>
    );
  if (query.address === "new")
    return (
      <p role="status" className="notice ok">
        {t("flash.addressNew")}
      </p>
    );
  if (query.address === "revoked")
    return (
      <p role="status" className="notice ok">
        {t("flash.addressRevoked")}
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
  const t = useTranslations("replies");
  const maxText = t("maxText", { count: limits.maxAttachments, each: megabytes(limits.maxAttachmentBytes), total: megabytes(limits.maxMessageBytes) });
  return (
    <section aria-labelledby="replies" className="stack">
      <h2 id="replies">{t("heading")}</h2>
      <Flash query={query} limits={limits} />
      {replies.length > 0 ? (
        <ul className={styles.list}>
          {replies.map((reply) => (
            <ReplyItem key={reply.id} requestId={requestId} reply={reply} canRecord={canRecord} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      <ReplyForm requestId={requestId} maxText={maxText} />
      {inboundDomain ? (
        <div className="card stack">
          <h3>{t("address.heading")}</h3>
          {token ? (
            <p>
              {t("address.forward")}{" "}
              <strong data-testid="reply-address" className={styles.hash}>
                {replyAddress(token, inboundDomain)}
              </strong>
            </p>
          ) : (
            <p>{t("address.none")}</p>
          )}
          <div className="row">
            <form action={rotateReplyAddressAction.bind(null, requestId)}>
              <button type="submit" className="secondary">
                {token ? t("address.rotate") : t("address.create")}
              </button>
            </form>
            {token ? (
              <form action={revokeReplyAddressAction.bind(null, requestId)}>
                <button type="submit" className="secondary">
                  {t("address.revoke")}
                </button>
              </form>
            ) : null}
          </div>
          <p className="small muted">{t("address.warning")}</p>
        </div>
      ) : null}
    </section>
  );
}
