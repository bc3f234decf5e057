import { portugueseCitations } from "./citations";
import { rightsPt } from "./pt-rights";
import type { LetterTemplate } from "./types";

// European Portuguese: "Exmos. Senhores," and the RGPD; Brazil's LGPD letters are in pt-br.ts.
export const ptPT: LetterTemplate = {
  language: "pt-PT",
  locale: "pt-PT",
  citations: portugueseCitations,
  lawName: { "eu-gdpr": "RGPD" },
  lawPhrase: { "eu-gdpr": "do Regulamento Geral sobre a Proteção de Dados (RGPD)" },
  heading: (title, article) => `${title} ao abrigo do ${article}`,
  salutation: "Exmos. Senhores,",
  intro: {
    gdpr: (law) => `Venho, pela presente, exercer os meus direitos enquanto titular dos dados ao abrigo ${law}.`,
    other: (law) => `Venho, pela presente, exercer os meus direitos ao abrigo ${law}.`,
  },
  policyAcknowledges: (quote, date) => `A vossa própria política de privacidade${date ? ` (versão de ${date})` : ""} assim o indica: «${quote}»`,
  identification: {
    lead: "Para localizar os meus dados, podem utilizar:",
    accountEmail: "Endereço de correio eletrónico da minha conta",
    username: (service) => `Nome de utilizador em ${service}`,
    postalAddress: "Morada",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "Conforme solicitado na vossa política de privacidade, envio este pedido a partir do endereço de correio eletrónico da minha conta e indico o meu nome de utilizador."
        : fromAccount
          ? "Conforme solicitado na vossa política de privacidade, envio este pedido a partir do endereço de correio eletrónico da minha conta."
          : "Conforme solicitado na vossa política de privacidade, indico o meu nome de utilizador.",
  },
  rights: rightsPt,
  deadline: {
    single: (date, citation) => `Solicito resposta sem demora injustificada e, o mais tardar, até ${date} (${citation}).`,
    several: "Solicito resposta sem demora injustificada e, o mais tardar, nas seguintes datas:",
    item: (heading, date, citation) => `– ${heading}: o mais tardar até ${date} (${citation})`,
    estimate: "Calculei as datas desta carta com base nos prazos legais; caso divirjam destes, prevalecem os prazos legais.",
    acknowledge: (date, citation) => `Solicito que acusem a receção deste pedido até ${date} (${citation}).`,
    policyPromise: (period, quote, date) =>
      `A vossa política de privacidade promete uma resposta no prazo de ${period} («${quote}»), pelo que aguardo a vossa resposta até ${date}.`,
    period: ({ days, months }) => (days !== undefined ? `${days} ${days === 1 ? "dia" : "dias"}` : `${months} ${months === 1 ? "mês" : "meses"}`),
  },
  closing: {
    gdpr: (law) => [
      `O tratamento deste pedido deve ser gratuito para mim (art. 12.º, n.º 5, do ${law}). Indiquei acima os elementos necessários para localizar os meus dados; só podem solicitar informações adicionais para confirmar a minha identidade se tiverem dúvidas razoáveis quanto à mesma (art. 12.º, n.º 6, do ${law}).`,
    ],
    other: () => [
      "Solicito resposta gratuita e que só peçam elementos de identificação adicionais na medida em que sejam razoavelmente necessários para localizar os meus dados.",
    ],
  },
  complaint: (authority, citation) =>
    `Caso não receba uma resposta completa até essa data, reservo-me o direito de apresentar reclamação à autoridade de controlo competente (${citation})${authority ? `: ${authority}` : ""}.`,
  scopeNote: (note) => `Recordo o que a lei estabelece (texto da fonte): ${note}.`,
  complaintFirst: (citation) =>
    `Caso não receba uma resposta completa até essa data, a presente carta vale como aviso de que apresentarei primeiro reclamação junto de V. Exas. sobre o tratamento do meu pedido (${citation}) e, se necessário, à autoridade.`,
  noStatute: {
    intro:
      "Tanto quanto sei, nenhuma lei de proteção de dados do local onde resido me confere este direito, pelo que a data indicada abaixo não resulta de um prazo legal. Invoco os compromissos publicados na vossa política de privacidade e solicito resposta no prazo de 30 dias.",
    complaint: "Caso não receba resposta até essa data, recorrerei a uma associação de defesa do consumidor.",
  },
  signOff: "Com os melhores cumprimentos,",
  attentionLabel: "A/C",
  pageLabel: (page, pages) => `Página ${page} de ${pages}`,
};
