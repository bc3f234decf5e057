import type { CorrectionItem, LetterSpecifics } from "../types";
import type { LetterTemplate } from "./types";

// Brazilian Portuguese for the LGPD (Lei 13.709/2018): titular, controlador, eliminação, ANPD.
// Brazilian practice cites "LGPD, art. 18, II".
const citeLgpd: readonly (readonly [string, string])[] = [
  ["LGPD (Lei 13.709/2018) Art. ", "LGPD (Lei 13.709/2018), art. "],
  ["LGPD Art. ", "LGPD, art. "],
  ["; Art. ", "; art. "],
  [", Art. ", ", art. "],
  [" and ", " e "],
];

function correctionItem({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field}: o correto é "${correctValue}"${currentValue ? ` (atualmente "${currentValue}")` : ""}`;
}

const FORMAT = { json: "de preferência em formato JSON", csv: "de preferência em arquivos CSV", any: "por exemplo, em formato JSON ou CSV" } as const;

function deletion(s: LetterSpecifics, article: string): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts)
    return [`Solicito a eliminação dos seguintes dados pessoais a meu respeito (${article}):`, s.deletion.parts];
  return [`Solicito a eliminação de todos os dados pessoais a meu respeito que vocês mantêm e o encerramento da minha conta (${article}).`];
}

export const ptBR: LetterTemplate = {
  language: "pt-BR",
  locale: "pt-BR",
  citations: { laws: {}, article: (number, parts) => [number, ...parts].join(", "), phrases: citeLgpd },
  lawName: { lgpd: "LGPD" },
  lawPhrase: { lgpd: "da Lei Geral de Proteção de Dados Pessoais (LGPD)" },
  heading: (title, article) => `${title} com base na ${article}`,
  salutation: "Prezados Senhores,",
  intro: {
    other: (law) => `Venho, por meio desta, exercer os meus direitos de titular de dados nos termos ${law}.`,
  },
  policyAcknowledges: (quote, date) => `A própria política de privacidade de vocês${date ? ` (versão de ${date})` : ""} afirma: "${quote}"`,
  identification: {
    lead: "Para localizar os meus dados, vocês podem usar:",
    accountEmail: "E-mail da minha conta",
    username: (service) => `Nome de usuário em ${service}`,
    postalAddress: "Endereço",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "Conforme pede a política de privacidade de vocês, envio esta requisição a partir do e-mail da minha conta e informo o meu nome de usuário."
        : fromAccount
          ? "Conforme pede a política de privacidade de vocês, envio esta requisição a partir do e-mail da minha conta."
          : "Conforme pede a política de privacidade de vocês, informo o meu nome de usuário.",
  },
  rights: {
    access: {
      title: { other: "Requisição de acesso" },
      paragraphs: {
        other: ({ article }) => [
          `Solicito que confirmem se tratam dados pessoais a meu respeito e, em caso positivo, que me forneçam uma cópia desses dados e me informem para quais finalidades são usados, qual é a sua origem e com quem foram compartilhados (${article}).`,
        ],
      },
    },
    deletion: {
      title: { other: "Requisição de eliminação" },
      paragraphs: {
        other: ({ article, specifics }) => [
          ...deletion(specifics, article),
          "Solicito também que informem a eliminação a todos com quem compartilharam os dados e que me confirmem a eliminação.",
        ],
      },
    },
    correction: {
      title: { other: "Requisição de correção" },
      paragraphs: {
        other: ({ article, specifics }) => [
          `Solicito a correção dos seguintes dados pessoais incorretos a meu respeito (${article}):`,
          (specifics.correction ?? []).map(correctionItem).join("\n"),
          "Solicito que me confirmem a correção e que a informem a todos com quem compartilharam os dados.",
        ],
      },
    },
    portability: {
      title: { other: "Requisição de portabilidade" },
      paragraphs: {
        other: ({ article, specifics }) => [
          `Solicito uma cópia dos dados pessoais que forneci a vocês, em formato estruturado, interoperável e legível por máquina, ${FORMAT[specifics.portability?.format ?? "any"]} (${article}).`,
        ],
      },
    },
    restriction: {
      title: { other: "Requisição de bloqueio do tratamento" },
      paragraphs: {
        other: ({ article }) => [
          `Solicito o bloqueio do tratamento dos meus dados pessoais: conservem os dados, mas não os tratem de outra forma até que a questão seja resolvida (${article}).`,
        ],
      },
    },
    objection: {
      title: { other: "Oposição ao tratamento" },
      paragraphs: {
        other: ({ article }) => [
          `Oponho-me ao tratamento dos meus dados pessoais, inclusive à formação de perfis e ao tratamento para fins de marketing direto (${article}). Solicito que cessem esse tratamento e me confirmem que o fizeram.`,
        ],
      },
    },
    "automated-decision": {
      title: { other: "Requisição sobre decisões automatizadas" },
      paragraphs: {
        other: ({ article }) => [
          `Solicito não ser submetido a decisões tomadas unicamente com base em tratamento automatizado, inclusive a formação de perfis (${article}). Caso tomem decisões desse tipo, solicito que me informem e me permitam obter a revisão da decisão, expor o meu ponto de vista e contestá-la.`,
        ],
      },
    },
  },
  deadline: {
    single: (date, citation) => `Solicito resposta sem demora e, no máximo, até ${date} (${citation}).`,
    several: "Solicito resposta sem demora e, no máximo, nas seguintes datas:",
    item: (heading, date, citation) => `– ${heading}: no máximo até ${date} (${citation})`,
    estimate: "Calculei as datas desta carta com base nos prazos legais; se divergirem deles, prevalecem os prazos legais.",
    acknowledge: (date, citation) => `Solicito que confirmem o recebimento desta requisição até ${date} (${citation}).`,
    policyPromise: (period, quote, date) =>
      `A política de privacidade de vocês promete uma resposta em ${period} ("${quote}"); por isso, aguardo a resposta até ${date}.`,
    period: ({ days, months }) => (days !== undefined ? `${days} ${days === 1 ? "dia" : "dias"}` : `${months} ${months === 1 ? "mês" : "meses"}`),
  },
  closing: {
    other: () => [
      "Solicito resposta gratuita e que peçam dados adicionais de identificação apenas na medida em que sejam razoavelmente necessários para localizar os meus dados.",
    ],
  },
  complaint: (authority, citation) =>
    `Caso não receba uma resposta completa até essa data, reservo-me o direito de peticionar perante a autoridade nacional (${citation})${authority ? `: ${authority}` : ""}.`,
  scopeNote: (note) => `Lembro o que a lei estabelece (texto da fonte): ${note}.`,
  complaintFirst: (citation) =>
    `Caso não receba uma resposta completa até essa data, esta carta serve de aviso de que reclamarei primeiro a vocês sobre o tratamento da minha requisição (${citation}) e, se necessário, à autoridade.`,
  noStatute: {
    intro:
      "Que eu saiba, nenhuma lei de proteção de dados do lugar onde moro me garante esse direito; a data abaixo não decorre, portanto, de um prazo legal. Invoco os compromissos publicados na política de privacidade de vocês e solicito resposta em 30 dias.",
    complaint: "Caso não receba resposta até essa data, recorrerei a um órgão de defesa do consumidor.",
  },
  signOff: "Atenciosamente,",
  attentionLabel: "A/C",
  pageLabel: (page, pages) => `Página ${page} de ${pages}`,
};
