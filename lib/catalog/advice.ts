// California's Delete Request and Opt-out Platform; what it does is said in wizard.bulk.dropText.
export const DROP = { url: "https://consumer.drop.privacy.ca.gov" };
