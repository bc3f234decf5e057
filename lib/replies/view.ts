import "server-only";
import { loadConfig } from "@/lib/config";
import type { RepliesQuery } from "./components/replies-section";
import { replyLimits } from "./config";
import { loadReplies, loadReplyToken } from "./data";

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 64) || undefined;

/** What the request page's replies section shows; the query is what the upload and the actions redirected with. */
export async function loadRepliesView(userId: string, requestId: string, params: Params) {
  const config = loadConfig();
  const inboundDomain = config.INBOUND_SMTP_PORT && config.INBOUND_DOMAIN ? config.INBOUND_DOMAIN : null;
  const [replies, token] = await Promise.all([loadReplies(userId, requestId), inboundDomain ? loadReplyToken(userId, requestId) : Promise.resolve(null)]);
  const query: RepliesQuery = {
    reply: first(params.reply),
    replyError: first(params["reply-error"]),
    confirmed: first(params.confirmed),
    confirmError: first(params["confirm-error"]),
    address: first(params.address),
  };
  return { replies, token, inboundDomain, query, limits: replyLimits(config) };
}
