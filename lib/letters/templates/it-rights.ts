import type { CorrectionItem, LetterSpecifics } from "../types";
import type { LetterTemplate } from "./types";

// Terms of the GDPR's Italian text: titolare del trattamento, interessato, cancellazione, limitazione di trattamento.
export function correctionItemIt({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field}: il dato esatto è «${correctValue}»${currentValue ? ` (attualmente «${currentValue}»)` : ""}`;
}

const items = (s: LetterSpecifics) => (s.correction ?? []).map(correctionItemIt);
const FORMAT = { json: "preferibilmente in formato JSON", csv: "preferibilmente in file CSV", any: "ad esempio in formato JSON o CSV" } as const;
const format = (s: LetterSpecifics) => FORMAT[s.portability?.format ?? "any"];

function erasure(s: LetterSpecifics, article: string): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts) {
    return [`Chiedo la cancellazione senza ingiustificato ritardo dei seguenti dati personali che mi riguardano (${article}):`, s.deletion.parts];
  }
  return [
    `Chiedo la cancellazione senza ingiustificato ritardo di tutti i dati personali che mi riguardano in Vostro possesso e la chiusura del mio account (${article}).`,
  ];
}

export const rightsIt: LetterTemplate["rights"] = {
  access: {
    title: { other: "Richiesta di accesso" },
    paragraphs: {
      gdpr: ({ article, law }) => [
        `Vi chiedo di confermarmi se sia o meno in corso un trattamento di dati personali che mi riguardano e, in tal caso, di darmi accesso a tali dati e alle seguenti informazioni (${article}):`,
        [
          "a) le finalità del trattamento (art. 15, par. 1, lett. a));",
          "b) le categorie di dati personali in questione (art. 15, par. 1, lett. b));",
          "c) i destinatari a cui i dati sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali, indicati nominativamente (art. 15, par. 1, lett. c)): le categorie di destinatari sono sufficienti solo se è impossibile identificare i destinatari o se la mia richiesta è manifestamente infondata o eccessiva (CGUE C-154/21, Österreichische Post), nonché le garanzie adeguate relative a tale trasferimento (art. 15, par. 2);",
          "d) quando possibile, il periodo di conservazione dei dati previsto oppure, se non è possibile, i criteri utilizzati per determinare tale periodo (art. 15, par. 1, lett. d));",
          "e) l'esistenza del diritto di chiedere la rettifica o la cancellazione dei dati o la limitazione del loro trattamento, o di opporsi al loro trattamento (art. 15, par. 1, lett. e));",
          "f) il diritto di proporre reclamo a un'autorità di controllo (art. 15, par. 1, lett. f));",
          "g) qualora i dati non siano stati raccolti presso di me, tutte le informazioni disponibili sulla loro origine (art. 15, par. 1, lett. g));",
          "h) l'esistenza di un processo decisionale automatizzato, compresa la profilazione di cui all'art. 22, par. 1 e 4, e, almeno in tali casi, informazioni significative sulla logica utilizzata, nonché l'importanza e le conseguenze previste di tale trattamento per me (art. 15, par. 1, lett. h)).",
        ].join("\n"),
        `Vi chiedo inoltre una copia dei dati personali oggetto di trattamento, in un formato elettronico di uso comune (art. 15, par. 3, ${law}).`,
      ],
    },
  },
  deletion: {
    title: { other: "Richiesta di cancellazione" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        ...erasure(specifics, article),
        `Nella misura in cui trattate tali dati sulla base del mio consenso, lo revoco (art. 7, par. 3, ${law}); nella misura in cui Vi fondate su legittimi interessi, mi oppongo al trattamento (art. 21, par. 1, ${law}).`,
        `Vi chiedo di confermarmi per iscritto la cancellazione, di comunicarla a ciascuno dei destinatari cui i dati sono stati trasmessi e di indicarmi tali destinatari (art. 19 ${law}). Se avete reso pubblici i dati, Vi chiedo di informare della mia richiesta gli altri titolari che li trattano (art. 17, par. 2, ${law}). Se ritenete di dover o poter conservare alcuni dati (art. 17, par. 3, ${law}), Vi chiedo di indicarmi quali e su quale base giuridica.`,
      ],
    },
  },
  correction: {
    title: { other: "Richiesta di rettifica" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        `Chiedo la rettifica senza ingiustificato ritardo dei seguenti dati personali inesatti che mi riguardano (${article}):`,
        items(specifics).join("\n"),
        `Vi chiedo di confermarmi la rettifica e di comunicarla a ciascuno dei destinatari cui i dati sono stati trasmessi (art. 19 ${law}).`,
      ],
    },
  },
  portability: {
    title: { other: "Richiesta di portabilità dei dati" },
    paragraphs: {
      gdpr: ({ article, specifics }) => [
        `Chiedo di ricevere i dati personali che mi riguardano da me forniti in un formato strutturato, di uso comune e leggibile da dispositivo automatico, ${format(specifics)} (${article}). Vi rientrano i dati che ho inserito io stesso e quelli generati dal mio utilizzo del servizio, come la cronologia delle mie attività.`,
      ],
    },
  },
  restriction: {
    title: { other: "Richiesta di limitazione del trattamento" },
    paragraphs: {
      other: ({ article }) => [
        `Chiedo la limitazione del trattamento dei miei dati personali: conservate i dati, ma non trattateli in altro modo fino alla definizione della questione (${article}).`,
      ],
    },
  },
  objection: {
    title: { other: "Opposizione al trattamento" },
    paragraphs: {
      gdpr: ({ law, specifics }) => {
        const { directMarketing = true, grounds } = specifics.objection ?? {};
        return [
          ...(grounds
            ? [
                `Per motivi connessi alla mia situazione particolare, mi oppongo al trattamento dei miei dati personali che fondate sull'interesse pubblico o su legittimi interessi, compresa la profilazione (art. 21, par. 1, ${law}):`,
                grounds,
                `Vi chiedo di astenervi dal trattare ulteriormente i dati, salvo che dimostriate l'esistenza di motivi legittimi cogenti che prevalgono sui miei interessi, diritti e libertà (art. 21, par. 1, ${law}), e di comunicarmi la Vostra decisione.`,
              ]
            : []),
          ...(directMarketing
            ? [
                `Mi oppongo al trattamento dei miei dati personali per finalità di marketing diretto, compresa la profilazione connessa a tale marketing. L'opposizione non richiede motivazione: Vi chiedo di cessare tale trattamento (art. 21, par. 2 e 3, ${law}).`,
              ]
            : []),
          "Vi chiedo di confermarmi quali trattamenti avete cessato.",
        ];
      },
    },
  },
  "automated-decision": {
    title: { other: "Richiesta relativa a decisioni automatizzate" },
    paragraphs: {
      other: ({ article }) => [
        `Chiedo di non essere sottoposto a decisioni basate unicamente sul trattamento automatizzato, compresa la profilazione (${article}). Se adottate decisioni di questo tipo, Vi chiedo di comunicarmelo e di consentirmi di ottenere l'intervento umano, di esprimere la mia opinione e di contestare la decisione.`,
      ],
    },
  },
};
