import type { LawFamily, LetterTemplate } from "./templates";
import type { PolicyAsks } from "./templates/types";

export type BodyInput = {
  template: LetterTemplate;
  family: LawFamily;
  /** Short law name ("DSGVO") and the phrase a sentence uses ("der Datenschutz-Grundverordnung (DSGVO)"). */
  law: string;
  lawPhrase: string;
  acknowledgement: { quote: string; versionDate: string | null } | null;
  identification: { label: string; value: string }[];
  asks: PolicyAsks | null;
  sections: { heading: string; paragraphs: string[] }[];
  /** A lone section repeats its heading only where the subject line does not already say it (Trakt's own subject). */
  subjectIsHeading: boolean;
  deadlines: {
    heading: string;
    date: string;
    citation: string;
    estimate: boolean;
    acknowledge?: { date: string; citation: string };
    promise?: { period: string; quote: string; date: string };
  }[];
  complaint: { authority: string | null; citation: string; first?: string };
  /** False for the fallback that relies on the service's own commitments. */
  statutory?: boolean;
  name: string;
};

function deadlineParagraphs({ template: t, deadlines }: BodyInput): string[] {
  const [first] = deadlines;
  if (!first) return [];
  const uniform = deadlines.every((d) => d.date === first.date && d.citation === first.citation);
  const main = uniform
    ? t.deadline.single(first.date, first.citation)
    : [t.deadline.several, ...deadlines.map((d) => t.deadline.item(d.heading, d.date, d.citation))].join("\n");
  const notes = new Set<string>();
  for (const d of deadlines) {
    if (d.promise) notes.add(t.deadline.policyPromise(d.promise.period, d.promise.quote, d.promise.date));
    if (d.acknowledge) notes.add(t.deadline.acknowledge(d.acknowledge.date, d.acknowledge.citation));
  }
  if (deadlines.some((d) => d.estimate)) notes.add(t.deadline.estimate);
  return [main, ...notes];
}

/** Section headings as the body writes them: numbered when there are several. */
export function sectionHeadings({ sections, subjectIsHeading }: Pick<BodyInput, "sections" | "subjectIsHeading">): (string | null)[] {
  if (sections.length === 1) return [subjectIsHeading ? null : (sections[0]?.heading ?? null)];
  return sections.map((section, index) => `${index + 1}. ${section.heading}`);
}

/** The letter's text from salutation to signature; paragraphs are separated by a blank line. */
export function renderBody(input: BodyInput): string {
  const { template: t, family, sections } = input;
  const paragraphs: string[] = [t.salutation, (t.intro[family] ?? t.intro.other)(input.lawPhrase)];
  if (input.statutory === false) paragraphs.push(t.noStatute.intro);
  if (input.acknowledgement) paragraphs.push(t.policyAcknowledges(input.acknowledgement.quote, input.acknowledgement.versionDate));
  if (input.identification.length > 0) {
    paragraphs.push(
      [t.identification.lead, ...input.identification.map(({ label, value }) => `– ${label}${t.identification.separator ?? ": "}${value}`)].join("\n"),
    );
  }
  if (input.asks) paragraphs.push(t.identification.policyAsks(input.asks));
  const headings = sectionHeadings(input);
  sections.forEach((section, index) => {
    const heading = headings[index];
    paragraphs.push(...(heading ? [heading] : []), ...section.paragraphs);
  });
  paragraphs.push(...deadlineParagraphs(input));
  paragraphs.push(...(t.closing[family] ?? t.closing.other)(input.law));
  if (input.statutory === false) paragraphs.push(t.noStatute.complaint);
  else {
    if (input.complaint.first) paragraphs.push(t.complaintFirst(input.complaint.first));
    paragraphs.push(t.complaint(input.complaint.authority, input.complaint.citation));
  }
  paragraphs.push(`${t.signOff}\n${input.name}`);
  return paragraphs.join("\n\n");
}
