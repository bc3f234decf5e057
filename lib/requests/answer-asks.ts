import type { LetterLanguage } from "@/lib/letters/languages";
import type { ChecklistItem } from "./answer-check";

// How a letter in French, Spanish, Italian, Dutch, Portuguese or Polish asks for what an answer lacked, keyed by the English ask
// (answer-check.ts); the words are the GDPR's own in each language. English and German sit on the
// items themselves.
type Translated = Exclude<LetterLanguage, "en" | "de">;

const ASKS: Readonly<Record<Translated, Readonly<Record<string, string>>>> = {
  fr: {
    "confirmation that my personal data has been corrected": "la confirmation de la rectification de mes données",
    "a copy of the personal data undergoing processing": "une copie des données à caractère personnel faisant l'objet d'un traitement",
    "the purposes of the processing": "les finalités du traitement",
    "the categories of personal data concerned": "les catégories de données à caractère personnel concernées",
    "the recipients or categories of recipients, in particular in third countries":
      "les destinataires ou catégories de destinataires, en particulier dans des pays tiers",
    "the envisaged storage period, or the criteria used to determine it": "la durée de conservation envisagée ou les critères utilisés pour la déterminer",
    "the existence of the rights to rectification, erasure, restriction and objection":
      "l'existence des droits de rectification, d'effacement, de limitation et d'opposition",
    "the right to lodge a complaint with a supervisory authority": "le droit d'introduire une réclamation auprès d'une autorité de contrôle",
    "any available information as to the source of data not collected from me":
      "toute information disponible quant à la source des données qui n'ont pas été collectées auprès de moi",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved":
      "l'existence d'une prise de décision automatisée, y compris un profilage, avec des informations utiles concernant la logique sous-jacente",
    "the appropriate safeguards for transfers to third countries": "les garanties appropriées entourant les transferts vers des pays tiers",
    "the data in a structured, commonly used and machine-readable format": "les données dans un format structuré, couramment utilisé et lisible par machine",
    "all personal data I have provided, including data observed from my use of the service":
      "toutes les données que j'ai fournies, y compris celles observées lors de mon utilisation du service",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it":
      "la confirmation de l'effacement de mes données ou la base juridique de leur conservation",
    "confirmation that the recipients of my data were informed of the erasure":
      "la confirmation que les destinataires de mes données ont été informés de l'effacement",
    "confirmation that my request has been carried out": "la confirmation que ma demande a été exécutée",
  },
  es: {
    "a copy of the personal data undergoing processing": "una copia de los datos personales objeto de tratamiento",
    "the purposes of the processing": "los fines del tratamiento",
    "the categories of personal data concerned": "las categorías de datos personales de que se trate",
    "the recipients or categories of recipients, in particular in third countries":
      "los destinatarios o las categorías de destinatarios, en particular en terceros países",
    "the envisaged storage period, or the criteria used to determine it": "el plazo previsto de conservación o los criterios utilizados para determinarlo",
    "the existence of the rights to rectification, erasure, restriction and objection":
      "la existencia de los derechos de rectificación, supresión, limitación y oposición",
    "the right to lodge a complaint with a supervisory authority": "el derecho a presentar una reclamación ante una autoridad de control",
    "any available information as to the source of data not collected from me":
      "cualquier información disponible sobre el origen de los datos que no se hayan obtenido de mí",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved":
      "la existencia de decisiones automatizadas, incluida la elaboración de perfiles, con información significativa sobre la lógica aplicada",
    "the appropriate safeguards for transfers to third countries": "las garantías adecuadas relativas a las transferencias a terceros países",
    "the data in a structured, commonly used and machine-readable format": "los datos en un formato estructurado, de uso común y lectura mecánica",
    "all personal data I have provided, including data observed from my use of the service":
      "todos los datos personales que he facilitado, incluidos los observados en mi uso del servicio",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it":
      "la confirmación de la supresión de mis datos personales o la base jurídica para conservar parte de ellos",
    "confirmation that the recipients of my data were informed of the erasure":
      "la confirmación de que se informó de la supresión a los destinatarios de mis datos",
    "confirmation that my personal data has been corrected": "la confirmación de la rectificación de mis datos personales",
    "confirmation that my request has been carried out": "la confirmación de que se ha atendido mi solicitud",
  },
  it: {
    "a copy of the personal data undergoing processing": "una copia dei dati personali oggetto di trattamento",
    "the purposes of the processing": "le finalità del trattamento",
    "the categories of personal data concerned": "le categorie di dati personali in questione",
    "the recipients or categories of recipients, in particular in third countries":
      "i destinatari o le categorie di destinatari, in particolare di paesi terzi",
    "the envisaged storage period, or the criteria used to determine it": "il periodo di conservazione previsto o i criteri utilizzati per determinarlo",
    "the existence of the rights to rectification, erasure, restriction and objection":
      "l'esistenza dei diritti di rettifica, cancellazione, limitazione e opposizione",
    "the right to lodge a complaint with a supervisory authority": "il diritto di proporre reclamo a un'autorità di controllo",
    "any available information as to the source of data not collected from me":
      "tutte le informazioni disponibili sull'origine dei dati non raccolti presso di me",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved":
      "l'esistenza di un processo decisionale automatizzato, compresa la profilazione, con informazioni significative sulla logica utilizzata",
    "the appropriate safeguards for transfers to third countries": "le garanzie adeguate relative ai trasferimenti verso paesi terzi",
    "the data in a structured, commonly used and machine-readable format":
      "i dati in un formato strutturato, di uso comune e leggibile da dispositivo automatico",
    "all personal data I have provided, including data observed from my use of the service":
      "tutti i dati personali da me forniti, compresi quelli osservati durante il mio utilizzo del servizio",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it":
      "la conferma della cancellazione dei miei dati personali o la base giuridica per conservarne una parte",
    "confirmation that the recipients of my data were informed of the erasure":
      "la conferma che i destinatari dei miei dati sono stati informati della cancellazione",
    "confirmation that my personal data has been corrected": "la conferma della rettifica dei miei dati personali",
    "confirmation that my request has been carried out": "la conferma che la mia richiesta è stata soddisfatta",
  },
  "pt-PT": {
    "a copy of the personal data undergoing processing": "uma cópia dos dados pessoais em fase de tratamento",
    "the purposes of the processing": "as finalidades do tratamento",
    "the categories of personal data concerned": "as categorias dos dados pessoais em questão",
    "the recipients or categories of recipients, in particular in third countries":
      "os destinatários ou categorias de destinatários, nomeadamente em países terceiros",
    "the envisaged storage period, or the criteria used to determine it": "o prazo previsto de conservação ou os critérios usados para o fixar",
    "the existence of the rights to rectification, erasure, restriction and objection":
      "a existência dos direitos de retificação, apagamento, limitação e oposição",
    "the right to lodge a complaint with a supervisory authority": "o direito de apresentar reclamação a uma autoridade de controlo",
    "any available information as to the source of data not collected from me":
      "as informações disponíveis sobre a origem dos dados que não foram recolhidos junto de mim",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved":
      "a existência de decisões automatizadas, incluindo a definição de perfis, com informações úteis relativas à lógica subjacente",
    "the appropriate safeguards for transfers to third countries": "as garantias adequadas relativas às transferências para países terceiros",
    "the data in a structured, commonly used and machine-readable format": "os dados num formato estruturado, de uso corrente e de leitura automática",
    "all personal data I have provided, including data observed from my use of the service":
      "todos os dados pessoais que forneci, incluindo os observados na minha utilização do serviço",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it":
      "a confirmação do apagamento dos meus dados pessoais ou o fundamento jurídico para conservar parte deles",
    "confirmation that the recipients of my data were informed of the erasure":
      "a confirmação de que os destinatários dos meus dados foram informados do apagamento",
    "confirmation that my personal data has been corrected": "a confirmação da retificação dos meus dados pessoais",
    "confirmation that my request has been carried out": "a confirmação de que o meu pedido foi satisfeito",
  },
  "pt-BR": {
    "a copy of the personal data held about me": "uma cópia dos dados pessoais mantidos a meu respeito",
    "the data in a portable, machine-readable format": "os dados em formato interoperável e legível por máquina",
    "confirmation that my personal data has been deleted": "a confirmação da eliminação dos meus dados pessoais",
    "confirmation that my personal data has been corrected": "a confirmação da correção dos meus dados pessoais",
    "confirmation that my request has been carried out": "a confirmação de que a minha requisição foi atendida",
  },
  nl: {
    "confirmation that my personal data has been corrected": "de bevestiging dat mijn persoonsgegevens zijn gerectificeerd",
    "a copy of the personal data undergoing processing": "een kopie van de persoonsgegevens die worden verwerkt",
    "the purposes of the processing": "de verwerkingsdoeleinden",
    "the categories of personal data concerned": "de betrokken categorieën van persoonsgegevens",
    "the recipients or categories of recipients, in particular in third countries": "de ontvangers of categorieën van ontvangers, met name in derde landen",
    "the envisaged storage period, or the criteria used to determine it":
      "de periode gedurende welke de gegevens naar verwachting worden opgeslagen, of de criteria om die termijn te bepalen",
    "the existence of the rights to rectification, erasure, restriction and objection":
      "het bestaan van de rechten op rectificatie, gegevenswissing, beperking en bezwaar",
    "the right to lodge a complaint with a supervisory authority": "het recht om een klacht in te dienen bij een toezichthoudende autoriteit",
    "any available information as to the source of data not collected from me":
      "alle beschikbare informatie over de bron van gegevens die niet bij mij zijn verzameld",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved":
      "het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering, met nuttige informatie over de onderliggende logica",
    "the appropriate safeguards for transfers to third countries": "de passende waarborgen voor doorgiften naar derde landen",
    "the data in a structured, commonly used and machine-readable format": "de gegevens in een gestructureerde, gangbare en machineleesbare vorm",
    "all personal data I have provided, including data observed from my use of the service":
      "alle persoonsgegevens die ik heb verstrekt, met inbegrip van gegevens over mijn gebruik van de dienst",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it":
      "de bevestiging dat mijn persoonsgegevens zijn gewist, of de rechtsgrond om gegevens te bewaren",
    "confirmation that the recipients of my data were informed of the erasure":
      "de bevestiging dat de ontvangers van mijn gegevens over de wissing zijn geïnformeerd",
    "confirmation that my request has been carried out": "de bevestiging dat aan mijn verzoek is voldaan",
  },
  pl: {
    "confirmation that my personal data has been corrected": "potwierdzenie sprostowania moich danych osobowych",
    "a copy of the personal data undergoing processing": "kopia danych osobowych podlegających przetwarzaniu",
    "the purposes of the processing": "cele przetwarzania",
    "the categories of personal data concerned": "kategorie odnośnych danych osobowych",
    "the recipients or categories of recipients, in particular in third countries": "odbiorcy lub kategorie odbiorców, w szczególności w państwach trzecich",
    "the envisaged storage period, or the criteria used to determine it": "planowany okres przechowywania danych lub kryteria ustalania tego okresu",
    "the existence of the rights to rectification, erasure, restriction and objection":
      "informacja o prawie do sprostowania, usunięcia, ograniczenia przetwarzania i sprzeciwu",
    "the right to lodge a complaint with a supervisory authority": "informacja o prawie wniesienia skargi do organu nadzorczego",
    "any available information as to the source of data not collected from me":
      "wszelkie dostępne informacje o źródle danych, które nie zostały zebrane ode mnie",
    "the existence of automated decision-making, including profiling, with meaningful information about the logic involved":
      "informacja o zautomatyzowanym podejmowaniu decyzji, w tym o profilowaniu, wraz z istotnymi informacjami o zasadach ich podejmowania",
    "the appropriate safeguards for transfers to third countries": "odpowiednie zabezpieczenia przekazywania danych do państw trzecich",
    "the data in a structured, commonly used and machine-readable format":
      "dane w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego",
    "all personal data I have provided, including data observed from my use of the service":
      "wszystkie dostarczone przeze mnie dane osobowe, w tym dane zaobserwowane podczas korzystania z usługi",
    "confirmation that my personal data has been erased, or the legal ground for keeping any of it":
      "potwierdzenie usunięcia moich danych osobowych albo podstawa prawna zachowania ich części",
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
