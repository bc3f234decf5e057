import type { CorrectionItem, LetterSpecifics } from "../types";
import type { LetterTemplate } from "./types";

// Terms of the GDPR's French text (RGPD): responsable du traitement, personne concernée, effacement,
// limitation. The "other" wording serves Quebec's law: renseignements personnels, as it says.
export function correctionItemFr({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field} : la donnée exacte est « ${correctValue} »${currentValue ? ` (actuellement « ${currentValue} »)` : ""}`;
}

const items = (s: LetterSpecifics) => (s.correction ?? []).map(correctionItemFr);
const FORMAT = { json: "de préférence au format JSON", csv: "de préférence sous forme de fichiers CSV", any: "par exemple au format JSON ou CSV" } as const;
const format = (s: LetterSpecifics) => FORMAT[s.portability?.format ?? "any"];

function deletionQc(s: LetterSpecifics, article: string): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts)
    return [`Je vous demande de supprimer les renseignements personnels suivants me concernant (${article}) :`, s.deletion.parts];
  return [`Je vous demande de supprimer tous les renseignements personnels me concernant que vous détenez et de fermer mon compte (${article}).`];
}

function erasure(s: LetterSpecifics, article: string): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts) {
    return [`Je vous demande d'effacer dans les meilleurs délais les données à caractère personnel suivantes me concernant (${article}) :`, s.deletion.parts];
  }
  return [
    `Je vous demande d'effacer dans les meilleurs délais l'ensemble des données à caractère personnel me concernant que vous détenez et de clôturer mon compte (${article}).`,
  ];
}

