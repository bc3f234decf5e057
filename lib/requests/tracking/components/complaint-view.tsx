import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import type { Letter, LetterLanguage } from "@/lib/letters/types";
import { LetterText, ReadingCopy } from "../../components/letter-summary";
import { SendOptions } from "../../components/send-options";
import { letterFileName } from "../../file-names";
import type { AuthorityOption } from "../../complaint-authority";
import { LanguageSwitch } from "./language-switch";
import { RecordEventForm } from "./record-event-form";

type Props = {
  requestId: string;
  /** Set once a complaint is on the timeline: the page then confirms it instead of asking. */
  filed: { on: string; authority: string } | null;
  serviceName: string;
  authorities: AuthorityOption[];
  authority: AuthorityOption | null;
  letter: Letter | null;
  problem: string | null;
  notYet: string | null;
  language: LetterLanguage;
  languages: readonly LetterLanguage[];
  /** The same complaint in the user's own language, where the one to send is in the authority's. */
  readingCopy?: Letter | null;
  /** The complaint to the company the law requires first (UK DPA 2018 s. 164A, Australia, India). */
  firstToController?: { rule: string; citation: string } | null;
};

/** Which authority and why, the complaint letter, the evidence file to attach, and "I filed it". */
export function ComplaintView({
  requestId,
  filed,
  serviceName,
  authorities,
  authority,
  letter,
  problem,
  notYet,
  language,
  languages,
  readingCopy,
  firstToController,
}: Props) {
  const href = `/requests/${encodeURIComponent(requestId)}`;
  const page = `${href}/complaint`;
  const extra = authority ? `&authority=${encodeURIComponent(authority.id)}` : "";
  const t = useTranslations("tracking.complaint");
  const format = useDayFormat();
  const names = new Intl.DisplayNames([useTranslations("locale")("dateLocale")], { type: "language" });
  const languageName = (code: string) => names.of(code) ?? code;
  const timeline = (chunks: React.ReactNode) => <Link href={href}>{chunks}</Link>;
  return (
    <div className="page narrow stack">
      <p className="small">
        <Link href={href}>{t("back")}</Link>
      </p>
      <h1>{t("title", { service: serviceName })}</h1>
      {filed ? (
        <p className="notice ok" role="status">
          {t.rich("filed", { authority: filed.authority, date: format.full(filed.on), link: timeline })}
        </p>
      ) : notYet ? (
        <p className="notice warn">{notYet}</p>
      ) : null}
      {problem ? (
        <p className="notice bad" role="alert">
          {problem}
        </p>
      ) : null}
      {firstToController && !filed ? (
        <section className="notice warn" aria-labelledby="first-heading">
          <h2 id="first-heading">{t("firstTitle", { service: serviceName })}</h2>
          <p>
            {firstToController.rule} ({firstToController.citation}).{" "}
            {t.rich("firstBody", { service: serviceName, link: (chunks) => <Link href={`${href}/follow-up`}>{chunks}</Link> })}
          </p>
        </section>
      ) : null}
      <section className="stack" aria-labelledby="authority-heading">
        <h2 id="authority-heading">{t("where")}</h2>
        {authorities.length > 1 && authorities.length <= 4 ? (
          <ul>
            {authorities.map((option) => (
              <li key={option.id}>
                {option.id === authority?.id ? (
                  <strong>{option.name}</strong>
                ) : (
                  <Link href={`${page}?lang=${language}&authority=${encodeURIComponent(option.id)}`}>{option.name}</Link>
                )}
                : {option.why}
              </li>
            ))}
          </ul>
        ) : null}
        {authorities.length > 4 ? (
          <form method="get" action={page} className="row">
            <input type="hidden" name="lang" value={language} />
            <label htmlFor="authority-choice">{authorities.some((a) => a.region) ? t("authorityByRegion") : t("authority")}</label>
            <select id="authority-choice" name="authority" defaultValue={authority?.id}>
              {authorities.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.region ? `${option.region}: ${option.name}` : option.name}
                </option>
              ))}
            </select>
            <button type="submit" className="secondary">
              {t("useAuthority")}
            </button>
          </form>
        ) : null}
        {authority ? (
          <div className="card stack">
            <p>
              <strong>{authority.name}</strong>
              {authority.url ? (
                <>
                  {" "}
                  ·{" "}
                  <a href={authority.url} rel="noreferrer noopener" target="_blank">
                    {t("website")}
                  </a>
                </>
              ) : null}
            </p>
            <p>
              {authority.why} <span className="small muted">{t("source", { source: authority.citation })}</span>
            </p>
            {authority.policyCitation ? <p className="small">{t("policy", { service: serviceName, quote: authority.policyCitation.quote })}</p> : null}
            {authority.note ? <p className="small notice">{authority.note}</p> : null}
            {authority.webform ? (
              <p>
                <a className="button" href={authority.webform} rel="noreferrer noopener" target="_blank">
                  {t("openForm", { authority: authority.name })}
                </a>{" "}
                <span className="small muted">{t("formHint")}</span>
              </p>
            ) : null}
            {authority.email || authority.address ? (
              <p className="small">
                {authority.email ? <>{t("email", { email: authority.email })} </> : null}
                {authority.address ? <>{t("post", { address: authority.address.split("\n").join(", ") })}</> : null}
                {authority.source ? <span className="muted"> {t("dataset", { source: authority.source })}</span> : null}
              </p>
            ) : null}
          </div>
        ) : null}
      </section>
      {letter ? (
        <>
          <LanguageSwitch href={page} language={language} languages={languages} extra={extra} />
          {readingCopy ? (
            <p className="notice">
              {t("readingNote", {
                authority: authority?.name ?? t("theAuthority"),
                language: languageName(letter.language),
                reading: languageName(readingCopy.language),
              })}
            </p>
          ) : null}
          <LetterText letter={letter} />
          {readingCopy ? <ReadingCopy letter={readingCopy} /> : null}
          <section className="stack" aria-labelledby="send-heading">
            <h2 id="send-heading">{t("file")}</h2>
            <p>{t("fileBody")}</p>
            <p>
              <a className="button secondary" href={`${href}/evidence.pdf`} download>
                {t("evidence")}
              </a>
            </p>
            <SendOptions
              letter={letter}
              draftHref={page}
              query={`?lang=${language}${extra}`}
              name={letterFileName({ company: serviceName, what: "complaint", date: letter.date })}
              noEmailNote={t("noEmail")}
              pasteNote={t("paste", { authority: authority?.name ?? t("theAuthority") })}
            />
          </section>
          {notYet || !authority ? null : (
            <section className="card stack" aria-labelledby="filed-heading">
              <h2 id="filed-heading">{t("once")}</h2>
              <RecordEventForm
                requestId={requestId}
                allowed={["complaint-filed"]}
                checklist={[]}
                authorities={[authority.name, ...authorities.filter((a) => a.id !== authority.id).map((a) => a.name)]}
                language={language}
                submitLabel={t("submit")}
              />
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
