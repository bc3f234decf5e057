import type { CorrectionItem, LetterSpecifics } from "../types";
import type { LetterTemplate } from "./types";

// Terms of the GDPR's Dutch text (AVG): verwerkingsverantwoordelijke, betrokkene, inzage, gegevenswissing, beperking.
export function correctionItemNl({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field}: juist is "${correctValue}"${currentValue ? ` (thans "${currentValue}")` : ""}`;
}

const items = (s: LetterSpecifics) => (s.correction ?? []).map(correctionItemNl);
const FORMAT = { json: "bij voorkeur in JSON", csv: "bij voorkeur als CSV-bestanden", any: "bijvoorbeeld in JSON of CSV" } as const;
const format = (s: LetterSpecifics) => FORMAT[s.portability?.format ?? "any"];

function erasure(s: LetterSpecifics, article: string): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts) {
    return [`Ik verzoek u de volgende mij betreffende persoonsgegevens zonder onredelijke vertraging te wissen (${article}):`, s.deletion.parts];
  }
  return [
    `Ik verzoek u alle mij betreffende persoonsgegevens die u bewaart zonder onredelijke vertraging te wissen en mijn account op te heffen (${article}).`,
  ];
}

export const rightsNl: LetterTemplate["rights"] = {
  access: {
    title: { other: "Verzoek om inzage" },
    paragraphs: {
      gdpr: ({ article, law }) => [
        `Ik verzoek u mij te bevestigen of u mij betreffende persoonsgegevens verwerkt en, als dat het geval is, mij inzage te geven in die persoonsgegevens en in de volgende informatie (${article}):`,
        [
          "a) de verwerkingsdoeleinden (art. 15 lid 1 sub a);",
          "b) de betrokken categorieën van persoonsgegevens (art. 15 lid 1 sub b);",
          "c) de ontvangers aan wie de persoonsgegevens zijn of zullen worden verstrekt, met name ontvangers in derde landen of internationale organisaties, met naam en toenaam (art. 15 lid 1 sub c): categorieën van ontvangers volstaan alleen als het onmogelijk is de ontvangers te identificeren of als mijn verzoek kennelijk ongegrond of buitensporig is (HvJ EU C-154/21, Österreichische Post), alsmede de passende waarborgen voor een dergelijke doorgifte (art. 15 lid 2);",
          "d) indien mogelijk, de periode gedurende welke de persoonsgegevens naar verwachting zullen worden opgeslagen, of, indien dat niet mogelijk is, de criteria om die termijn te bepalen (art. 15 lid 1 sub d);",
          "e) het recht om te verzoeken dat persoonsgegevens worden gerectificeerd of gewist, of dat de verwerking ervan wordt beperkt, alsmede het recht tegen die verwerking bezwaar te maken (art. 15 lid 1 sub e);",
          "f) het recht om een klacht in te dienen bij een toezichthoudende autoriteit (art. 15 lid 1 sub f);",
          "g) wanneer de persoonsgegevens niet bij mij zijn verzameld, alle beschikbare informatie over de bron van die gegevens (art. 15 lid 1 sub g);",
          "h) het bestaan van geautomatiseerde besluitvorming, met inbegrip van de in art. 22 lid 1 en 4 bedoelde profilering, en, ten minste in die gevallen, nuttige informatie over de onderliggende logica, alsmede het belang en de verwachte gevolgen van die verwerking voor mij (art. 15 lid 1 sub h).",
        ].join("\n"),
        `Daarnaast verzoek ik u mij een kopie te verstrekken van de persoonsgegevens die worden verwerkt, in een gangbare elektronische vorm (art. 15 lid 3 ${law}).`,
      ],
    },
  },
  deletion: {
    title: { other: "Verzoek om gegevenswissing" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        ...erasure(specifics, article),
        `Voor zover u deze gegevens verwerkt op basis van mijn toestemming, trek ik die toestemming hierbij in (art. 7 lid 3 ${law}); voor zover u zich beroept op gerechtvaardigde belangen, maak ik bezwaar tegen de verwerking (art. 21 lid 1 ${law}).`,
        `Ik verzoek u mij de wissing schriftelijk te bevestigen, haar mee te delen aan iedere ontvanger aan wie de gegevens zijn verstrekt, en mij over die ontvangers te informeren (art. 19 ${law}). Indien u de gegevens openbaar hebt gemaakt, verzoek ik u de andere verwerkingsverantwoordelijken die ze verwerken over mijn verzoek te informeren (art. 17 lid 2 ${law}). Meent u bepaalde gegevens te moeten of mogen bewaren (art. 17 lid 3 ${law}), laat mij dan weten om welke gegevens het gaat en op welke rechtsgrond.`,
      ],
    },
  },
  correction: {
    title: { other: "Verzoek om rectificatie" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        `Ik verzoek u de volgende onjuiste mij betreffende persoonsgegevens zonder onredelijke vertraging te rectificeren (${article}):`,
        items(specifics).join("\n"),
        `Ik verzoek u mij de rectificatie te bevestigen en haar mee te delen aan iedere ontvanger aan wie de gegevens zijn verstrekt (art. 19 ${law}).`,
      ],
    },
  },
  portability: {
    title: { other: "Verzoek om overdraagbaarheid van gegevens" },
    paragraphs: {
      gdpr: ({ article, specifics }) => [
        `Ik verzoek u mij de mij betreffende persoonsgegevens die ik aan u heb verstrekt, te verstrekken in een gestructureerde, gangbare en machineleesbare vorm, ${format(specifics)} (${article}). Daartoe behoren de gegevens die ik zelf heb ingevoerd en de gegevens die door mijn gebruik van de dienst zijn ontstaan, zoals mijn activiteitengeschiedenis.`,
      ],
    },
  },
  restriction: {
    title: { other: "Verzoek om beperking van de verwerking" },
    paragraphs: {
      other: ({ article }) => [
        `Ik verzoek u de verwerking van mijn persoonsgegevens te beperken: bewaar de gegevens, maar verwerk ze verder niet totdat deze kwestie is opgelost (${article}).`,
      ],
    },
  },
  objection: {
    title: { other: "Bezwaar tegen de verwerking" },
    paragraphs: {
      gdpr: ({ law, specifics }) => {
        const { directMarketing = true, grounds } = specifics.objection ?? {};
        return [
          ...(grounds
            ? [
                `Met het oog op mijn specifieke situatie maak ik bezwaar tegen de verwerking van mijn persoonsgegevens die u baseert op het algemeen belang of op gerechtvaardigde belangen, met inbegrip van profilering (art. 21 lid 1 ${law}):`,
                grounds,
                `Ik verzoek u deze verwerking te staken, tenzij u dwingende gerechtvaardigde gronden aanvoert die zwaarder wegen dan mijn belangen, rechten en vrijheden (art. 21 lid 1 ${law}), en mij uw beslissing mee te delen.`,
              ]
            : []),
          ...(directMarketing
            ? [
                `Ik maak bezwaar tegen de verwerking van mijn persoonsgegevens met het oog op direct marketing, met inbegrip van profilering die betrekking heeft op direct marketing. Dit bezwaar behoeft geen motivering: ik verzoek u die verwerking te staken (art. 21 lid 2 en 3 ${law}).`,
              ]
            : []),
          "Ik verzoek u mij te bevestigen welke verwerking u hebt gestaakt.",
        ];
      },
    },
  },
  "automated-decision": {
    title: { other: "Verzoek over geautomatiseerde besluitvorming" },
    paragraphs: {
      other: ({ article }) => [
        `Ik verzoek niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit (${article}). Voor zover u zulke besluiten neemt, verzoek ik u mij dat mee te delen en mij in staat te stellen menselijke tussenkomst te verkrijgen, mijn standpunt kenbaar te maken en het besluit aan te vechten.`,
      ],
    },
  },
};
