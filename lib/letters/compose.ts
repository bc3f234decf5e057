import { eeaAuthorityFor, findRightGrant } from "@/lib/law/regimes";
import type { Regime, RightId } from "@/lib/law/types";
import { letterFactsFor, type LetterFacts } from "@/lib/services/letter-facts";
import { renderBody, sectionHeadings, type BodyInput } from "./body";
import { dueDatesFor, latestDate } from "./due-dates";
import { formatLetterDate, isSafeEmail, oneLine, plainQuote } from "./format";
import { policyNotes } from "./policy";
import { ENGLISH, LAW_FAMILY, resolveTemplate, type LetterTemplate } from "./templates";
import { localizeCitation } from "./templates/citations";
import type { Letter, LetterInput } from "./types";
import { validateLetterInput, type ValidLetterInput } from "./validate";

export { LetterInputError } from "./errors";

/** Only what the service needs to find the requester (letterFactsFor), plus what the user chose to add. */
function identification(t: LetterTemplate, input: ValidLetterInput, facts: LetterFacts): BodyInput["identification"] {
  const { requester, service } = input;
  const lines: BodyInput["identification"] = [];
  for (const { item } of facts.identifiers) {
    if (item === "account-email") lines.push({ label: t.identification.accountEmail, value: requester.accountEmail ?? requester.email });
    if (item === "username" && requester.username) lines.push({ label: t.identification.username(service.serviceName), value: requester.username });
    if (item === "postal-address" && requester.postalAddress) {
      lines.push({ label: t.identification.postalAddress, value: requester.postalAddress.split("\n").join(", ") });
    }
  }
  for (const other of requester.otherIdentifiers ?? []) lines.push({ label: other.label, value: other.value });
  return lines;
}

/**
 * The GDPR lets the requester complain at home (Art. 77), so without their country no authority is
 * named. An authority with a note is not simply competent (Germany: the Land's authority for most
 * companies, not the BfDI); the letter then says "the competent supervisory authority" only.
 */
function complaintAuthority(regime: Regime, requesterCountry: string | undefined): string | null {
  const authority = regime.id === "eu-gdpr" ? (requesterCountry ? eeaAuthorityFor(requesterCountry) : undefined) : regime.complaint.authorities[0];
  return authority && !authority.note ? authority.name : null;
}

export function composeLetter(raw: LetterInput): Letter {
  const input = validateLetterInput(raw);
  const { regime, rights, requester, specifics, service } = input;
  const { template: t, fallbackFrom } = resolveTemplate(input.language, regime.id, rights);
  const cite = (citation: string) => localizeCitation(citation, t.citations);
  const date = (iso: string) => formatLetterDate(iso, t.locale);
  const family = LAW_FAMILY[regime.id];
  const law = t.lawName[regime.id] ?? ENGLISH.lawName[regime.id];

  const facts = rights.map((right) => letterFactsFor(service, right));
  const primary = facts[0] as LetterFacts;
  const articleOf = (right: RightId) => cite(findRightGrant(regime, right)?.article ?? "");
  const sections = rights.map((right) => {
    const text = t.rights[right] ?? ENGLISH.rights[right];
    const article = articleOf(right);
    const grant = findRightGrant(regime, right);
    const dataScope = grant?.dataScope;
    const write = text.paragraphs[family] ?? text.paragraphs.other ?? ENGLISH.rights[right].paragraphs.other;
    const paragraphs = write({ article, law, specifics, ...(dataScope ? { dataScope } : {}) });
    if (grant?.scopeNote) paragraphs.push(t.scopeNote(grant.scopeNote));
    return { heading: t.heading(text.title[family] ?? text.title.other, article), paragraphs };
  });

  const due = dueDatesFor({ regime, rights, date: input.date, ...(input.holidayRegion ? { holidayRegion: input.holidayRegion } : {}), record: service, cite });
  const notes = policyNotes({ record: service, regime, facts, requester, dueDates: due.dueDates });
  const fromAccount = Boolean(primary.sendFromAccountEmail) && (requester.accountEmail ?? requester.email).toLowerCase() === requester.email.toLowerCase();
  const username = primary.identifiers.some((i) => i.item === "username" && i.citation) && Boolean(requester.username);

  const body = renderBody({
    template: t,
    family,
    law,
    lawPhrase: t.lawPhrase[regime.id] ?? ENGLISH.lawPhrase[regime.id],
    acknowledgement: notes.acknowledgement && {
      quote: notes.acknowledgement.quote,
      versionDate: service.effectiveDate ? date(service.effectiveDate.date) : null,
    },
    identification: identification(t, input, primary),
    asks: fromAccount || username ? { fromAccount, username } : null,
    sections,
    subjectIsHeading: !primary.subjectLine,
    deadlines: due.dueDates.map((d, i) => {
      const timeline = facts[i]?.timeline;
      const ackCitation = findRightGrant(regime, d.right)?.deadline.acknowledge?.citation;
      return {
        heading: sections[i]?.heading ?? "",
        date: date(d.respondBy),
        citation: d.citation,
        estimate: d.estimate,
        ...(d.acknowledgeBy && ackCitation ? { acknowledge: { date: date(d.acknowledgeBy), citation: cite(ackCitation) } } : {}),
        ...(d.policyPromise && timeline?.statedByPolicy
          ? { promise: { period: t.deadline.period(timeline), quote: plainQuote(d.policyPromise.citation.quote), date: date(d.policyPromise.respondBy) } }
          : {}),
      };
    }),
    complaint: {
      authority: complaintAuthority(regime, input.requesterCountry),
      citation: cite(regime.complaint.citation),
      ...(regime.complaint.firstToController ? { first: cite(regime.complaint.firstToController.citation) } : {}),
    },
    statutory: regime.statutory !== false,
    name: requester.name,
  });

  const email = primary.email && isSafeEmail(primary.email.address) ? primary.email.address : undefined;
  const selfServiceUrl = facts.flatMap((f) => f.selfService).find((p) => p.url)?.url ?? undefined;
  const postal = primary.postalAddress;
  return {
    language: t.language,
    ...(fallbackFrom ? { fallbackFrom } : {}),
    subject: primary.subjectLine ? oneLine(primary.subjectLine.value) : sections.map((s) => s.heading).join("; "),
    body,
    headings: sectionHeadings({ sections, subjectIsHeading: !primary.subjectLine }).filter((h): h is string => h !== null),
    to: {
      ...(email ? { email } : {}),
      ...(postal ? { postal: oneLine(postal.address), ...(postal.attention ? { attention: oneLine(postal.attention) } : {}) } : {}),
      entity: oneLine(primary.entity ?? service.serviceName),
      ...(selfServiceUrl ? { selfServiceUrl } : {}),
    },
    from: { name: requester.name, email: requester.email, ...(requester.postalAddress ? { postal: requester.postalAddress } : {}) },
    date: input.date,
    dateText: date(input.date),
    dueDate: latestDate(due.dueDates.map((d) => d.respondBy)),
    dueDates: due.dueDates,
    legalBasis: rights.map((right) => ({ right, citation: articleOf(right) })),
    policyRequirements: notes.policyRequirements,
    warnings: [
      ...notes.warnings,
      ...due.warnings,
      ...(primary.email && !email ? [`The policy's address "${oneLine(primary.email.address)}" is not a usable email address.`] : []),
    ],
  };
}
