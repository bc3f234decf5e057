// The wordings companies use in replies to privacy requests, English and German, lower case. Data,
// not logic: classify.ts looks for them in each sentence with plain substring search.

export const ACKNOWLEDGEMENT = [
  "we have received your", "we received your", "we've received your", "acknowledge receipt", "confirm receipt", "confirming receipt", "confirm that we received",
  "your request has been received", "thank you for your request", "thank you for contacting", "is being processed", "we will respond", "we will get back to you", "ticket number", "case number",
  "eingang ihrer", "eingang ihres", "haben ihre anfrage erhalten", "haben ihren antrag erhalten", "haben ihre e-mail erhalten", "haben ihre nachricht erhalten", "vielen dank für ihre anfrage", "wird bearbeitet", "in bearbeitung", "vorgangsnummer", "ticketnummer",
];

export const IDENTITY = [
  "verify your identity", "confirm your identity", "proof of identity", "proof of your identity", "identity document", "copy of your id", "copy of your passport", "government-issued", "photo id", "identification document",
  "identität zu überprüfen", "identität bestätigen", "identitätsnachweis", "ausweiskopie", "kopie ihres ausweises", "kopie ihres personalausweises", "personalausweis", "identität nachweisen",
];

export const CLARIFICATION = [
  "please clarify", "could you clarify", "can you clarify", "please specify", "could you specify", "which information you are requesting", "more information to locate", "help us locate", "additional information to identify", "which account",
  "präzisieren", "konkretisieren", "welche daten genau", "welche informationen sie genau", "weitere angaben", "nähere angaben", "um welches konto",
];

export const EXTENSION = [
  "extend the", "extension", "extended", "further two months", "additional two months", "further 45 days", "additional 45 days", "more time", "additional time", "complexity and number of requests",
  "verlänger", "fristverlängerung", "weitere zwei monate", "um zwei monate", "zusätzliche zeit", "mehr zeit",
];

export const REFUSAL = [
  "unable to comply", "cannot comply", "can not comply", "not able to comply", "unable to fulfil", "unable to fulfill", "decline your request", "declining your request", "refuse your request", "we must refuse", "we will not provide", "we cannot provide", "we are unable to provide", "not obliged to", "manifestly unfounded", "not required to respond",
  "lehnen wir", "lehnen ihre", "ablehnen", "abgelehnt", "nicht nachkommen", "nicht entsprechen", "offenkundig unbegründet", "offensichtlich unbegründet", "nicht verpflichtet",
];

export const DELIVERED = [
  "please find attached", "attached you will find", "attached is", "attached are", "we attach", "enclosed", "is attached", "are attached", "download link", "download your data", "data export", "copy of your personal data", "copy of the personal data", "your data is ready", "the attached",
  "anbei", "im anhang", "beigefügt", "anliegend", "als anlage", "in der anlage", "kopie ihrer daten", "kopie ihrer personenbezogenen daten", "datenauskunft", "download-link",
];

export const PARTIAL = [
  "partial", "in part", "part of your data", "remaining", "will follow", "will be sent separately", "in a separate email", "at a later date", "not yet", "does not include", "not included", "still being", "first part",
  "teilweise", "teilauskunft", "folgt", "folgen", "nachreichen", "nachgereicht", "separat", "noch nicht", "restlichen", "erster teil",
];

/** Grounds for a refusal, with the label the timeline shows. */
export const REFUSAL_GROUNDS: { phrases: string[]; label: string }[] = [
  { phrases: ["manifestly unfounded", "offenkundig unbegründet", "offensichtlich unbegründet"], label: "manifestly unfounded (Art. 12(5))" },
  { phrases: ["excessive", "exzessiv", "exzessiven"], label: "excessive (Art. 12(5))" },
  { phrases: ["rights and freedoms of others", "rights of others", "third parties' rights", "rechte und freiheiten anderer", "rechte dritter"], label: "the rights and freedoms of others (Art. 15(4))" },
  { phrases: ["trade secret", "geschäftsgeheimnis", "betriebsgeheimnis"], label: "trade secrets" },
  { phrases: ["verify your identity", "confirm your identity", "identität", "identify you"], label: "identity could not be verified (Art. 12(6))" },
  { phrases: ["no account", "no personal data", "do not hold any", "keine daten", "keine personenbezogenen daten", "kein konto"], label: "no data held" },
  { phrases: ["legal obligation", "gesetzliche aufbewahrung", "aufbewahrungspflicht", "retention obligation"], label: "a legal obligation to keep the data" },
];
