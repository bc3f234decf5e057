import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} y ${dates.at(-1)}`);

// Art. 77 RGPD: "presentar una reclamación ante una autoridad de control".
export const complaintEs: ComplaintTemplate = {
  language: "es",
  salutation: "Estimados señores:",
  signOff: "Atentamente,",
  subject: (controller) => `Reclamación contra ${controller}: mi solicitud en materia de protección de datos`,
  lodge: {
    gdpr: ({ controller, citation }) => `Por medio de la presente, presento una reclamación contra ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `Por medio de la presente, presento una reclamación contra ${controller}, empresa sujeta a la California Consumer Privacy Act (${citation}).`,
    other: ({ controller, citation }) => `Por medio de la presente, presento una reclamación contra ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) =>
    `El ${sentOn} dirigí a dicha entidad una solicitud conforme ${lawPhrase} (${articles}), con el asunto «${subject}».`,
  noAnswer: ({ dueDate, citation }) => `El plazo de respuesta venció el ${dueDate} (${citation}). No he recibido respuesta.`,
  reminded: (dates) => `Envié recordatorios el ${list(dates)}, sin resultado.`,
  partial: (answeredOn) => `El ${answeredOn} recibí una respuesta, pero no contiene lo que exige la ley:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `El ${refusedOn} se denegó mi solicitud${reason ? ` con el siguiente motivo: «${reason}»` : " sin indicar motivo alguno"}. Considero que la denegación es infundada.`,
  appealDenied: (date) => `El ${date} impugné la denegación; ello no dio lugar a una respuesta conforme a la ley.`,
  timelineLead: "Cronología:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "envío de mi solicitud",
    acknowledged: "acuse de recibo",
    "identity-requested": "petición de acreditar mi identidad",
    "identity-received": "acreditación de mi identidad",
    "clarification-requested": "petición de aclarar la solicitud",
    "clarification-received": "aclaración de mi solicitud",
    "extension-claimed": "prórroga del plazo de respuesta",
    "answer-received": "respuesta recibida",
    "answer-partial": "respuesta parcial recibida",
    refused: "denegación de la solicitud",
    "follow-up-sent": "envío de un recordatorio",
    appealed: "impugnación de la denegación",
  },
  ask: {
    gdpr: "Solicito que examinen esta reclamación, que me informen de su curso y resultado y que ordenen al responsable del tratamiento atender mi solicitud.",
    ccpa: "Solicito que investiguen el asunto y adopten las medidas previstas en la ley para que la empresa atienda mi solicitud.",
    other: "Solicito que investiguen el asunto y adopten las medidas previstas en la ley para que la entidad atienda mi solicitud.",
  },
  enclosed: "Adjunto un expediente con la cronología fechada, mis cartas y mis notas.",
  contact: "Pueden contactarme en:",
};
