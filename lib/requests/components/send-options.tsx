import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { buildMailto, MAILTO_MAX_LENGTH } from "@/lib/letters/mailto";
import { pdfUnsupportedCharacters } from "@/lib/letters/pdf-text";
import type { Letter } from "@/lib/letters/types";
import { CopyButton } from "./copy-button";

/** The ways to send it yourself; RightsDesk never sends a request on the user's behalf. */
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
  const unsupported = pdfUnsupportedCharacters(letter);
  return (
    <ol className="stack">
      <li>
        <h3>{t("mailTitle")}</h3>
        {mailto.href ? (
          <p>
            <a className="button" href={mailto.href}>{t("mail")}</a>
          </p>
        ) : mailto.tooLong ? (
          <p className="notice warn">
            {t("tooLong", { length: format.number(mailto.length), max: format.number(MAILTO_MAX_LENGTH) })}
          </p>
        ) : (
          <p className="notice warn">{noEmailNote ?? t("noEmail")}</p>
        )}
      </li>
      <li>
        <h3>{t("emlTitle")}</h3>
        <p>
          <a className="button secondary" href={`${draftHref}/letter.eml${query}`} download={`${name}.eml`}>{t("eml")}</a>
        </p>
        <p className="small muted">{t("emlHint")}</p>
      </li>
      <li>
        <h3>{t("pdfTitle")}</h3>
        <p>
          <a className="button secondary" href={`${draftHref}/letter.pdf${query}`} download={`${name}.pdf`}>{t("pdf")}</a>
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
