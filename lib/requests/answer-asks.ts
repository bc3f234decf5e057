import type { LetterLanguage } from "@/lib/letters/languages";
import type { ChecklistItem } from "./answer-check";

// How a letter in French, Dutch or Polish asks for what an answer lacked, keyed by the English ask
// (answer-check.ts); the words are the GDPR's own in each language. English and German sit on the
// items themselves.
type Translated = Exclude<LetterLanguage, "en" | "de" | "es" | "it" | "pt-PT" | "pt-BR">;

const ASKS: Readonly<Record<Translated, Readonly<Record<string, string>>>> = {
  fr: {
    "confirmation that my personal data has been corrected": "la confirmation de la rectification de mes données",
    "a copy of the personal data undergoing processing": "une copie des données à caractère personnel faisant l'objet d'un traitement",
    "the purposes of the processing": "les finalités du traitement",
    "the categories of personal data concerned": "les catégories de données à caractère personnel concernées",
    "the recipients or categories of recipients, in particular in third countries": "les destinataires ou catégories de destinataires, en particulier dans des pays tiers",
    "the envisaged storage period, or the criteria used to determine it": "la durée de conservation envisagée ou les critères utilisés pour la déterminer",
    "the existence of the rights to rectification, erasure, restriction and objection": "l'existence des droits de rectification, d'effacement, de limitation et d'opposition",
    "the right to lodge a complaint with a supervisory authority": "le droit d'introduire une réclamation auprès d'une autorité de contrôle",
    "any available information as to the source of data not collected from me": "toute information disponible quant à la source des données qui n'ont pas été collectées auprès de moi",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved": "l'existence d'une prise de décision automatisée, y compris un profilage, avec des informations utiles concernant la logique sous-jacente",
    "the appropriate safeguards for transfers to third countries": "les garanties appropriées entourant les transferts vers des pays tiers",
    "the data in a structured, commonly used and machine-readable format": "les données dans un format structuré, couramment utilisé et lisible par machine",
    "all personal data I have provided, including data observed from my use of the service": "toutes les données que j'ai fournies, y compris celles observées lors de mon utilisation du service",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it": "la confirmation de l'effacement de mes données ou la base juridique de leur conservation",
    "confirmation that the recipients of my data were informed of the erasure": "la confirmation que les destinataires de mes données ont été informés de l'effacement",
    "confirmation that my request has been carried out": "la confirmation que ma demande a été exécutée",
  },
  nl: {
    "confirmation that my personal data has been corrected": "de bevestiging dat mijn persoonsgegevens zijn gerectificeerd",
    "a copy of the personal data undergoing processing": "een kopie van de persoonsgegevens die worden verwerkt",
    "the purposes of the processing": "de verwerkingsdoeleinden",
    "the categories of personal data concerned": "de betrokken categorieën van persoonsgegevens",
    "the recipients or categories of recipients, in particular in third countries": "de ontvangers of categorieën van ontvangers, met name in derde landen",
    "the envisaged storage period, or the criteria used to determine it": "de periode gedurende welke de gegevens naar verwachting worden opgeslagen, of de criteria om die termijn te bepalen",
    "the existence of the rights to rectification, erasure, restriction and objection": "het bestaan van de rechten op rectificatie, gegevenswissing, beperking en bezwaar",
    "the right to lodge a complaint with a supervisory authority": "het recht om een klacht in te dienen bij een toezichthoudende autoriteit",
    "any available information as to the source of data not collected from me": "alle beschikbare informatie over de bron van gegevens die niet bij mij zijn verzameld",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved": "het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering, met nuttige informatie over de onderliggende logica",
    "the appropriate safeguards for transfers to third countries": "de passende waarborgen voor doorgiften naar derde landen",
    "the data in a structured, commonly used and machine-readable format": "de gegevens in een gestructureerde, gangbare en machineleesbare vorm",
    "all personal data I have provided, including data observed from my use of the service": "alle persoonsgegevens die ik heb verstrekt, met inbegrip van gegevens over mijn gebruik van de dienst",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it": "de bevestiging dat mijn persoonsgegevens zijn gewist, of de rechtsgrond om gegevens te bewaren",
    "confirmation that the recipients of my data were informed of the erasure": "de bevestiging dat de ontvangers van mijn gegevens over de wissing zijn geïnformeerd",
    "confirmation that my request has been carried out": "de bevestiging dat aan mijn verzoek is voldaan",
  },
  pl: {
    "confirmation that my personal data has been corrected": "potwierdzenie sprostowania moich danych osobowych",
    "a copy of the personal data undergoing processing": "kopia danych osobowych podlegających przetwarzaniu",
    "the purposes of the processing": "cele przetwarzania",
    "the categories of personal data concerned": "kategorie odnośnych danych osobowych",
    "the recipients or categories of recipients, in particular in third countries": "odbiorcy lub kategorie odbiorców, w szczególności w państwach trzecich",
    "the envisaged storage period, or the criteria used to determine it": "planowany okres przechowywania danych lub kryteria ustalania tego okresu",
    "the existence of the rights to rectification, erasure, restriction and objection": "informacja o prawie do sprostowania, usunięcia, ograniczenia przetwarzania i sprzeciwu",
    "the right to lodge a complaint with a supervisory authority": "informacja o prawie wniesienia skargi do organu nadzorczego",
    "any available information as to the source of data not collected from me": "wszelkie dostępne informacje o źródle danych, które nie zostały zebrane ode mnie",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved": "informacja o zautomatyzowanym podejmowaniu decyzji, w tym o profilowaniu, wraz z istotnymi informacjami o zasadach ich podejmowania",
    "the appropriate safeguards for transfers to third countries": "odpowiednie zabezpieczenia przekazywania danych do państw trzecich",
    "the data in a structured, commonly used and machine-readable format": "dane w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego",
    "all personal data I have provided, including data observed from my use of the service": "wszystkie dostarczone przeze mnie dane osobowe, w tym dane zaobserwowane podczas korzystania z usługi",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it": "potwierdzenie usunięcia moich danych osobowych albo podstawa prawna zachowania ich części",
    "confirmation that the recipients of my data were informed of the erasure": "potwierdzenie poinformowania odbiorców moich danych o ich usunięciu",
    "confirmation that my request has been carried out": "potwierdzenie spełnienia mojego żądania",
  },
};

/** How a letter in `language` asks for the item, or undefined where that language has no wording for it (the letter then falls back to English). */
export function askIn(item: Pick<ChecklistItem, "ask" | "askDe">, language: LetterLanguage): string | undefined {
  if (language === "en") return item.ask;
  if (language === "de") return item.askDe;
  return (ASKS as Partial<Record<LetterLanguage, Readonly<Record<string, string>>>>)[language]?.[item.ask];
}
