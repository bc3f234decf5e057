import { spanishCitations } from "./citations";
import { rightsEs } from "./es-rights";
import type { LetterTemplate } from "./types";

// Formal Spanish correspondence addresses the company as "ustedes"; the GDPR is the RGPD. The law
// phrase carries its contracted article ("conforme al Reglamento").
export const es: LetterTemplate = {
  language: "es",
  locale: "es-ES",
  citations: spanishCitations,
  lawName: { "eu-gdpr": "RGPD" },
  lawPhrase: { "eu-gdpr": "al Reglamento General de Protección de Datos (RGPD)" },
  heading: (title, article) => `${title} conforme al ${article}`,
  salutation: "Estimados señores:",
  intro: {
    gdpr: (law) => `Por medio de la presente, ejerzo mis derechos como interesado conforme ${law}.`,
    other: (law) => `Por medio de la presente, ejerzo mis derechos conforme ${law}.`,
  },
  policyAcknowledges: (quote, date) => `Su propia política de privacidad${date ? ` (versión de ${date})` : ""} así lo indica: «${quote}»`,
  identification: {
    lead: "Para localizar mis datos, pueden utilizar:",
    accountEmail: "Dirección de correo electrónico de mi cuenta",
    username: (service) => `Nombre de usuario en ${service}`,
    postalAddress: "Dirección postal",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "Tal como solicita su política de privacidad, envío esta solicitud desde la dirección de correo electrónico de mi cuenta e indico mi nombre de usuario."
        : fromAccount
          ? "Tal como solicita su política de privacidad, envío esta solicitud desde la dirección de correo electrónico de mi cuenta."
          : "Tal como solicita su política de privacidad, indico mi nombre de usuario.",
  },
  rights: rightsEs,
  deadline: {
    single: (date, citation) => `Les ruego que respondan sin dilación indebida y, a más tardar, el ${date} (${citation}).`,
    several: "Les ruego que respondan sin dilación indebida y, a más tardar, en las siguientes fechas:",
    item: (heading, date, citation) => `– ${heading}: a más tardar el ${date} (${citation})`,
    estimate: "He calculado las fechas de esta carta a partir de los plazos legales; si difieren de ellos, prevalecen los plazos legales.",
    acknowledge: (date, citation) => `Les ruego que acusen recibo de esta solicitud a más tardar el ${date} (${citation}).`,
    policyPromise: (period, quote, date) =>
      `Su política de privacidad promete una respuesta en un plazo de ${period} («${quote}»), por lo que espero su respuesta a más tardar el ${date}.`,
    period: ({ days, months }) => (days !== undefined ? `${days} ${days === 1 ? "día" : "días"}` : `${months} ${months === 1 ? "mes" : "meses"}`),
  },
  closing: {
    gdpr: (law) => [
      `La tramitación de esta solicitud debe ser gratuita para mí (art. 12.5 ${law}). He facilitado más arriba los datos necesarios para localizar mi información; solo pueden solicitar información adicional para confirmar mi identidad si tienen dudas razonables sobre ella (art. 12.6 ${law}).`,
    ],
    other: () => [
      "Les ruego que respondan de forma gratuita y que solo soliciten datos adicionales de identificación en la medida en que los necesiten razonablemente para localizar mis datos.",
    ],
  },
  complaint: (authority, citation) =>
    `Si en esa fecha no he recibido una respuesta completa, me reservo el derecho a presentar una reclamación ante la autoridad de control competente (${citation})${authority ? `: ${authority}` : ""}.`,
  scopeNote: (note) => `Les recuerdo lo que dispone la ley (texto de la fuente): ${note}.`,
  complaintFirst: (citation) =>
    `Si en esa fecha no he recibido una respuesta completa, esta carta sirve de aviso de que presentaré primero una queja ante ustedes sobre la tramitación de mi solicitud (${citation}) y, en su caso, después ante la autoridad.`,
  noStatute: {
    intro:
      "Que yo sepa, ninguna ley de protección de datos del lugar donde resido me reconoce este derecho, por lo que la fecha indicada más abajo no se basa en un plazo legal. Me remito a los compromisos publicados en su política de privacidad y les ruego una respuesta en un plazo de 30 días.",
    complaint: "Si en esa fecha no he recibido respuesta, acudiré a una organización de consumidores.",
  },
  signOff: "Atentamente,",
  attentionLabel: "A la atención de",
  pageLabel: (page, pages) => `Página ${page} de ${pages}`,
};
