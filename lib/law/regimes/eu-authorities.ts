import type { Authority } from "../types";

/**
 * National supervisory authorities of the EU/EEA (GDPR Art. 51), keyed by ISO 3166-1 alpha-2.
 * A requester may complain to the authority where they live or work (Art. 77) or to the
 * controller's lead authority (Art. 56).
 */
export const EEA_AUTHORITIES: readonly Authority[] = [
  { location: "AT", name: "Österreichische Datenschutzbehörde", url: "https://www.dsb.gv.at" },
  { location: "BE", name: "Gegevensbeschermingsautoriteit / Autorité de protection des données", url: "https://www.dataprotectionauthority.be" },
  { location: "BG", name: "Commission for Personal Data Protection (CPDP)", url: "https://www.cpdp.bg" },
  { location: "CY", name: "Commissioner for Personal Data Protection", url: "https://www.dataprotection.gov.cy" },
  { location: "CZ", name: "Úřad pro ochranu osobních údajů (ÚOOÚ)", url: "https://uoou.gov.cz" },
  {
    location: "DE",
    name: "Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)",
    url: "https://www.bfdi.bund.de",
    note: "For most private companies the data protection authority of the German state (Land) where the company sits is competent; the BfDI lists them.",
  },
  { location: "DK", name: "Datatilsynet", url: "https://www.datatilsynet.dk" },
  { location: "EE", name: "Andmekaitse Inspektsioon", url: "https://www.aki.ee" },
  { location: "ES", name: "Agencia Española de Protección de Datos (AEPD)", url: "https://www.aepd.es" },
  { location: "FI", name: "Tietosuojavaltuutetun toimisto", url: "https://tietosuoja.fi" },
  { location: "FR", name: "Commission Nationale de l'Informatique et des Libertés (CNIL)", url: "https://www.cnil.fr" },
  { location: "GR", name: "Hellenic Data Protection Authority", url: "https://www.dpa.gr" },
  { location: "HR", name: "Agencija za zaštitu osobnih podataka (AZOP)", url: "https://azop.hr" },
  { location: "HU", name: "Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)", url: "https://naih.hu" },
  { location: "IE", name: "Data Protection Commission", url: "https://www.dataprotection.ie" },
  { location: "IS", name: "Persónuvernd", url: "https://www.personuvernd.is" },
  { location: "IT", name: "Garante per la protezione dei dati personali", url: "https://www.garanteprivacy.it" },
  { location: "LI", name: "Datenschutzstelle Liechtenstein", url: "https://www.datenschutzstelle.li" },
  { location: "LT", name: "Valstybinė duomenų apsaugos inspekcija", url: "https://vdai.lrv.lt" },
  { location: "LU", name: "Commission nationale pour la protection des données (CNPD)", url: "https://cnpd.public.lu" },
  { location: "LV", name: "Datu valsts inspekcija", url: "https://www.dvi.gov.lv" },
  { location: "MT", name: "Information and Data Protection Commissioner", url: "https://idpc.org.mt" },
  { location: "NL", name: "Autoriteit Persoonsgegevens", url: "https://www.autoriteitpersoonsgegevens.nl" },
  { location: "NO", name: "Datatilsynet", url: "https://www.datatilsynet.no" },
  { location: "PL", name: "Urząd Ochrony Danych Osobowych (UODO)", url: "https://uodo.gov.pl" },
  { location: "PT", name: "Comissão Nacional de Proteção de Dados (CNPD)", url: "https://www.cnpd.pt" },
  { location: "RO", name: "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)", url: "https://www.dataprotection.ro" },
  { location: "SE", name: "Integritetsskyddsmyndigheten (IMY)", url: "https://www.imy.se" },
  { location: "SI", name: "Informacijski pooblaščenec", url: "https://www.ip-rs.si" },
  { location: "SK", name: "Úrad na ochranu osobných údajov Slovenskej republiky", url: "https://dataprotection.gov.sk" },
];

/** EU member states and the EEA states (IS, LI, NO) where the GDPR applies. */
export const EEA_COUNTRIES: readonly string[] = EEA_AUTHORITIES.map((authority) => authority.location);

export function eeaAuthorityFor(country: string): Authority | undefined {
  return EEA_AUTHORITIES.find((authority) => authority.location === country.toUpperCase());
}
