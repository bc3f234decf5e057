import { ExternalLink, Mail } from "lucide-react";
import { buildComposeLinks } from "@/lib/letters/compose-links";
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

export function SendOptions({ letter, draftHref, query = "", name, noEmailNote, pasteNote = "Paste it into webmail or the company's contact form." }: Props) {
  const mailto = buildMailto(letter);
  const compose = buildComposeLinks(letter).filter((link) => link.href);
  const unsupported = pdfUnsupportedCharacters(letter);
  return (
    <ol className="stack">
      <li>
        <h3>Open it in your mail app</h3>
        <ShareButton subject={letter.subject} body={letter.body} to={letter.to.email} withoutMailLink={!mailto.href} />
        {mailto.href ? (
          <p>
            <a className="button" href={mailto.href}><Mail aria-hidden="true" size={18} /> Open in your mail app</a>
          </p>
        ) : null}
        {compose.length > 0 ? (
          <div className="stack">
            <p>Or open it ready to send in your webmail (a new tab):</p>
            <ul className="inline-list" aria-label="Webmail">
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
          <p className="notice warn">
            This letter is too long for a mail link ({mailto.length.toLocaleString("en")} characters; mail apps accept about{" "}
            {MAILTO_MAX_LENGTH.toLocaleString("en")} and would cut it off). Download the .eml or copy the letter instead.
          </p>
        ) : (
          <p className="notice warn">{noEmailNote ?? "The policy gives no email address to write to. Print the PDF and post it, or use the service's contact form with the copied text."}</p>
        )}
      </li>
      <li>
        <h3>Download it as an email draft</h3>
        <p>
          <a className="button secondary" href={`${draftHref}/letter.eml${query}`} download={`${name}.eml`}>Download .eml</a>
        </p>
        <p className="small muted">Outlook, Apple Mail and Thunderbird open it as a draft, addressed and ready to send.</p>
      </li>
      <li>
        <h3>Print it and post it</h3>
        <p>
          <a className="button secondary" href={`${draftHref}/letter.pdf${query}`} download={`${name}.pdf`}>Download PDF</a>
        </p>
        <p className="small muted">
          A printable letter with both addresses and the date.{letter.to.postal ? ` Post it to: ${letter.to.postal}.` : " The policy gives no postal address."}
        </p>
        {unsupported.length > 0 ? <p className="small notice warn">The PDF cannot show these characters and prints them as “?”: {unsupported.join(" ")}</p> : null}
      </li>
      <li>
        <h3>Copy it</h3>
        <div className="stack">
          {letter.to.email ? <CopyButton text={letter.to.email} label="Copy the address" copiedLabel={`Copied ${letter.to.email}`} /> : null}
          <CopyButton text={letter.subject} label="Copy the subject" copiedLabel="Subject copied" />
          <CopyButton text={letter.body} label="Copy the letter" copiedLabel="Copied" />
        </div>
        <p className="small muted">{pasteNote}</p>
      </li>
    </ol>
  );
}
