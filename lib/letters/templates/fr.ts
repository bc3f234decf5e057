import { frenchCitations } from "./citations";
import { rightsFr } from "./fr-rights";
import type { LetterTemplate } from "./types";

// Formal French correspondence: "Madame, Monsieur," and a full closing formula; the GDPR is the RGPD.
export const fr: LetterTemplate = {
  language: "fr",
  locale: "fr-FR",
  citations: frenchCitations,
  lawName: { "eu-gdpr": "RGPD", "ca-qc": "P-39.1" },
  lawPhrase: {
    "eu-gdpr": "du règlement général sur la protection des données (RGPD)",
    "ca-qc": "de la Loi sur la protection des renseignements personnels dans le secteur privé du Québec (RLRQ, c. P-39.1, telle que modifiée par la Loi 25)",
  },
  heading: (title, article) => `${title} (${article})`,
  salutation: "Madame, Monsieur,",
  intro: {
    gdpr: (law) => `Par la présente, j'exerce les droits que je tiens, en tant que personne concernée, ${law}.`,
    other: (law) => `Par la présente, j'exerce les droits que je tiens ${law}.`,
  },
  policyAcknowledges: (quote, date) => `Votre propre politique de confidentialité${date ? ` (version du ${date})` : ""} l'indique d'ailleurs : « ${quote} »`,
  identification: {
    lead: "Pour retrouver mes données, vous pouvez utiliser :",
    accountEmail: "Adresse électronique de mon compte",
    username: (service) => `Nom d'utilisateur sur ${service}`,
    postalAddress: "Adresse postale",
    separator: "\u00a0: ",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "Comme le demande votre politique de confidentialité, j'envoie cette demande depuis l'adresse électronique de mon compte et j'indique mon nom d'utilisateur."
        : fromAccount
          ? "Comme le demande votre politique de confidentialité, j'envoie cette demande depuis l'adresse électronique de mon compte."
          : "Comme le demande votre politique de confidentialité, j'indique mon nom d'utilisateur.",
  },
  rights: rightsFr,
  deadline: {
    single: (date, citation) => `Je vous remercie de me répondre dans les meilleurs délais et au plus tard le ${date} (${citation}).`,
    several: "Je vous remercie de me répondre dans les meilleurs délais et au plus tard aux dates suivantes :",
    item: (heading, date, citation) => `– ${heading} : au plus tard le ${date} (${citation})`,
    estimate: "J'ai calculé les dates de ce courrier à partir des délais fixés par la loi ; si elles s'en écartent, les délais légaux prévalent.",
    acknowledge: (date, citation) => `Je vous remercie d'accuser réception de cette demande au plus tard le ${date} (${citation}).`,
    policyPromise: (period, quote, date) =>
      `Votre politique de confidentialité promet une réponse dans un délai de ${period} (« ${quote} ») ; j'attends donc votre réponse au plus tard le ${date}.`,
    period: ({ days, months }) => (days !== undefined ? `${days} jour${days === 1 ? "" : "s"}` : `${months} mois`),
  },
  closing: {
    gdpr: (law) => [
      `Le traitement de cette demande doit être gratuit pour moi (art. 12, par. 5, du ${law}). J'ai indiqué ci-dessus les éléments nécessaires pour retrouver mes données ; ne me demandez d'informations supplémentaires pour confirmer mon identité que si vous avez des doutes raisonnables à son sujet (art. 12, par. 6, du ${law}).`,
    ],
    other: () => [
      "Je vous remercie de répondre gratuitement et de ne me demander d'autres éléments d'identification que s'ils vous sont raisonnablement nécessaires pour retrouver mes données.",
    ],
  },
  complaint: (authority, citation) =>
    `À défaut de réponse complète à cette date, je me réserve le droit d'introduire une réclamation auprès de l'autorité de contrôle compétente (${citation})${authority ? ` : ${authority}` : ""}.`,
  scopeNote: (note) => `Je vous rappelle ce que prévoit la loi (texte de la source) : ${note}.`,
  complaintFirst: (citation) =>
    `À défaut de réponse complète à cette date, le présent courrier vaut avis que je vous adresserai d'abord une réclamation sur le traitement de ma demande (${citation}), puis, si nécessaire, à l'autorité.`,
  noStatute: {
    intro:
      "À ma connaissance, aucune loi sur la protection des données applicable là où je vis ne me confère de droit à ce titre ; la date indiquée ci-dessous ne repose donc sur aucun délai légal. Je m'appuie sur les engagements publiés dans votre politique de confidentialité et vous demande une réponse sous 30 jours.",
    complaint: "À défaut de réponse à cette date, je saisirai une association de défense des consommateurs.",
  },
  signOff: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
  attentionLabel: "À l'attention de",
  pageLabel: (page, pages) => `Page ${page} sur ${pages}`,
};
