import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} i ${dates.at(-1)}`);

// Art. 77 RODO: "prawo wniesienia skargi do organu nadzorczego".
export const complaintPl: ComplaintTemplate = {
  language: "pl",
  salutation: "Szanowni Państwo,",
  signOff: "Z poważaniem",
  subject: (controller) => `Skarga na ${controller}: moje żądanie dotyczące danych osobowych`,
  lodge: {
    gdpr: ({ controller, citation }) => `niniejszym wnoszę skargę na ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `niniejszym wnoszę skargę na ${controller}, przedsiębiorstwo podlegające California Consumer Privacy Act (${citation}).`,
    other: ({ controller, citation }) => `niniejszym wnoszę skargę na ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) =>
    `W dniu ${sentOn} skierowano do tego podmiotu moje żądanie na podstawie ${lawPhrase} (${articles}) z tematem „${subject}”.`,
  noAnswer: ({ dueDate, citation }) => `Termin na udzielenie odpowiedzi upłynął w dniu ${dueDate} (${citation}). Odpowiedź nie została udzielona.`,
  reminded: (dates) => `Przypomnienie o żądaniu wysłano ${dates.length > 1 ? "w dniach" : "w dniu"} ${list(dates)}, bez skutku.`,
  partial: (answeredOn) => `W dniu ${answeredOn} udzielono mi odpowiedzi, która jednak nie zawiera tego, czego wymagają przepisy:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `W dniu ${refusedOn} odmówiono spełnienia żądania${reason ? ` z uzasadnieniem: „${reason}”` : " bez podania przyczyny"}. Uważam odmowę za bezzasadną.`,
  appealDenied: (date) => `W dniu ${date} odmowa została przeze mnie zakwestionowana; nie doprowadziło to do odpowiedzi zgodnej z przepisami.`,
  timelineLead: "Przebieg sprawy:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "wysłanie żądania",
    acknowledged: "potwierdzenie otrzymania",
    "identity-requested": "wezwanie do potwierdzenia tożsamości",
    "identity-received": "potwierdzenie przeze mnie tożsamości",
    "clarification-requested": "prośba o doprecyzowanie żądania",
    "clarification-received": "doprecyzowanie przeze mnie żądania",
    "extension-claimed": "przedłużenie terminu odpowiedzi",
    "answer-received": "otrzymanie odpowiedzi",
    "answer-partial": "otrzymanie częściowej odpowiedzi",
    refused: "odmowa spełnienia żądania",
    "follow-up-sent": "wysłanie przeze mnie przypomnienia",
    appealed: "zakwestionowanie przeze mnie odmowy",
  },
  ask: {
    gdpr: "Wnoszę o rozpatrzenie skargi, o informowanie mnie o postępach i wyniku postępowania oraz o nakazanie administratorowi spełnienia mojego żądania.",
    ccpa: "Wnoszę o przeprowadzenie postępowania i podjęcie przewidzianych prawem działań, aby przedsiębiorstwo spełniło moje żądanie.",
    other: "Wnoszę o przeprowadzenie postępowania i podjęcie przewidzianych prawem działań, aby podmiot spełnił moje żądanie.",
  },
  enclosed: "W załączeniu przekazuję dokumentację obejmującą przebieg sprawy z datami, moją korespondencję i notatki.",
  contact: "Dane kontaktowe:",
};
