import type { Category } from "@/lib/catalog/schema";
import { otaServices } from "./ota-services";

// The services we keep curated records for. Versions come from the document manifests.
export type ServiceInfo = { slug: string; name: string; website: string; categories?: Category[] };

export const services: readonly ServiceInfo[] = [
  { slug: "trakt", name: "Trakt", website: "https://trakt.tv" },
  { slug: "netflix", name: "Netflix", website: "https://www.netflix.com" },
  ...otaServices.map(({ slug, name, website, categories }) => ({ slug, name, website, categories })),
];
