import { describe, expect, it } from "vitest";
import { REGIMES } from "@/lib/law/regimes";
import type { RegimeId, RightId } from "@/lib/law/types";
import { COMPLAINT_TEMPLATES, composeComplaint, type ComplaintInput } from "./complaint";
import { composeLetter } from "./compose";
import { letterInput, version } from "./fixtures";
import { composeFollowUp, FOLLOW_UP_TEMPLATES, type FollowUpInput } from "./follow-up";
import { LETTER_LANGUAGES, type LetterLanguage } from "./languages";
import { LAW_FAMILY, TEMPLATES, templateCovers } from "./templates";
import { TIMELINE_KINDS } from "./templates/follow-up-types";
import type { Letter, LetterSpecifics } from "./types";

// Every translation against the English letter: the same paragraphs and list items (the asks), the
// same numbers (articles, paragraphs, points, case numbers, dates) and every value the user gave.

const PLACEHOLDERS = {
  name: "Zofia Ąćęłńóśźż",
  email: "zofia@example.pl",
  field: "FIELD-MARKER",
  wrong: "WRONG-MARKER",
  right: "RIGHT-MARKER",
  parts: "PARTS-MARKER",
  grounds: "GROUNDS-MARKER",
};

const SPECIFICS: LetterSpecifics = {
  correction: [{ field: PLACEHOLDERS.field, currentValue: PLACEHOLDERS.wrong, correctValue: PLACEHOLDERS.right }],
  deletion: { scope: "parts", parts: PLACEHOLDERS.parts },
  portability: { format: "json" },
  objection: { directMarketing: true, grounds: PLACEHOLDERS.grounds },
};

/** Paragraphs and the lines in each: a dropped ask or list item changes the shape. */
const shape = (body: string) => body.split("\n\n").map((paragraph) => paragraph.split("\n").length);
/** Every number in order of appearance, as a sorted multiset (word order differs between languages). */
const numbers = (text: string) => [...text.matchAll(/\d+/g)].map((m) => m[0]).sort();

function compose(language: LetterLanguage, regime: RegimeId, rights: RightId[], service = version("netflix", "2024-04-17")): Letter {
  return composeLetter(
    letterInput({
      service,
      regime,
      rights,
      language,
      date: "2027-09-03",
      requesterCountry: "FR",
      requester: { name: PLACEHOLDERS.name, email: PLACEHOLDERS.email },
      specifics: SPECIFICS,
    }),
  );
}

const covered = LETTER_LANGUAGES.filter((l) => l !== "en" && TEMPLATES[l]).flatMap((language) =>
  (Object.keys(REGIMES) as RegimeId[]).flatMap((regime) => {
    const template = TEMPLATES[language]!;
    const rights = REGIMES[regime].rights.map((g) => g.right).filter((right) => right !== "appeal" && templateCovers(template, regime, [right]));
    return template.lawPhrase[regime] ? [{ language, regime, rights }] : [];
  }),
);

describe("every letter in every language carries the English letter's asks, citations and placeholders", () => {
  it("covers the GDPR in all eight languages and the LGPD in Brazilian Portuguese, each right they grant", () => {
    const gdpr = covered.filter((c) => c.regime === "eu-gdpr");
    expect(gdpr.map((c) => c.language).sort()).toEqual(["de", "es", "fr", "it", "nl", "pl", "pt-PT"]);
    expect(covered.find((c) => c.language === "pt-BR" && c.regime === "lgpd")?.rights).toEqual(REGIMES.lgpd.rights.map((g) => g.right));
    for (const { language, rights } of gdpr) expect(rights, language).toEqual(REGIMES["eu-gdpr"].rights.map((g) => g.right));
  });

  for (const { language, regime, rights } of covered) {
    describe(`${language} under ${regime}`, () => {
      for (const right of rights) {
        it(`${right}: same shape, numbers and values as English`, () => {
          const english = compose("en", regime, [right]);
          const translated = compose(language, regime, [right]);
          expect(translated.language).toBe(language);
          expect(translated.fallbackFrom).toBeUndefined();
          expect(shape(translated.body)).toEqual(shape(english.body));
          expect(numbers(translated.body)).toEqual(numbers(english.body));
          expect(numbers(translated.subject)).toEqual(numbers(english.subject));
          expect(translated.dueDates).toEqual(english.dueDates.map((d) => ({ ...d, citation: expect.any(String) })));
          for (const value of Object.values(PLACEHOLDERS)) {
            expect(english.body.includes(value), value).toBe(translated.body.includes(value));
          }
        });
      }

      it("all its rights in one letter: numbered sections in the same order", () => {
        const english = compose("en", regime, rights);
        const translated = compose(language, regime, rights);
        expect(shape(translated.body)).toEqual(shape(english.body));
        expect(numbers(translated.body)).toEqual(numbers(english.body));
        expect(translated.headings.map((h) => h.split(".")[0])).toEqual(english.headings.map((h) => h.split(".")[0]));
      });
    });
  }
});

