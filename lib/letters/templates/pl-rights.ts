import type { CorrectionItem, LetterSpecifics } from "../types";
import type { LetterTemplate } from "./types";

// Terms of the GDPR's Polish text (RODO): administrator, osoba, której dane dotyczą, usunięcie, ograniczenie przetwarzania.
export function correctionItemPl({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field}: prawidłowo „${correctValue}”${currentValue ? ` (obecnie „${currentValue}”)` : ""}`;
}

const items = (s: LetterSpecifics) => (s.correction ?? []).map(correctionItemPl);
const FORMAT = { json: "najlepiej w formacie JSON", csv: "najlepiej w postaci plików CSV", any: "na przykład w formacie JSON lub CSV" } as const;
const format = (s: LetterSpecifics) => FORMAT[s.portability?.format ?? "any"];

function erasure(s: LetterSpecifics, article: string): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts) {
    return [`Żądam niezwłocznego usunięcia następujących danych osobowych, które mnie dotyczą (${article}):`, s.deletion.parts];
  }
  return [`Żądam niezwłocznego usunięcia wszystkich dotyczących mnie danych osobowych, które Państwo przechowują, oraz zamknięcia mojego konta (${article}).`];
}

export const rightsPl: LetterTemplate["rights"] = {
  access: {
    title: { other: "Żądanie dostępu do danych" },
    paragraphs: {
      gdpr: ({ article, law }) => [
        `Proszę o potwierdzenie, czy przetwarzają Państwo dotyczące mnie dane osobowe, a jeżeli tak, o dostęp do tych danych oraz do następujących informacji (${article}):`,
        [
          "a) cele przetwarzania (art. 15 ust. 1 lit. a);",
          "b) kategorie odnośnych danych osobowych (art. 15 ust. 1 lit. b);",
          "c) odbiorcy, którym dane osobowe zostały lub zostaną ujawnione, w szczególności odbiorcy w państwach trzecich lub organizacje międzynarodowe, wskazani z nazwy (art. 15 ust. 1 lit. c): kategorie odbiorców wystarczą tylko wtedy, gdy zidentyfikowanie odbiorców jest niemożliwe albo moje żądanie jest ewidentnie nieuzasadnione lub nadmierne (TSUE C-154/21, Österreichische Post), a także odpowiednie zabezpieczenia związane z takim przekazaniem (art. 15 ust. 2);",
          "d) w miarę możliwości planowany okres przechowywania danych osobowych, a gdy nie jest to możliwe, kryteria ustalania tego okresu (art. 15 ust. 1 lit. d);",
          "e) informacje o prawie do żądania sprostowania, usunięcia lub ograniczenia przetwarzania danych osobowych oraz do wniesienia sprzeciwu wobec takiego przetwarzania (art. 15 ust. 1 lit. e);",
          "f) informacje o prawie wniesienia skargi do organu nadzorczego (art. 15 ust. 1 lit. f);",
          "g) jeżeli dane osobowe nie zostały zebrane ode mnie – wszelkie dostępne informacje o ich źródle (art. 15 ust. 1 lit. g);",
          "h) informacje o zautomatyzowanym podejmowaniu decyzji, w tym o profilowaniu, o którym mowa w art. 22 ust. 1 i 4, oraz – przynajmniej w tych przypadkach – istotne informacje o zasadach ich podejmowania, a także o znaczeniu i przewidywanych konsekwencjach takiego przetwarzania dla mnie (art. 15 ust. 1 lit. h).",
        ].join("\n"),
        `Proszę również o przekazanie kopii danych osobowych podlegających przetwarzaniu, w powszechnie stosowanej formie elektronicznej (art. 15 ust. 3 ${law}).`,
      ],
    },
  },
  deletion: {
    title: { other: "Żądanie usunięcia danych" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        ...erasure(specifics, article),
        `W zakresie, w jakim przetwarzają Państwo te dane na podstawie mojej zgody, niniejszym cofam tę zgodę (art. 7 ust. 3 ${law}); w zakresie, w jakim powołują się Państwo na prawnie uzasadnione interesy, wnoszę sprzeciw wobec przetwarzania (art. 21 ust. 1 ${law}).`,
        `Proszę o pisemne potwierdzenie usunięcia danych, o poinformowanie o nim każdego odbiorcy, któremu ujawniono dane, oraz o wskazanie mi tych odbiorców (art. 19 ${law}). Jeżeli upublicznili Państwo te dane, proszę poinformować innych administratorów, którzy je przetwarzają, o moim żądaniu (art. 17 ust. 2 ${law}). Jeżeli uważają Państwo, że muszą lub mogą zachować niektóre dane (art. 17 ust. 3 ${law}), proszę wskazać, które dane i na jakiej podstawie prawnej.`,
      ],
    },
  },
  correction: {
    title: { other: "Żądanie sprostowania danych" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        `Żądam niezwłocznego sprostowania następujących nieprawidłowych danych osobowych, które mnie dotyczą (${article}):`,
        items(specifics).join("\n"),
        `Proszę o potwierdzenie sprostowania oraz o poinformowanie o nim każdego odbiorcy, któremu ujawniono dane (art. 19 ${law}).`,
      ],
    },
  },
  portability: {
    title: { other: "Żądanie przeniesienia danych" },
    paragraphs: {
      gdpr: ({ article, specifics }) => [
        `Proszę o wydanie dotyczących mnie danych osobowych, które zostały przeze mnie Państwu dostarczone, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego, ${format(specifics)} (${article}). Obejmuje to dane wprowadzone przeze mnie oraz dane powstałe w wyniku korzystania przeze mnie z usługi, takie jak historia mojej aktywności.`,
      ],
    },
  },
  restriction: {
    title: { other: "Żądanie ograniczenia przetwarzania" },
    paragraphs: {
      other: ({ article }) => [
        `Żądam ograniczenia przetwarzania moich danych osobowych: proszę przechowywać dane, ale nie przetwarzać ich w inny sposób do czasu wyjaśnienia sprawy (${article}).`,
      ],
    },
  },
  objection: {
    title: { other: "Sprzeciw wobec przetwarzania" },
    paragraphs: {
      gdpr: ({ law, specifics }) => {
        const { directMarketing = true, grounds } = specifics.objection ?? {};
        return [
          ...(grounds
            ? [
                `Z przyczyn związanych z moją szczególną sytuacją wnoszę sprzeciw wobec przetwarzania moich danych osobowych, które opierają Państwo na interesie publicznym lub na prawnie uzasadnionych interesach, w tym wobec profilowania (art. 21 ust. 1 ${law}):`,
                grounds,
                `Proszę zaprzestać tego przetwarzania, chyba że wykażą Państwo istnienie ważnych prawnie uzasadnionych podstaw, nadrzędnych wobec moich interesów, praw i wolności (art. 21 ust. 1 ${law}), oraz poinformować mnie o swojej decyzji.`,
              ]
            : []),
          ...(directMarketing
            ? [
                `Wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem. Sprzeciw ten nie wymaga uzasadnienia: proszę zaprzestać tego przetwarzania (art. 21 ust. 2 i 3 ${law}).`,
              ]
            : []),
          "Proszę o potwierdzenie, którego przetwarzania Państwo zaprzestali.",
        ];
      },
    },
  },
  "automated-decision": {
    title: { other: "Żądanie dotyczące zautomatyzowanych decyzji" },
    paragraphs: {
      other: ({ article }) => [
        `Żądam, aby nie podlegać decyzji, która opiera się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu (${article}). Jeżeli podejmują Państwo takie decyzje, proszę mnie o tym poinformować i umożliwić mi uzyskanie interwencji ludzkiej, wyrażenie własnego stanowiska i zakwestionowanie decyzji.`,
      ],
    },
  },
};
