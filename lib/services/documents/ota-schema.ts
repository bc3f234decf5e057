import { z } from "zod";

// The manifest of the Open Terms Archive captures (written by scripts/policies-import.ts).

export const OTA_LICENSE = "Open Data Commons Attribution License (ODC-By 1.0)";
/** The licence asks for this credit wherever the texts are used. */
export const OTA_ATTRIBUTION = "Open Terms Archive contributors";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const otaCaptureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  otaSlug: z.string().regex(/^[a-z0-9-]+$/),
  serviceName: z.string().min(1),
  file: z.string().regex(/^[a-z0-9-]+\.md$/),
  repoPath: z.string().min(1),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  capturedAt: isoDate,
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type OtaCapture = z.infer<typeof otaCaptureSchema>;

export const otaManifestSchema = z.object({
  source: z.string(),
  license: z.literal(OTA_LICENSE),
  attribution: z.literal(OTA_ATTRIBUTION),
  captures: z.array(otaCaptureSchema),
});
