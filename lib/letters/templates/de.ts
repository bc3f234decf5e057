import { germanCitations } from "./citations";
import { rightsDe } from "./de-rights";
import { NEW_LAW_NAMES, NEW_LAW_PHRASES_DE } from "./law-names";
import type { CompleteTemplate } from "./types";

export const de: CompleteTemplate = {
  language: "de",
  locale: "de-DE",
  citations: germanCitations,
  lawName: {
    "eu-gdpr": "DSGVO",
    "uk-gdpr": "UK GDPR",
    ccpa: "CCPA",
    "us-va": "VCDPA",
    "us-co": "CPA",
    "us-ct": "CTDPA",
    "us-ut": "UCPA",
    "us-tx": "TDPSA",
    "us-or": "OCPA",
    "us-ia": "ICDPA",
    pipeda: "PIPEDA",
    lgpd: "LGPD",
    "ch-fadp": "DSG",
    ...NEW_LAW_NAMES,
  },
  lawPhrase: {
    "eu-gdpr": "der Datenschutz-Grundverordnung (DSGVO)",
    "uk-gdpr": "der UK GDPR und dem Data Protection Act 2018",
    ccpa: "dem California Consumer Privacy Act (CCPA) in der Fassung des CPRA",
    "us-va": "dem Virginia Consumer Data Protection Act",
    "us-co": "dem Colorado Privacy Act",
    "us-ct": "dem Connecticut Data Privacy Act",
    "us-ut": "dem Utah Consumer Privacy Act",
    "us-tx": "dem Texas Data Privacy and Security Act",
    "us-or": "dem Oregon Consumer Privacy Act",
    "us-ia": "dem Iowa Consumer Data Protection Act",
    pipeda: "dem kanadischen Personal Information Protection and Electronic Documents Act (PIPEDA)",
    lgpd: "dem brasilianischen Datenschutzgesetz (Lei Geral de Proteção de Dados, LGPD)",
    "ch-fadp": "dem Schweizer Bundesgesetz über den Datenschutz (DSG)",
    ...NEW_LAW_PHRASES_DE,
  },
  heading: (title, article) => `${title} nach ${article}`,
  salutation: "Sehr geehrte Damen und Herren,",
  // After "Sehr geehrte Damen und Herren," German letters go on in lower case.
  intro: {
    gdpr: (law) => `hiermit mache ich meine Rechte als betroffene Person nach ${law} geltend.`,
    ccpa: (law) => `ich wohne in Kalifornien und mache hiermit meine Rechte als Verbraucher nach ${law} geltend.`,
    other: (law) => `hiermit mache ich meine Rechte nach ${law} geltend.`,
  },
  policyAcknowledges: (quote, date) => `Ihre eigene Datenschutzerklärung${date ? ` (Fassung vom ${date})` : ""} hält dazu fest: „${quote}“`,
  identification: {
    lead: "Zur Zuordnung meiner Daten:",
    accountEmail: "E-Mail-Adresse meines Kontos",
    username: (service) => `Benutzername bei ${service}`,
    postalAddress: "Postanschrift",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "Wie in Ihrer Datenschutzerklärung verlangt, sende ich diesen Antrag von der E-Mail-Adresse meines Kontos und gebe meinen Benutzernamen an."
        : fromAccount
          ? "Wie in Ihrer Datenschutzerklärung verlangt, sende ich diesen Antrag von der E-Mail-Adresse meines Kontos."
          : "Wie in Ihrer Datenschutzerklärung verlangt, gebe ich meinen Benutzernamen an.",
  },
  rights: rightsDe,
  deadline: {
    single: (date, citation) => `Bitte antworten Sie mir unverzüglich, spätestens aber bis zum ${date} (${citation}).`,
    several: "Bitte antworten Sie mir unverzüglich, spätestens aber zu folgenden Terminen:",
    item: (heading, date, citation) => `– ${heading}: spätestens bis zum ${date} (${citation})`,
    estimate:
      "Die genannten Termine habe ich selbst anhand der gesetzlichen Fristen berechnet; weichen sie davon ab, sind die gesetzlichen Fristen maßgeblich.",
    acknowledge: (date, citation) => `Bitte bestätigen Sie mir den Eingang dieses Antrags bis zum ${date} (${citation}).`,
    policyPromise: (period, quote, date) =>
      `Ihre Datenschutzerklärung sagt eine Antwort innerhalb von ${period} zu („${quote}“); ich erwarte Ihre Antwort daher bis zum ${date}.`,
    period: ({ days, months }) => (days !== undefined ? `${days} ${days === 1 ? "Tag" : "Tagen"}` : months === 1 ? "einem Monat" : `${months} Monaten`),
  },
  closing: {
    gdpr: (law) => [
      `Die Bearbeitung dieses Antrags muss für mich unentgeltlich sein (Art. 12 Abs. 5 ${law}). Die Angaben, die Sie benötigen, um meine Daten zu finden, habe ich oben gemacht; weitere Informationen zur Bestätigung meiner Identität fordern Sie bitte nur an, wenn Sie begründete Zweifel an ihr haben (Art. 12 Abs. 6 ${law}).`,
    ],
    ccpa: () => [
      "Bitte bearbeiten Sie diesen Antrag unentgeltlich (Cal. Civ. Code §1798.130(a)(2)). Die Angaben, die Sie benötigen, um diesen Antrag mir zuzuordnen, habe ich oben gemacht; bitte verlangen Sie zur Überprüfung nur, was Sie dafür vernünftigerweise benötigen (11 CCR §7060).",
    ],
    other: () => [
      "Bitte bearbeiten Sie diesen Antrag unentgeltlich und verlangen Sie weitere Angaben zu meiner Identität nur, soweit Sie sie benötigen, um meine Daten zu finden.",
    ],
  },
  complaint: (authority, citation) =>
    `Sollte ich bis dahin keine vollständige Antwort erhalten haben, behalte ich mir vor, Beschwerde bei der zuständigen Aufsichtsbehörde zu erheben (${citation})${authority ? `: ${authority}` : ""}.`,
  scopeNote: (note) => `Zum Umfang dieses Rechts bestimmt das Gesetz (Wortlaut der Quelle): ${note}.`,
  complaintFirst: (citation) =>
    `Sollte ich bis dahin keine vollständige Antwort erhalten haben, gilt dieses Schreiben als Ankündigung, dass ich mich zunächst bei Ihnen über die Bearbeitung meines Antrags beschwere (${citation}) und danach, falls nötig, bei der Aufsichtsbehörde.`,
  noStatute: {
    intro:
      "Soweit mir bekannt ist, gibt mir kein Datenschutzgesetz an meinem Wohnort einen gesetzlichen Anspruch darauf; das unten genannte Datum beruht daher auf keiner gesetzlichen Frist. Ich berufe mich auf die Zusagen in Ihrer Datenschutzerklärung und bitte um Antwort innerhalb von 30 Tagen.",
    complaint: "Sollte ich bis dahin keine Antwort erhalten haben, werde ich mich an eine Verbraucherschutzstelle wenden.",
  },
  signOff: "Mit freundlichen Grüßen",
  attentionLabel: "z. Hd.",
  pageLabel: (page, pages) => `Seite ${page} von ${pages}`,
};
