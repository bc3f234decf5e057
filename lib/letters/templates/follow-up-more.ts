import type { LetterLanguage } from "../languages";
import type { FollowUpTemplate } from "./follow-up-types";

// Reminders and requests for what an answer lacked, in the GDPR's (and the LGPD's) terms of each
// language. Appeals are a US-state procedure: these languages write one only to keep the type whole.
const joined = (and: string) => (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} ${and} ${dates.at(-1)}`);
/** Polish dates end in "r." (roku), which also closes the sentence. */
const stop = (text: string) => (text.endsWith(".") ? text : `${text}.`);
const item = (ask: string, citation: string) => `– ${ask}${citation ? ` (${citation})` : ""}`;

const fr: FollowUpTemplate = {
  language: "fr",
  salutation: "Madame, Monsieur,",
  signOff: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
  subject: { overdue: (s) => `Relance : ${s}`, incomplete: (s) => `Réponse incomplète : ${s}`, appeal: (s) => `Recours : ${s}` },
  recap: ({ sentOn, lawPhrase, subject }) => `Le ${sentOn}, je vous ai adressé une demande en vertu ${lawPhrase}, sous l'objet « ${subject} ».`,
  acknowledged: (date) => `Vous en avez accusé réception le ${date}.`,
  extended: (date) => `Le ${date}, vous avez prolongé le délai de réponse.`,
  earlierReminders: (dates) => `Je vous ai relancé le ${joined("et")(dates)}.`,
  overdue: ({ dueDate, citation }) => `Le délai de réponse a expiré le ${dueDate} (${citation}). Je n'ai reçu aucune réponse.`,
  incomplete: (answeredOn) => `J'ai reçu votre réponse le ${answeredOn}. Elle ne contient pas tout ce que la loi exige ; il manque encore :`,
  missingItem: item,
  refused: ({ refusedOn, reason }) =>
    `Le ${refusedOn}, vous avez refusé ma demande${reason ? ` au motif suivant : « ${reason} »` : " sans en donner le motif"}.`,
  appeal: ({ citation, days }) =>
    `Je forme par la présente un recours contre cette décision (${citation}). Je vous prie de m'informer par écrit, dans un délai de ${days} jours à compter de sa réception, des mesures prises ou non à la suite de ce recours, avec leurs motifs.`,
  demand: (replyBy) => `Je vous prie de répondre intégralement à ma demande sans plus tarder, et au plus tard le ${replyBy}.`,
  thenComplain: (authority, citation) =>
    `À défaut de réponse complète à cette date, j'introduirai une réclamation auprès de l'autorité de contrôle compétente (${citation})${authority ? ` : ${authority}` : ""}.`,
};

const nl: FollowUpTemplate = {
  language: "nl",
  salutation: "Geachte heer, mevrouw,",
  signOff: "Hoogachtend,",
  subject: { overdue: (s) => `Herinnering: ${s}`, incomplete: (s) => `Onvolledig antwoord: ${s}`, appeal: (s) => `Bezwaar: ${s}` },
  recap: ({ sentOn, lawPhrase, subject }) => `Op ${sentOn} heb ik u een verzoek gestuurd op grond van ${lawPhrase}, met als onderwerp "${subject}".`,
  acknowledged: (date) => `U hebt de ontvangst op ${date} bevestigd.`,
  extended: (date) => `Op ${date} hebt u de termijn voor uw antwoord verlengd.`,
  earlierReminders: (dates) => `Ik heb u er op ${joined("en")(dates)} aan herinnerd.`,
  overdue: ({ dueDate, citation }) => `De termijn voor uw antwoord is op ${dueDate} verstreken (${citation}). Ik heb geen antwoord ontvangen.`,
  incomplete: (answeredOn) => `Op ${answeredOn} heb ik uw antwoord ontvangen. Het bevat niet alles wat de wet vereist; het volgende ontbreekt nog:`,
  missingItem: item,
  refused: ({ refusedOn, reason }) => `Op ${refusedOn} hebt u mijn verzoek afgewezen${reason ? `, met als reden: "${reason}"` : " zonder een reden te geven"}.`,
  appeal: ({ citation, days }) =>
    `Hierbij maak ik bezwaar tegen die beslissing (${citation}). Ik verzoek u mij binnen ${days} dagen na ontvangst schriftelijk te laten weten wat u naar aanleiding van dit bezwaar hebt gedaan of nagelaten, met een motivering.`,
  demand: (replyBy) => `Ik verzoek u mijn verzoek zonder verdere vertraging volledig te beantwoorden, uiterlijk op ${replyBy}.`,
  thenComplain: (authority, citation) =>
    `Heb ik op die datum geen volledig antwoord ontvangen, dan dien ik een klacht in bij de bevoegde toezichthoudende autoriteit (${citation})${authority ? `: ${authority}` : ""}.`,
};

