// The policy captures the product is built from. Each file is kept byte for byte as it was captured
// (see /work/shared/seeds/README.md); every citation in lib/services/records points into one of them.

import { otaDocuments } from "./ota";

export type CaptureFormat = "flat-text" | "markdown" | "lines";

export type DocumentOrdering =
  | { by: "stated-date"; statement: string }
  /** No stated date: placed just before the document it predates, for the reason given. */
  | { by: "content"; precedes: string; reason: string }
  /** Open Terms Archive captures: versions follow the day each text was recorded. */
  | { by: "capture-date" };

export type PolicyDocument = {
  id: string;
  serviceSlug: string;
  /** Unique within the service; used in URLs (/services/trakt/policy/2018-09-13). */
  versionId: string;
  versionLabel: string;
  /** ISO date the policy states for itself, or null when the text states none. */
  effectiveDate: string | null;
  ordering: DocumentOrdering;
  file: string;
  format: CaptureFormat;
  source: string;
  /** ISO date the capture was taken, where the source says so. */
  capturedAt: string | null;
  sha256: string;
  /** The credit the text's licence requires wherever it is shown. */
  attribution?: { credit: string; license: string };
};

const SEEDS = "Project seed capture";

/** The five seed captures, read in full by hand: the extractor's benchmark scores against their records. */
export const documents: readonly PolicyDocument[] = [
  {
    id: "trakt-undated",
    serviceSlug: "trakt",
    versionId: "undated",
    versionLabel: "Undated (before September 2018)",
    effectiveDate: null,
    ordering: {
      by: "content",
      precedes: "trakt-2018-09-13",
      reason:
        'No date in the text. Its sections all reappear, lightly reworded, in the September 2018 version, which adds the Privacy Shield, "Requesting Your Personal Information" and "Issue Resolution" sections, so it is the older text.',
    },
    file: "trakt-undated.txt",
    format: "flat-text",
    source: `${SEEDS}, file 002_f03dfd3f1b343862.txt: flat text, section headings run into the body; addresses shown as "[email protected]".`,
    capturedAt: null,
    sha256: "b409c5fbddc49df4d5cfda3b270e67622b4e9f6af13304d52b7264fb87bb1612",
  },
  {
    id: "trakt-2018-09-13",
    serviceSlug: "trakt",
    versionId: "2018-09-13",
    versionLabel: "Effective 13 September 2018",
    effectiveDate: "2018-09-13",
    ordering: { by: "stated-date", statement: "Effective Date: September 13, 2018" },
    file: "trakt-2018-09-13.txt",
    format: "markdown",
    source: `${SEEDS}, file 001_adb0c8b5e3a5c532.txt: Markdown extracted from the Wayback Machine snapshot https://web.archive.org/web/20181230084217id_/https%3A//trakt.tv/privacy; contact addresses are Cloudflare email-protection links.`,
    capturedAt: "2018-12-30",
    sha256: "ccc0432eb8cf648595ee6636f5539fb5d438a9524156bad7a2f8e15a1979d7e7",
  },
  {
    id: "trakt-2022-03-29",
    serviceSlug: "trakt",
    versionId: "2022-03-29",
    versionLabel: "Last updated 29 March 2022",
    effectiveDate: "2022-03-29",
    ordering: { by: "stated-date", statement: "Last Updated â€” March 29, 2022" },
    file: "trakt-2022-03-29.txt",
    format: "flat-text",
    source: `${SEEDS}, file 000_91efab2aff0f8899.txt: flat text scraped from the live page (navigation and a country list included; "â€”" is a mis-decoded em dash; addresses shown only as "[email protected]").`,
    // The footer reads "© 2010-2023", so the page was scraped in 2023 or later; the exact day is unknown.
    capturedAt: null,
    sha256: "e4e7a1845823682afb83a5a33f820623e8741d71ea69160bd0e6f169d9b700bf",
  },
  {
    id: "netflix-undated",
    serviceSlug: "netflix",
    versionId: "undated",
    versionLabel: "Undated (older privacy policy)",
    effectiveDate: null,
    ordering: {
      by: "content",
      precedes: "netflix-2024-04-17",
      reason:
        "No date in the text. It gives the Los Gatos address and Netflix, Inc. as the entity, and has none of the GDPR-era content (Data Protection Officer, portability, EEA/UK supplement) of the April 2024 Privacy Statement, so it is the older text.",
    },
    file: "netflix-undated.txt",
    format: "lines",
    source: `${SEEDS}, file 003_2997dd0ea7185976.txt: plain lines, sections separated by "==========".`,
    capturedAt: null,
    sha256: "40ce30bbfa247eb192b8ddc715a11bd04cfbfc56707d1dd778cbac510851e43e",
  },
  {
    id: "netflix-2024-04-17",
    serviceSlug: "netflix",
    versionId: "2024-04-17",
    versionLabel: "Last updated 17 April 2024",
    effectiveDate: "2024-04-17",
    ordering: { by: "stated-date", statement: "**Last Updated:** April 17, 2024" },
    file: "netflix-2024-04-17.txt",
    format: "markdown",
    source: `${SEEDS}, file 004_8060b61e45b5990f.txt: Markdown.`,
    capturedAt: null,
    sha256: "0716d0da135cffcd2a28b2ddd6c0065249ed0bd64c731039f12504b59de4c2a7",
  },
];

/** Every stored policy text: the seeds and the Open Terms Archive captures. */
export const allDocuments: readonly PolicyDocument[] = [...documents, ...otaDocuments];

export function findDocument(id: string): PolicyDocument | undefined {
  return allDocuments.find((d) => d.id === id);
}

export function getDocument(id: string): PolicyDocument {
  const doc = findDocument(id);
  if (!doc) throw new Error(`Unknown policy document: ${id}`);
  return doc;
}