describe("no blank, no raw key, no stray English", () => {
  it("every template and rights text says something in every family it claims", () => {
    for (const language of LETTER_LANGUAGES) {
      const template = TEMPLATES[language];
      if (!template) continue;
      for (const [right, text] of Object.entries(template.rights)) {
        expect(text?.title.other.trim(), `${language} ${right}`).toBeTruthy();
        for (const [family, write] of Object.entries(text?.paragraphs ?? {})) {
          const paragraphs = write({ article: "ART", law: "LAW", specifics: SPECIFICS });
          expect(paragraphs.length, `${language} ${right} ${family}`).toBeGreaterThan(0);
          for (const p of paragraphs) expect(p).not.toMatch(/undefined|\$\{|^\s*$/);
        }
      }
    }
  });

  it("every follow-up and complaint wording has every timeline entry", () => {
    for (const wording of [...Object.values(COMPLAINT_TEMPLATES)]) {
      for (const kind of TIMELINE_KINDS) expect(wording?.eventText[kind]?.trim(), `${wording?.language} ${kind}`).toBeTruthy();
    }
    expect(Object.keys(FOLLOW_UP_TEMPLATES)).toContain("en");
  });

  it("a law a language has no text for falls back to English and says so", () => {
    const letter = compose("pl", "ccpa", ["access"]);
    expect(letter.language).toBe("en");
    expect(letter.fallbackFrom).toBe("pl");
    expect(letter.body).toContain("Dear Sir or Madam,");
    const spanish = compose("es", "eu-gdpr", ["access"]);
    expect(spanish.language).toBe("es");
    const brazil = compose("pt-BR", "eu-gdpr", ["access"]);
    expect([brazil.language, brazil.fallbackFrom]).toEqual(["en", "pt-BR"]);
  });
});

describe("complaints in the authority's language", () => {
  const base: ComplaintInput = {
    language: "en",
    regime: "eu-gdpr",
    rights: ["access", "deletion"],
    date: "2026-12-20",
    authority: { name: "Autoriteit Persoonsgegevens" },
    requester: { name: PLACEHOLDERS.name, email: PLACEHOLDERS.email, postalAddress: "1 Main St\nBerlin" },
    controller: { name: "Netflix International B.V." },
    original: { subject: "Request for access", sentOn: "2026-09-03" },
    deadline: { dueDate: "2026-12-03", citation: "GDPR Art. 12(3)" },
    outcome: "no-answer",
    reminders: ["2026-12-04", "2026-12-11"],
    appealedOn: "2026-12-12",
    timeline: TIMELINE_KINDS.map((kind, i) => ({ on: `2026-10-${String(i + 10)}`, kind })),
  };
  const outcomes: Partial<ComplaintInput>[] = [
    {},
    { outcome: "refused", refusal: { on: "2026-10-01", reason: "REASON-MARKER" } },
    { outcome: "partial", answeredOn: "2026-10-10", missing: [{ ask: "ASK-MARKER", citation: "GDPR Art. 15(1)(d)" }] },
  ];

  for (const language of Object.keys(COMPLAINT_TEMPLATES) as LetterLanguage[]) {
    if (language === "en") continue;
    it(`${language}: same shape, numbers and values as English for every outcome`, () => {
      const regime = TEMPLATES[language]?.lawPhrase["eu-gdpr"] ? "eu-gdpr" : "lgpd";
      for (const outcome of outcomes) {
        const english = composeComplaint({ ...base, ...outcome, regime });
        const translated = composeComplaint({ ...base, ...outcome, regime, language });
        expect(translated.language).toBe(language);
        expect(shape(translated.body)).toEqual(shape(english.body));
        expect(numbers(translated.body)).toEqual(numbers(english.body));
        for (const marker of ["REASON-MARKER", "ASK-MARKER", PLACEHOLDERS.name, PLACEHOLDERS.email, "Netflix International B.V."]) {
          expect(translated.body.includes(marker), marker).toBe(english.body.includes(marker));
        }
      }
    });
  }

  it("the family of each law decides its wording", () => {
    expect(LAW_FAMILY["eu-gdpr"]).toBe("gdpr");
  });
});

describe("reminders and requests for what is missing, in every language", () => {
  const base: FollowUpInput = {
    kind: "overdue",
    language: "en",
    regime: "eu-gdpr",
    date: "2026-12-20",
    to: { entity: "Netflix International B.V.", email: "privacy@netflix.com" },
    requester: { name: PLACEHOLDERS.name, email: PLACEHOLDERS.email },
    original: { subject: "SUBJECT-MARKER", sentOn: "2026-09-03" },
    deadline: { dueDate: "2026-12-03", citation: "GDPR Art. 12(3)" },
    acknowledgedOn: "2026-09-04",
    extensionClaimedOn: "2026-09-28",
    earlierReminders: ["2026-12-04", "2026-12-11"],
    complaint: { authority: "AUTHORITY-MARKER", citation: "GDPR Art. 77(1)" },
  };
  const kinds: Partial<FollowUpInput>[] = [
    {},
    { kind: "incomplete", answeredOn: "2026-10-10", missing: [{ ask: "ASK-MARKER", citation: "GDPR Art. 15(1)(d)" }] },
    { kind: "appeal", refusal: { on: "2026-10-01", reason: "REASON-MARKER" }, appeal: { citation: "GDPR Art. 77(1)", days: 45 } },
  ];
  for (const language of Object.keys(FOLLOW_UP_TEMPLATES) as LetterLanguage[]) {
    if (language === "en") continue;
    it(`${language}: same shape, numbers and values as English`, () => {
      const regime = TEMPLATES[language]?.lawPhrase["eu-gdpr"] ? "eu-gdpr" : "lgpd";
      for (const kind of kinds) {
        const english = composeFollowUp({ ...base, ...kind, regime });
        const translated = composeFollowUp({ ...base, ...kind, regime, language });
        expect(translated.language).toBe(language);
        expect(shape(translated.body)).toEqual(shape(english.body));
        expect(numbers(translated.body)).toEqual(numbers(english.body));
        for (const marker of ["SUBJECT-MARKER", "ASK-MARKER", "REASON-MARKER", "AUTHORITY-MARKER", PLACEHOLDERS.name]) {
          expect(translated.body.includes(marker), marker).toBe(english.body.includes(marker));
        }
      }
    });
  }
});

describe("dates as each country writes them", () => {
  it("French writes the first of the month as 1er; Polish dates end in r. without doubling the full stop", () => {
    const french = composeLetter(letterInput({ regime: "eu-gdpr", rights: ["access"], language: "fr", date: "2026-10-01" }));
    expect(french.dateText).toBe("1er octobre 2026");
    const polish = composeFollowUp({
      kind: "overdue",
      language: "pl",
      regime: "eu-gdpr",
      date: "2026-12-20",
      to: { entity: "X" },
      requester: { name: "Jan", email: "jan@example.pl" },
      original: { subject: "S", sentOn: "2026-09-03" },
      deadline: { dueDate: "2026-10-05", citation: "GDPR Art. 12(3)" },
      acknowledgedOn: "2026-09-04",
      earlierReminders: ["2026-10-10"],
      complaint: { authority: null, citation: "GDPR Art. 77(1)" },
    });
    expect(polish.body).toContain("3 stycznia 2027 r.");
    expect(polish.body).not.toContain("r..");
  });
});
