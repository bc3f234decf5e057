import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} e ${dates.at(-1)}`);

// Art. 77.º RGPD: "apresentar reclamação a uma autoridade de controlo".
export const complaintPtPT: ComplaintTemplate = {
  language: "pt-PT",
  salutation: "Exmos. Senhores,",
  signOff: "Com os melhores cumprimentos,",
  subject: (controller) => `Reclamação contra ${controller}: o meu pedido em matéria de proteção de dados`,
  lodge: {
    gdpr: ({ controller, citation }) => `Venho, pela presente, apresentar reclamação contra ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `Venho, pela presente, apresentar reclamação contra ${controller}, empresa sujeita ao California Consumer Privacy Act (${citation}).`,
    other: ({ controller, citation }) => `Venho, pela presente, apresentar reclamação contra ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) =>
    `Em ${sentOn}, dirigi a essa entidade um pedido ao abrigo ${lawPhrase} (${articles}), com o assunto «${subject}».`,
  noAnswer: ({ dueDate, citation }) => `O prazo de resposta terminou em ${dueDate} (${citation}). Não recebi qualquer resposta.`,
  reminded: (dates) => `Enviei lembretes em ${list(dates)}, sem resultado.`,
  partial: (answeredOn) => `Em ${answeredOn} recebi uma resposta, que não contém, porém, o que a lei exige:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `Em ${refusedOn}, o meu pedido foi recusado${reason ? ` com o seguinte fundamento: «${reason}»` : " sem indicação de fundamento"}. Considero a recusa infundada.`,
  appealDenied: (date) => `Em ${date} contestei a recusa, sem que daí resultasse uma resposta conforme à lei.`,
  timelineLead: "Cronologia:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "envio do meu pedido",
    acknowledged: "aviso de receção",
    "identity-requested": "pedido de comprovação da minha identidade",
    "identity-received": "comprovação da minha identidade",
    "clarification-requested": "pedido de esclarecimento do pedido",
    "clarification-received": "esclarecimento do meu pedido",
    "extension-claimed": "prorrogação do prazo de resposta",
    "answer-received": "resposta recebida",
    "answer-partial": "resposta parcial recebida",
    refused: "recusa do pedido",
    "follow-up-sent": "envio de um lembrete",
    appealed: "contestação da recusa",
  },
  ask: {
    gdpr: "Solicito que apreciem esta reclamação, que me informem do andamento e do resultado e que ordenem ao responsável pelo tratamento que satisfaça o meu pedido.",
    ccpa: "Solicito que investiguem e adotem as medidas previstas na lei para que a empresa satisfaça o meu pedido.",
    other: "Solicito que investiguem e adotem as medidas previstas na lei para que a entidade satisfaça o meu pedido.",
  },
  enclosed: "Junto um processo com a cronologia datada, a minha correspondência e as minhas notas.",
  contact: "Podem contactar-me através de:",
};
