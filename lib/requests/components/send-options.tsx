import { ExternalLink, Mail } from "lucide-react";
import { useTranslations } from "next-intl";
import { buildComposeLinks } from "@/lib/letters/compose-links";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { buildMailto, MAILTO_MAX_LENGTH } from "@/lib/letters/mailto";
import { pdfUnsupportedCharacters } from "@/lib/letters/pdf-text";
import type { Letter } from "@/lib/letters/types";
import { CopyButton } from "./copy-button";
import { ShareButton } from "./share-button";

/**
 * The ways to send it yourself; RightsDesk never sends a request on the user's behalf. Which way
 * leads depends on the device and the letter's length: on a phone the share sheet (any length, into
 * the mail app); a mail link where the letter fits one (1,800 characters, lib/letters/mailto.ts);
 * webmail compose links up to 8,000 (lib/letters/compose-links.ts); .eml, PDF and copy always.
 */
type Props = {
  letter: Letter;
  draftHref: string;
  query?: string;
  /** The downloaded files' name without extension (see letterFileName). */
  name: string;
  noEmailNote?: string;
  /** Where the copied text goes: a company's contact form, an authority's complaint form. */
  pasteNote?: string;
};

export function SendOptions({ letter, draftHref, query = "", name, noEmailNote, pasteNote }: Props) {
  const t = useTranslations("wizard.sendOptions");
  const format = useDayFormat();
  const mailto = buildMailto(letter);
  const compose = buildComposeLinks(letter).filter((link) => link.href);
  const unsupported = pdfUnsupportedCharacters(letter);
  return (
    <ol className="stack">
      <li>
        <h3>{t("mailTitle")}</h3>
        <ShareButton subject={letter.subject} body={letter.body} to={letter.to.email} withoutMailLink={!mailto.href} />
        {mailto.href ? (
          <p>
            <a className="button" href={mailto.href}>
              <Mail aria-hidden="true" size={18} /> {t("mail")}
            </a>
          </p>
        ) : null}
        {compose.length > 0 ? (
          <div className="stack">
            <p>{t("webmail")}</p>
            <ul className="inline-list" aria-label={t("webmailLabel")}>
              {compose.map((link) => (
                <li key={link.service}>
                  <a className="button secondary" href={link.href ?? undefined} target="_blank" rel="noopener noreferrer" data-compose={link.service}>
                    {link.label} <ExternalLink aria-hidden="true" size={16} />
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {mailto.href ? null : mailto.tooLong ? (
          <p className="notice warn">{t("tooLong", { length: format.number(mailto.length), max: format.number(MAILTO_MAX_LENGTH) })}</p>
        ) : (
          <p className="notice warn">{noEmailNote ?? t("noEmail")}</p>
        )}
      </li>
      <li>
        <h3>{t("emlTitle")}</h3>
        <p>
          <a className="button secondary" href={`${draftHref}/letter.eml${query}`} download={`${name}.eml`}>
            {t("eml")}
          </a>
        </p>
        <p className="small muted">{t("emlHint")}</p>
      </li>
      <li>
        <h3>{t("pdfTitle")}</h3>
        <p>
          <a className="button secondary" href={`${draftHref}/letter.pdf${query}`} download={`${name}.pdf`}>
            {t("pdf")}
          </a>
        </p>
        <p className="small muted">
          {t("pdfHint")} {letter.to.postal ? t("postTo", { address: letter.to.postal }) : t("noPostal")}
        </p>
        {unsupported.length > 0 ? <p className="small notice warn">{t("unsupported", { characters: unsupported.join(" ") })}</p> : null}
      </li>
      <li>
        <h3>{t("copyTitle")}</h3>
        <div className="stack">
          {letter.to.email ? <CopyButton text={letter.to.email} label={t("copyAddress")} copiedLabel={t("copiedAddress", { email: letter.to.email })} /> : null}
          <CopyButton text={letter.subject} label={t("copySubject")} copiedLabel={t("copiedSubject")} />
          <CopyButton text={letter.body} label={t("copyLetter")} copiedLabel={t("copied")} />
        </div>
        <p className="small muted">{pasteNote ?? t("paste")}</p>
      </li>
    </ol>
  );
}
