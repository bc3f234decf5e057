import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} e ${dates.at(-1)}`);

// LGPD art. 18 §1: the titular "peticiona" against the controlador before the ANPD.
export const complaintPtBR: ComplaintTemplate = {
  language: "pt-BR",
  salutation: "Prezados Senhores,",
  signOff: "Atenciosamente,",
  subject: (controller) => `Petição contra ${controller}: minha requisição de titular de dados`,
  lodge: {
    gdpr: ({ controller, citation }) => `Venho, por meio desta, apresentar reclamação contra ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `Venho, por meio desta, apresentar reclamação contra ${controller}, empresa sujeita ao California Consumer Privacy Act (${citation}).`,
    other: ({ controller, citation }) => `Venho, por meio desta, peticionar contra o controlador ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) =>
    `Em ${sentOn}, enviei ao controlador uma requisição nos termos ${lawPhrase} (${articles}), com o assunto "${subject}".`,
  noAnswer: ({ dueDate, citation }) => `O prazo de resposta terminou em ${dueDate} (${citation}). Não recebi resposta.`,
  reminded: (dates) => `Enviei lembretes em ${list(dates)}, sem resultado.`,
  partial: (answeredOn) => `Em ${answeredOn} recebi uma resposta, que, porém, não contém o que a lei exige:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `Em ${refusedOn}, a requisição foi recusada${reason ? ` com a seguinte justificativa: "${reason}"` : " sem justificativa"}. Considero a recusa infundada.`,
  appealDenied: (date) => `Em ${date} contestei a recusa, sem obter uma resposta conforme a lei.`,
  timelineLead: "Cronologia:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "envio da minha requisição",
    acknowledged: "confirmação de recebimento",
    "identity-requested": "pedido de comprovação da minha identidade",
    "identity-received": "comprovação da minha identidade",
    "clarification-requested": "pedido de esclarecimento da requisição",
    "clarification-received": "esclarecimento da minha requisição",
    "extension-claimed": "prorrogação do prazo de resposta",
    "answer-received": "resposta recebida",
    "answer-partial": "resposta parcial recebida",
    refused: "recusa da requisição",
    "follow-up-sent": "envio de um lembrete",
    appealed: "contestação da recusa",
  },
  ask: {
    gdpr: "Solicito que examinem esta reclamação, que me informem do andamento e do resultado e que determinem ao controlador que atenda à minha requisição.",
    ccpa: "Solicito que investiguem e adotem as medidas previstas em lei para que a empresa atenda à minha requisição.",
    other: "Solicito que apurem os fatos e adotem as medidas previstas em lei para que o controlador atenda à minha requisição.",
  },
  enclosed: "Anexo um dossiê com a cronologia datada, minhas cartas e minhas anotações.",
  contact: "Podem me contatar por:",
};