const pl: FollowUpTemplate = {
  language: "pl",
  salutation: "Szanowni Państwo,",
  signOff: "Z poważaniem",
  subject: { overdue: (s) => `Przypomnienie: ${s}`, incomplete: (s) => `Niepełna odpowiedź: ${s}`, appeal: (s) => `Odwołanie: ${s}` },
  recap: ({ sentOn, lawPhrase, subject }) => `w dniu ${sentOn} skierowano do Państwa moje żądanie na podstawie ${lawPhrase}, z tematem „${subject}”.`,
  acknowledged: (date) => `Potwierdzili Państwo jego otrzymanie w dniu ${stop(date)}`,
  extended: (date) => `W dniu ${date} przedłużyli Państwo termin na udzielenie odpowiedzi.`,
  earlierReminders: (dates) => `Przypomnienie o żądaniu wysłano ${dates.length > 1 ? "w dniach" : "w dniu"} ${stop(joined("i")(dates))}`,
  overdue: ({ dueDate, citation }) => `Termin na udzielenie odpowiedzi upłynął w dniu ${dueDate} (${citation}). Odpowiedź nie została udzielona.`,
  incomplete: (answeredOn) => `W dniu ${answeredOn} udzielili mi Państwo odpowiedzi. Nie zawiera ona wszystkiego, czego wymagają przepisy; nadal brakuje:`,
  missingItem: item,
  refused: ({ refusedOn, reason }) =>
    `W dniu ${refusedOn} odmówili Państwo spełnienia mojego żądania${reason ? ` z uzasadnieniem: „${reason}”` : " bez podania przyczyny"}.`,
  appeal: ({ citation, days }) =>
    `Niniejszym odwołuję się od tej decyzji (${citation}). Proszę o pisemną informację, w terminie ${days} dni od jej otrzymania, o działaniach podjętych lub niepodjętych w związku z odwołaniem, wraz z uzasadnieniem.`,
  demand: (replyBy) => `Proszę o niezwłoczne i pełne rozpatrzenie mojego żądania, najpóźniej do dnia ${stop(replyBy)}`,
  thenComplain: (authority, citation) =>
    `Jeżeli do tego dnia nie otrzymam pełnej odpowiedzi, wniosę skargę do właściwego organu nadzorczego (${citation})${authority ? `: ${authority}` : ""}.`,
};

const es: FollowUpTemplate = {
  language: "es",
  salutation: "Estimados señores:",
  signOff: "Atentamente,",
  subject: { overdue: (s) => `Recordatorio: ${s}`, incomplete: (s) => `Respuesta incompleta: ${s}`, appeal: (s) => `Recurso: ${s}` },
  recap: ({ sentOn, lawPhrase, subject }) => `El ${sentOn} les dirigí una solicitud conforme ${lawPhrase}, con el asunto «${subject}».`,
  acknowledged: (date) => `Acusaron recibo el ${date}.`,
  extended: (date) => `El ${date} prorrogaron el plazo de respuesta.`,
  earlierReminders: (dates) => `Se lo recordé el ${joined("y")(dates)}.`,
  overdue: ({ dueDate, citation }) => `El plazo de respuesta venció el ${dueDate} (${citation}). No he recibido respuesta.`,
  incomplete: (answeredOn) => `El ${answeredOn} recibí su respuesta. No contiene todo lo que exige la ley; sigue faltando:`,
  missingItem: item,
  refused: ({ refusedOn, reason }) =>
    `El ${refusedOn} denegaron mi solicitud${reason ? ` con el siguiente motivo: «${reason}»` : " sin indicar motivo alguno"}.`,
  appeal: ({ citation, days }) =>
    `Por medio de la presente recurro dicha decisión (${citation}). Les ruego que me informen por escrito, en un plazo de ${days} días desde su recepción, de las medidas adoptadas o no adoptadas a raíz de este recurso, con su motivación.`,
  demand: (replyBy) => `Les ruego que respondan íntegramente a mi solicitud sin más dilación y, a más tardar, el ${replyBy}.`,
  thenComplain: (authority, citation) =>
    `Si en esa fecha no he recibido una respuesta completa, presentaré una reclamación ante la autoridad de control competente (${citation})${authority ? `: ${authority}` : ""}.`,
};

const it: FollowUpTemplate = {
  language: "it",
  salutation: "Spettabile Società,",
  signOff: "Distinti saluti",
  subject: { overdue: (s) => `Sollecito: ${s}`, incomplete: (s) => `Risposta incompleta: ${s}`, appeal: (s) => `Ricorso: ${s}` },
  recap: ({ sentOn, lawPhrase, subject }) => `in data ${sentOn} Vi ho inviato una richiesta ai sensi ${lawPhrase}, con oggetto «${subject}».`,
  acknowledged: (date) => `Ne avete confermato la ricezione in data ${date}.`,
  extended: (date) => `In data ${date} avete prorogato il termine per la risposta.`,
  earlierReminders: (dates) => `Vi ho sollecitato in data ${joined("e")(dates)}.`,
  overdue: ({ dueDate, citation }) => `Il termine per la Vostra risposta è scaduto il ${dueDate} (${citation}). Non ho ricevuto alcuna risposta.`,
  incomplete: (answeredOn) => `In data ${answeredOn} ho ricevuto la Vostra risposta, che non contiene tutto quanto richiesto dalla legge; mancano ancora:`,
  missingItem: item,
  refused: ({ refusedOn, reason }) =>
    `In data ${refusedOn} avete respinto la mia richiesta${reason ? ` con la seguente motivazione: «${reason}»` : " senza alcuna motivazione"}.`,
  appeal: ({ citation, days }) =>
    `Con la presente propongo ricorso contro tale decisione (${citation}). Vi chiedo di comunicarmi per iscritto, entro ${days} giorni dal ricevimento, le misure adottate o non adottate a seguito del ricorso, con la relativa motivazione.`,
  demand: (replyBy) => `Vi chiedo di rispondere integralmente alla mia richiesta senza ulteriore ritardo e comunque entro il ${replyBy}.`,
  thenComplain: (authority, citation) =>
    `In mancanza di una risposta completa entro tale data, proporrò reclamo all'autorità di controllo competente (${citation})${authority ? `: ${authority}` : ""}.`,
};

