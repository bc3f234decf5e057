import { urlKey } from "./detect-urls";
import { lastIndexNear, lineStartNear } from "./text-spans";
import type { Proposal, Span } from "./types";

type UrlProposal = Extract<Proposal, { kind: "url" }>;

// A self-service page is a page of the service itself where the policy lets you act on your data.
// A link elsewhere counts only as the form the policy sends requests to ("fill out this webform"):
// industry opt-out sites, regulators' and partners' pages are not the service's own tools.
const ACTION =
  /\b(?:request|download|delete|deletion|add or update|update (?:the|certain)|erase|erasure|correct\w*|edit|update your|portability|object|restrict\w*|opt[- ]?out|unsubscrib\w*|preferences|settings?|choices|manage|control your|disable|exercise|stop using|turn (?:\w+ )?off|switch (?:\w+ )?off|your (?:privacy )?rights|account information|privacy (?:center|centre|portal|dashboard)|export|cop(?:y|ies) of|supprimer|télécharger|paramètres|préférences|gérer|accéder|exercer|modifier|rectifier|désabonner|désinscri\w*|löschen|Einstellungen|verwalten|herunterladen|abmelden|berichtigen|Auskunft)\b/i;
const REQUEST_FORM =
  /\b(?:web ?form|request form|privacy (?:request|portal)|submit (?:a|your) request|fill (?:out|in)|contact form|feedback form|formulaire|Formular|Kontaktformular)\b/i;
const READ_ONLY =
  /\b(?:learn more|read more|find out more|more information|to read about|for more details|read about|(?:process|procedure) described (?:at|in|on)|as (?:discussed|described|explained|set out) in)\b/i;
// A link to a document ("our [Cookie Policy]", "[Terms of Service]") is something to read, not a tool.
const DOCUMENT = /\b(?:policy|policies|notice|terms|statement|agreement|FAQ)\b/i;
// A page whose path names a document ("/terms/local-laws", "/privacy/policy/?annotations…", "/cookie-policy").
const DOCUMENT_PATH = /\/(?:[\w-]{0,20}-)?(?:terms|policy|notice|agb|datenschutzerklaerung|politique|conditions)(?:[/.?#-]|$)/i;
const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return "";
  }
};
// "please contact our [Customer Service]", "[contact us](…)": the service's own contact page.
const CONTACT_PAGE = /\bcontact (?:us|our(?: \w+)?)\s*$|^contact us$/i;
// "If you wish to do any of these things, you may go to [Data Privacy Queries]": the sentence before says what.
// "* delete your account. Click [here](…) for detailed instructions": a bare "click here" sentence too.
const ANAPHORA = /\b(?:any of these|these things|these rights|do so|this right)\b|^\s*(?:please )?(?:click|tap)\s*$/i;
// "To exercise your rights, please click [here](https://privacyportal.example.net/webform/…)": an address that says it is a request form.
const REQUEST_FORM_URL = /\bweb-?forms?\b|\bprivacy-?(?:portal|request)s?\b|\b(?:data|dsar|subject)-?requests?\b|\brequest-?forms?\b/i;
// The words right after a link finish its clause: "Update your [content] preferences", "[login] to the dashboard and adjust your preferences".
const AFTER_REACH = 60;
const PREVIOUS_REACH = 300;
const LINK_TEXT_REACH = 200;

const REPRESENTATIVE = /\b(?:representative|Vertreter\w*|représentant\w*)\b/i;
const REPRESENTATIVE_REACH = 600;

function isHomePage(url: string): boolean {
  try {
    const u = new URL(url);
    // "privacy.example.com" or "sellercentral.example.com" is a tool of its own; "www.example.com" is the site.
    const site = u.hostname.toLowerCase().replace(/^www\./, "") === siteOf(u.hostname);
    return site && (u.pathname === "/" || u.pathname === "") && u.search === "";
  } catch {
    return false;
  }
}

/** The registrable domain of a host: the last two labels, three for "co.uk"-style names. */
export function siteOf(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, "")
    .split(".");
  const second = labels.at(-2) ?? "";
  const tail = labels.at(-1)?.length === 2 && ["co", "com", "org", "net", "gov", "ac"].includes(second) ? 3 : 2;
  return labels.slice(-tail).join(".");
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The service's own sites when no one says: the site most of the policy's links point to. */
export function inferServiceDomains(urls: string[]): string[] {
  const counts = new Map<string, number>();
  for (const u of urls) {
    const host = hostOf(u);
    if (host) counts.set(siteOf(host), (counts.get(siteOf(host)) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? [best[0]] : [];
}

// "[Account deletion](https://...)": the words a Markdown link shows.
function linkText(text: string, url: Span): string {
  if (text[url.start - 1] !== "(" || text[url.start - 2] !== "]") return "";
  const open = lastIndexNear(text, "[", url.start - 2, LINK_TEXT_REACH);
  return open === -1 ? "" : text.slice(open + 1, url.start - 2);
}

export function isSelfServiceLink(text: string, u: UrlProposal, domains: string[]): boolean {
  const host = hostOf(u.url);
  // "#7whenwillthebbcusemyinformation": a section of the policy itself, not a tool.
  if (!host || u.url.includes("#")) return false;
  const shown = linkText(text, u.span);
  const lineStart = lineStartNear(text, u.span.start);
  const linkEnd = text[u.span.end] === ")" ? u.span.end + 1 : u.span.end;
  const after = text.slice(linkEnd, Math.min(u.sentence.end, linkEnd + AFTER_REACH)).split(/[.,;:[\]]/)[0] ?? "";
  const before = text.slice(Math.max(lineStart, u.sentence.start), Math.max(lineStart, u.span.start - shown.length - 3));
  const previous = ANAPHORA.test(before) ? text.slice(Math.max(lineStart, u.sentence.start - PREVIOUS_REACH), u.sentence.start) : "";
  const clause = `${text.slice(Math.max(lineStart, u.sentence.start), u.span.start)} ${shown} ${after}`;
  const own = domains.includes(siteOf(host));
  // The site's home page ("[www.example.com](https://www.example.com/)") is where the service is, not a tool.
  if (own && isHomePage(u.url)) return false;
  // A form of the service's representative ("EDPO's online request form", "VeraSafe's contact form")
  // reaches the representative, a channel of its own, not a page of the service.
  if (!own && REPRESENTATIVE.test(text.slice(Math.max(0, u.sentence.start - REPRESENTATIVE_REACH), u.span.start))) return false;
  if (REQUEST_FORM.test(clause) || REQUEST_FORM.test(shown)) return true;
  if (REQUEST_FORM_URL.test(u.url) && ACTION.test(clause) && !READ_ONLY.test(clause)) return true;
  if (!own) return false;
  if (DOCUMENT.test(shown)) return false;
  // A page of the policy that opens a tool ("[Download your information](…/policy/?link_dialog=…)") is named for what it does.
  if (DOCUMENT_PATH.test(pathOf(u.url)) && !ACTION.test(shown)) return false;
  if (CONTACT_PAGE.test(before) || CONTACT_PAGE.test(shown.trim())) return true;
  if (ACTION.test(shown)) return true;
  if (READ_ONLY.test(clause)) return false;
  return ACTION.test(clause) || ACTION.test(previous);
}

export function selfServiceLinks(text: string, urls: UrlProposal[], domains: string[]): UrlProposal[] {
  const seen = new Set<string>();
  return urls.filter((u) => isSelfServiceLink(text, u, domains) && !seen.has(urlKey(u.url)) && (seen.add(urlKey(u.url)), true));
}