export const rightsFr: LetterTemplate["rights"] = {
  access: {
    title: { other: "Demande d'accès" },
    paragraphs: {
      gdpr: ({ article, law }) => [
        `Je vous prie de me confirmer si des données à caractère personnel me concernant sont ou ne sont pas traitées et, lorsqu'elles le sont, de me donner accès à ces données ainsi qu'aux informations suivantes (${article}) :`,
        [
          "a) les finalités du traitement (art. 15, par. 1, point a)) ;",
          "b) les catégories de données à caractère personnel concernées (art. 15, par. 1, point b)) ;",
          "c) les destinataires auxquels les données ont été ou seront communiquées, en particulier les destinataires établis dans des pays tiers ou les organisations internationales, désignés nommément (art. 15, par. 1, point c)) : les catégories de destinataires ne suffisent que s'il est impossible d'identifier les destinataires ou si ma demande est manifestement infondée ou excessive (CJUE, C-154/21, Österreichische Post), ainsi que les garanties appropriées entourant un tel transfert (art. 15, par. 2) ;",
          "d) lorsque cela est possible, la durée de conservation envisagée des données ou, lorsque ce n'est pas possible, les critères utilisés pour déterminer cette durée (art. 15, par. 1, point d)) ;",
          "e) l'existence du droit de demander la rectification ou l'effacement des données, ou une limitation de leur traitement, ou du droit de s'opposer à ce traitement (art. 15, par. 1, point e)) ;",
          "f) le droit d'introduire une réclamation auprès d'une autorité de contrôle (art. 15, par. 1, point f)) ;",
          "g) lorsque les données n'ont pas été collectées auprès de moi, toute information disponible quant à leur source (art. 15, par. 1, point g)) ;",
          "h) l'existence d'une prise de décision automatisée, y compris un profilage, visée à l'art. 22, par. 1 et 4, et, au moins en pareils cas, des informations utiles concernant la logique sous-jacente, ainsi que l'importance et les conséquences prévues de ce traitement pour moi (art. 15, par. 1, point h)).",
        ].join("\n"),
        `Je vous prie également de me fournir une copie des données à caractère personnel faisant l'objet d'un traitement, sous une forme électronique d'usage courant (art. 15, par. 3, du ${law}).`,
      ],
      other: ({ article }) => [
        `Je vous prie de me confirmer si vous détenez des renseignements personnels me concernant et, le cas échéant, de m'en communiquer une copie et de m'indiquer à quelles fins ils sont utilisés, d'où ils proviennent et à qui ils ont été communiqués (${article}).`,
      ],
    },
  },
  deletion: {
    title: { other: "Demande d'effacement" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        ...erasure(specifics, article),
        `Dans la mesure où vous traitez ces données sur la base de mon consentement, je retire ce consentement (art. 7, par. 3, du ${law}) ; dans la mesure où vous vous fondez sur des intérêts légitimes, je m'oppose au traitement (art. 21, par. 1, du ${law}).`,
        `Je vous prie de me confirmer l'effacement par écrit, de le notifier à chacun des destinataires auxquels les données ont été communiquées et de me fournir des informations sur ces destinataires (art. 19 du ${law}). Si vous avez rendu les données publiques, je vous prie d'informer les autres responsables du traitement qui les traitent de ma demande (art. 17, par. 2, du ${law}). Si vous estimez devoir ou pouvoir conserver certaines données (art. 17, par. 3, du ${law}), je vous prie de m'indiquer lesquelles et sur quelle base juridique.`,
      ],
      other: ({ article, specifics }) => [
        ...deletionQc(specifics, article),
        "Je vous prie de demander à toute personne à qui vous avez communiqué ces renseignements de les supprimer également, et de me confirmer la suppression.",
      ],
    },
  },
  correction: {
    title: { other: "Demande de rectification" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        `Je vous demande de rectifier dans les meilleurs délais les données à caractère personnel inexactes suivantes me concernant (${article}) :`,
        items(specifics).join("\n"),
        `Je vous prie de me confirmer la rectification et de la notifier à chacun des destinataires auxquels les données ont été communiquées (art. 19 du ${law}).`,
      ],
      other: ({ article, specifics }) => [
        `Je vous demande de rectifier les renseignements personnels inexacts suivants me concernant (${article}) :`,
        items(specifics).join("\n"),
        "Je vous prie de me confirmer la rectification et de la transmettre à toute personne à qui vous avez communiqué ces renseignements.",
      ],
    },
  },
  portability: {
    title: { other: "Demande de portabilité des données" },
    paragraphs: {
      gdpr: ({ article, specifics }) => [
        `Je vous demande de me transmettre les données à caractère personnel me concernant que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine, ${format(specifics)} (${article}). Cela comprend les données que j'ai saisies moi-même et celles générées par mon utilisation du service, telles que l'historique de mon activité.`,
      ],
      other: ({ article, specifics }) => [
        `Je vous demande de me communiquer les renseignements personnels que je vous ai fournis dans un format technologique structuré et couramment utilisé, ${format(specifics)} (${article}).`,
      ],
    },
  },
  restriction: {
    title: { other: "Demande de limitation du traitement" },
    paragraphs: {
      other: ({ article }) => [
        `Je vous demande de limiter le traitement de mes données à caractère personnel : conservez les données, mais ne les traitez pas autrement jusqu'à ce que la question soit réglée (${article}).`,
      ],
    },
  },
  objection: {
    title: { other: "Opposition au traitement" },
    paragraphs: {
      gdpr: ({ law, specifics }) => {
        const { directMarketing = true, grounds } = specifics.objection ?? {};
        return [
          ...(grounds
            ? [
                `Pour des raisons tenant à ma situation particulière, je m'oppose au traitement de mes données à caractère personnel que vous fondez sur l'intérêt public ou sur des intérêts légitimes, y compris au profilage (art. 21, par. 1, du ${law}) :`,
                grounds,
                `Je vous prie de cesser ce traitement, à moins que vous ne démontriez qu'il existe des motifs légitimes et impérieux qui prévalent sur mes intérêts, droits et libertés (art. 21, par. 1, du ${law}), et de me faire connaître votre décision.`,
              ]
            : []),
          ...(directMarketing
            ? [
                `Je m'oppose au traitement de mes données à caractère personnel à des fins de prospection, y compris au profilage lié à cette prospection. Cette opposition n'a pas à être motivée : je vous prie de cesser ce traitement (art. 21, par. 2 et 3, du ${law}).`,
              ]
            : []),
          "Je vous prie de me confirmer les traitements auxquels vous avez mis fin.",
        ];
      },
    },
  },
  "automated-decision": {
    title: { other: "Demande relative aux décisions automatisées" },
    paragraphs: {
      other: ({ article }) => [
        `Je demande à ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage (${article}). Si vous prenez de telles décisions, je vous prie de m'en informer et de me permettre d'obtenir une intervention humaine, d'exprimer mon point de vue et de contester la décision.`,
      ],
    },
  },
};
