import { formatIsoDate } from "../freshness";
import { otaServices } from "../ota-services";
import type { PolicyDocument } from "./documents";
import manifestJson from "./ota/manifest.json" with { type: "json" };
import { OTA_ATTRIBUTION, otaManifestSchema } from "./ota-schema";

// The Open Terms Archive captures as policy documents: one version per capture, named by its date.

const manifest = otaManifestSchema.parse(manifestJson);

export function captureLabel(isoDate: string): string {
  return `Captured ${formatIsoDate(isoDate)}`;
}

export const otaDocuments: readonly PolicyDocument[] = manifest.captures.map((c) => {
  const service = otaServices.find((s) => s.otaSlug === c.otaSlug);
  if (!service) throw new Error(`No service for capture ${c.id}`);
  return {
    id: c.id,
    serviceSlug: service.slug,
    versionId: c.capturedAt,
    versionLabel: captureLabel(c.capturedAt),
    effectiveDate: null,
    ordering: { by: "capture-date" },
    file: `ota/${c.file}`,
    format: "markdown",
    source: `${manifest.source}, "${c.repoPath}" at commit ${c.commit.slice(0, 12)}: Markdown as the crawler saw the page (navigation, banners and flattened tables included).`,
    capturedAt: c.capturedAt,
    sha256: c.sha256,
    attribution: { credit: OTA_ATTRIBUTION, license: manifest.license },
  };
});
