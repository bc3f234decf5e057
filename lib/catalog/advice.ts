// What we tell a requester when a company demands an ID document. Ours, not the dataset's.

export const ID_DOCUMENT_ADVICE = {
  heading: "This company asks for a copy of an ID document",
  law: "The GDPR lets a company ask for more information only where it has reasonable doubts about who is asking (Art. 12(6)), and only what it needs to remove that doubt (Art. 5(1)(c)). A full copy of a passport or identity card is rarely needed: usually your name, address and the account details are enough to find you.",
  redact:
    "If you send a copy, black out everything it does not need: the photo, the document and access numbers, nationality, height and eye colour. Leave your name, date of birth and address, and write across it “Copy for my data-protection request to [company], [date]”.",
};

export const DROP = {
  url: "https://consumer.drop.privacy.ca.gov",
  text: "In California, the state's Delete Request and Opt-out Platform (DROP) sends one deletion request to every registered data broker at once.",
};
