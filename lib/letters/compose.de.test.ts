import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose";
import { letterInput, version } from "./fixtures";

const traktDeletion = letterInput({
  service: version("trakt", "2018-09-13"),
  regime: "eu-gdpr",
  rights: ["deletion"],
  language: "de",
  requester: { name: "Jörg Müßig", email: "joerg@example.de", username: "joerg_m" },
  specifics: { deletion: { scope: "account" } },
  requesterCountry: "DE",
});

describe("composeLetter: Trakt 2018 deletion from Germany, in German", () => {
  const letter = composeLetter(traktDeletion);

  it("uses the subject line the policy asks for and says so", () => {
    expect(letter.subject).toBe("Personal Information Request");
    expect(letter.policyRequirements[0]).toMatchObject({ text: 'The policy asks for the subject "Personal Information Request"; the letter uses it.' });
    expect(letter.policyRequirements[0]?.citation?.quote).toContain("with a subject of **Personal Information Request**");
  });

  it("names the Trakt username and the account's address, as the policy asks", () => {
    expect(letter.body).toContain("Zur Zuordnung meiner Daten:\n– E-Mail-Adresse meines Kontos: joerg@example.de\n– Benutzername bei Trakt: joerg_m");
    expect(letter.body).toContain(
      "Wie in Ihrer Datenschutzerklärung verlangt, sende ich diesen Antrag von der E-Mail-Adresse meines Kontos und gebe meinen Benutzernamen an.",
    );
    expect(letter.warnings).toEqual(["The policy names no legal entity, so the letter is addressed to Trakt."]);
  });

  it("is a German letter citing Art. 17 and Art. 19 DSGVO the German way", () => {
    expect(letter.language).toBe("de");
    expect(letter.legalBasis).toEqual([{ right: "deletion", citation: "Art. 17 DSGVO" }]);
    expect(
      letter.body.startsWith(
        "Sehr geehrte Damen und Herren,\n\nhiermit mache ich meine Rechte als betroffene Person nach der Datenschutz-Grundverordnung (DSGVO) geltend.",
      ),
    ).toBe(true);
    expect(letter.body).toContain("\n\nLöschung nach Art. 17 DSGVO\n\n");
    expect(letter.headings).toEqual(["Löschung nach Art. 17 DSGVO"]); // Trakt's subject does not say it
    expect(letter.body).toContain(
      "Ich verlange die unverzügliche Löschung aller mich betreffenden personenbezogenen Daten, die Sie gespeichert haben, und die Schließung meines Kontos (Art. 17 DSGVO).",
    );
    expect(letter.body).toContain("nennen Sie mir diese Empfänger (Art. 19 DSGVO)");
    expect(letter.body).toContain("(Art. 17 Abs. 3 DSGVO)");
    expect(letter.body).not.toMatch(/\b(Dear|Please|GDPR)\b/);
    expect(letter.body.endsWith("Mit freundlichen Grüßen\nJörg Müßig")).toBe(true);
  });

  it("states the due date in German, notes it is an estimate and names no authority where a note says it depends", () => {
    expect(letter.dueDate).toBe("2026-10-05");
    expect(letter.dateText).toBe("3. September 2026");
    expect(letter.body).toContain("spätestens aber bis zum 5. Oktober 2026 (Art. 12 Abs. 3 DSGVO; Art. 3 Abs. 2 lit. c VO (EWG, Euratom) Nr. 1182/71).");
    expect(letter.dueDates[0]?.estimate).toBe(true); // Irish holidays are assumed for the controller
    expect(letter.body).toContain("Die genannten Termine habe ich selbst anhand der gesetzlichen Fristen berechnet");
    expect(letter.body).toContain("Beschwerde bei der zuständigen Aufsichtsbehörde zu erheben (Art. 77 Abs. 1, Art. 56 DSGVO).");
    expect(letter.body).not.toContain("Bundesbeauftragte");
  });

  it("mentions no 30-day promise: Trakt makes it for copies, not for deletion", () => {
    expect(letter.dueDates[0]?.policyPromise).toBeUndefined();
    expect(letter.body).not.toContain("30 Tagen");
  });
});

describe("composeLetter: German wording of the other rights", () => {
  it("asks for Auskunft point by point, with Trakt's shorter 30 days", () => {
    const letter = composeLetter({ ...traktDeletion, rights: ["access"] });
    expect(letter.body).toContain("Auskunft nach Art. 15 DSGVO");
    for (const point of ["a", "b", "c", "d", "e", "f", "g", "h"]) expect(letter.body).toContain(`(Art. 15 Abs. 1 lit. ${point})`);
    expect(letter.body).toContain(
      "eine Kopie der personenbezogenen Daten, die Gegenstand der Verarbeitung sind, in einem gängigen elektronischen Format (Art. 15 Abs. 3 DSGVO)",
    );
    expect(letter.dueDates[0]?.policyPromise?.respondBy).toBe("2026-10-03");
    expect(letter.body).toContain(
      "Ihre Datenschutzerklärung sagt eine Antwort innerhalb von 30 Tagen zu („We will respond within 30 days with JSON files containing all your information.“); ich erwarte Ihre Antwort daher bis zum 3. Oktober 2026.",
    );
  });

  it("writes Berichtigung and Datenübertragbarkeit with the fields and the format", () => {
    const letter = composeLetter({
      ...traktDeletion,
      service: version("netflix", "2024-04-17"),
      rights: ["correction", "portability"],
      specifics: { correction: [{ field: "Nachname", currentValue: "Musig", correctValue: "Müßig" }], portability: { format: "csv" } },
    });
    expect(letter.subject).toBe("Berichtigung nach Art. 16 DSGVO; Datenübertragbarkeit nach Art. 20 DSGVO");
    expect(letter.body).toContain("1. Berichtigung nach Art. 16 DSGVO");
    expect(letter.body).toContain("– Nachname: richtig ist „Müßig“ (bisher: „Musig“)");
    expect(letter.body).toContain("2. Datenübertragbarkeit nach Art. 20 DSGVO");
    expect(letter.body).toContain("in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten, vorzugsweise als CSV-Dateien (Art. 20 DSGVO)");
  });

  it("writes a CCPA letter in German too, with the statute's sections", () => {
    const letter = composeLetter({
      ...traktDeletion,
      service: version("netflix", "2024-04-17"),
      regime: "ccpa",
      rights: ["access"],
      requesterCountry: undefined,
    });
    expect(letter.body).toContain("ich wohne in Kalifornien und mache hiermit meine Rechte als Verbraucher nach dem California Consumer Privacy Act (CCPA)");
    expect(letter.body).toContain("die konkreten personenbezogenen Informationen, die Sie über mich erhoben haben (§1798.110(a)(5))");
    expect(letter.body).toContain("spätestens aber bis zum 19. Oktober 2026");
    expect(letter.body).toContain("Bitte bestätigen Sie mir den Eingang dieses Antrags bis zum 21. September 2026 (11 CCR §7021(a)).");
  });
});
