import { polishCitations } from "./citations";
import { rightsPl } from "./pl-rights";
import type { LetterTemplate } from "./types";

// Formal Polish addresses the company as "Państwo"; after "Szanowni Państwo," the text goes on in lower case. The GDPR is the RODO.
export const pl: LetterTemplate = {
  language: "pl",
  locale: "pl-PL",
  citations: polishCitations,
  lawName: { "eu-gdpr": "RODO" },
  lawPhrase: { "eu-gdpr": "ogólnego rozporządzenia o ochronie danych (RODO)" },
  heading: (title, article) => `${title} na podstawie ${article}`,
  salutation: "Szanowni Państwo,",
  intro: {
    gdpr: (law) => `niniejszym, jako osoba, której dane dotyczą, korzystam z praw przysługujących mi na podstawie ${law}.`,
    other: (law) => `niniejszym korzystam z praw przysługujących mi na podstawie ${law}.`,
  },
  policyAcknowledges: (quote, date) => `Sami Państwo piszą o tym w swojej polityce prywatności${date ? ` (wersja z dnia ${date})` : ""}: „${quote}”`,
  identification: {
    lead: "W celu odnalezienia moich danych proszę posłużyć się następującymi informacjami:",
    accountEmail: "Adres e-mail mojego konta",
    username: (service) => `Nazwa użytkownika w serwisie ${service}`,
    postalAddress: "Adres pocztowy",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "Zgodnie z Państwa polityką prywatności wysyłam to żądanie z adresu e-mail mojego konta i podaję nazwę użytkownika."
        : fromAccount
          ? "Zgodnie z Państwa polityką prywatności wysyłam to żądanie z adresu e-mail mojego konta."
          : "Zgodnie z Państwa polityką prywatności podaję nazwę użytkownika.",
  },
  rights: rightsPl,
  deadline: {
    single: (date, citation) => `Proszę o udzielenie odpowiedzi bez zbędnej zwłoki, najpóźniej do dnia ${date} (${citation}).`,
    several: "Proszę o udzielenie odpowiedzi bez zbędnej zwłoki, najpóźniej w następujących terminach:",
    item: (heading, date, citation) => `– ${heading}: najpóźniej do dnia ${date} (${citation})`,
    estimate: "Terminy podane w tym piśmie zostały obliczone na podstawie terminów ustawowych; jeżeli się od nich różnią, wiążące są terminy ustawowe.",
    acknowledge: (date, citation) => `Proszę o potwierdzenie otrzymania tego żądania do dnia ${date} (${citation}).`,
    policyPromise: (period, quote, date) =>
      `Państwa polityka prywatności zapowiada odpowiedź w ciągu ${period} („${quote}”), dlatego oczekuję odpowiedzi do dnia ${date.endsWith(".") ? date : `${date}.`}`,
    period: ({ days, months }) => (days !== undefined ? `${days} ${days === 1 ? "dnia" : "dni"}` : months === 1 ? "miesiąca" : `${months} miesięcy`),
  },
  closing: {
    gdpr: (law) => [
      `Rozpatrzenie tego żądania powinno być dla mnie wolne od opłat (art. 12 ust. 5 ${law}). Informacje potrzebne do odnalezienia moich danych zostały podane powyżej; o dodatkowe informacje niezbędne do potwierdzenia mojej tożsamości proszę zwracać się tylko w razie uzasadnionych wątpliwości co do niej (art. 12 ust. 6 ${law}).`,
    ],
    other: () => [
      "Proszę o bezpłatną odpowiedź i o żądanie dalszych danych identyfikacyjnych tylko w zakresie, w jakim są one rzeczywiście potrzebne do odnalezienia moich danych.",
    ],
  },
  complaint: (authority, citation) =>
    `Jeżeli do tego dnia nie otrzymam pełnej odpowiedzi, zastrzegam sobie prawo wniesienia skargi do właściwego organu nadzorczego (${citation})${authority ? `: ${authority}` : ""}.`,
  scopeNote: (note) => `Przypominam, co stanowi ustawa (brzmienie źródła): ${note}.`,
  complaintFirst: (citation) =>
    `Jeżeli do tego dnia nie otrzymam pełnej odpowiedzi, niniejsze pismo stanowi zapowiedź, że najpierw złożę do Państwa reklamację dotyczącą rozpatrzenia mojego żądania (${citation}), a następnie, w razie potrzeby, skargę do organu.`,
  noStatute: {
    intro:
      "O ile mi wiadomo, żadne przepisy o ochronie danych obowiązujące w miejscu mojego zamieszkania nie przyznają mi takiego prawa, dlatego podany niżej termin nie wynika z przepisów. Powołuję się na zobowiązania zawarte w Państwa polityce prywatności i proszę o odpowiedź w ciągu 30 dni.",
    complaint: "Jeżeli do tego dnia nie otrzymam odpowiedzi, zwrócę się do organizacji konsumenckiej.",
  },
  signOff: "Z poważaniem",
  attentionLabel: "Do rąk:",
  pageLabel: (page, pages) => `Strona ${page} z ${pages}`,
};
