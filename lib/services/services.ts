// The services we keep curated records for. Versions come from the document manifest.
export type ServiceInfo = { slug: string; name: string; website: string };

export const services: readonly ServiceInfo[] = [
  { slug: "trakt", name: "Trakt", website: "https://trakt.tv" },
  { slug: "netflix", name: "Netflix", website: "https://www.netflix.com" },
];