const ptPT: FollowUpTemplate = {
  language: "pt-PT",
  salutation: "Exmos. Senhores,",
  signOff: "Com os melhores cumprimentos,",
  subject: { overdue: (s) => `Lembrete: ${s}`, incomplete: (s) => `Resposta incompleta: ${s}`, appeal: (s) => `Recurso: ${s}` },
  recap: ({ sentOn, lawPhrase, subject }) => `Em ${sentOn}, dirigi a V. Exas. um pedido ao abrigo ${lawPhrase}, com o assunto «${subject}».`,
  acknowledged: (date) => `Acusaram a receção em ${date}.`,
  extended: (date) => `Em ${date}, prorrogaram o prazo de resposta.`,
  earlierReminders: (dates) => `Recordei-lhes o pedido em ${joined("e")(dates)}.`,
  overdue: ({ dueDate, citation }) => `O prazo de resposta terminou em ${dueDate} (${citation}). Não recebi qualquer resposta.`,
  incomplete: (answeredOn) => `Em ${answeredOn} recebi a vossa resposta, que não contém tudo o que a lei exige; continua a faltar:`,
  missingItem: item,
  refused: ({ refusedOn, reason }) =>
    `Em ${refusedOn}, recusaram o meu pedido${reason ? ` com o seguinte fundamento: «${reason}»` : " sem indicação de fundamento"}.`,
  appeal: ({ citation, days }) =>
    `Venho, pela presente, recorrer dessa decisão (${citation}). Solicito que me informem por escrito, no prazo de ${days} dias a contar da receção, das medidas tomadas ou não tomadas na sequência deste recurso, com a respetiva fundamentação.`,
  demand: (replyBy) => `Solicito resposta integral ao meu pedido sem mais demora e, o mais tardar, até ${replyBy}.`,
  thenComplain: (authority, citation) =>
    `Caso não receba uma resposta completa até essa data, apresentarei reclamação à autoridade de controlo competente (${citation})${authority ? `: ${authority}` : ""}.`,
};

const ptBR: FollowUpTemplate = {
  language: "pt-BR",
  salutation: "Prezados Senhores,",
  signOff: "Atenciosamente,",
  subject: { overdue: (s) => `Lembrete: ${s}`, incomplete: (s) => `Resposta incompleta: ${s}`, appeal: (s) => `Recurso: ${s}` },
  recap: ({ sentOn, lawPhrase, subject }) => `Em ${sentOn}, enviei a vocês uma requisição nos termos ${lawPhrase}, com o assunto "${subject}".`,
  acknowledged: (date) => `Vocês confirmaram o recebimento em ${date}.`,
  extended: (date) => `Em ${date}, vocês prorrogaram o prazo de resposta.`,
  earlierReminders: (dates) => `Lembrei vocês da requisição em ${joined("e")(dates)}.`,
  overdue: ({ dueDate, citation }) => `O prazo de resposta terminou em ${dueDate} (${citation}). Não recebi resposta.`,
  incomplete: (answeredOn) => `Em ${answeredOn} recebi a resposta de vocês, que não contém tudo o que a lei exige; ainda falta:`,
  missingItem: item,
  refused: ({ refusedOn, reason }) =>
    `Em ${refusedOn}, vocês recusaram a minha requisição${reason ? ` com a seguinte justificativa: "${reason}"` : " sem justificativa"}.`,
  appeal: ({ citation, days }) =>
    `Por meio desta, recorro dessa decisão (${citation}). Solicito que me informem por escrito, em ${days} dias a contar do recebimento, as medidas tomadas ou não em resposta a este recurso, com a devida justificativa.`,
  demand: (replyBy) => `Solicito resposta completa à minha requisição sem mais demora e, no máximo, até ${replyBy}.`,
  thenComplain: (authority, citation) =>
    `Caso não receba uma resposta completa até essa data, peticionarei perante a autoridade nacional (${citation})${authority ? `: ${authority}` : ""}.`,
};

export const MORE_FOLLOW_UPS: Readonly<Partial<Record<LetterLanguage, FollowUpTemplate>>> = { fr, nl, pl, es, it, "pt-PT": ptPT, "pt-BR": ptBR };
