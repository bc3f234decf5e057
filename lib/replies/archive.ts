import yauzl from "yauzl";
import { fileKind, type FileKind } from "./file-types";

// A zip's table of contents, read from its central directory alone: nothing is inflated, so a zip
// bomb costs what its directory costs, and an archive inside it is listed as a file, not opened.

export type ArchiveEntry = { name: string; size: number; compressedSize: number; type: FileKind };
export type ArchiveListing = { entries: ArchiveEntry[]; truncated: boolean; problem: string | null; declaredBytes: number };

const MAX_NAME = 300;
// Deflate cannot do better than about 1:1032; a declared ratio above that is a forged header.
const BOMB_RATIO = 1_000;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

export function listZip(bytes: Uint8Array, maxEntries: number): Promise<ArchiveListing> {
  const listing: ArchiveListing = { entries: [], truncated: false, problem: null, declaredBytes: 0 };
  return new Promise((resolve) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: true, validateEntrySizes: false, strictFileNames: false }, (error, zip) => {
      if (error || !zip) return resolve({ ...listing, problem: "The archive could not be read (its table of contents is damaged)." });
      const finish = (problem: string | null = null) => {
        zip.removeAllListeners();
        zip.close();
        const suspicious = listing.entries.some((e) => e.compressedSize > 0 && e.size / e.compressedSize > BOMB_RATIO);
        resolve({
          ...listing,
          problem: problem ?? (suspicious ? "The archive declares sizes no real compression reaches (a zip bomb?); it was listed, not opened." : null),
        });
      };
      zip.on("entry", (entry: yauzl.Entry) => {
        if (listing.entries.length >= maxEntries) {
          listing.truncated = true;
          return finish();
        }
        const name = entry.fileName.slice(0, MAX_NAME);
        listing.entries.push({ name, size: entry.uncompressedSize, compressedSize: entry.compressedSize, type: fileKind(name) });
        listing.declaredBytes += entry.uncompressedSize;
        zip.readEntry();
      });
      zip.once("end", () => finish());
      zip.once("error", (failure: Error) =>
        finish(`The archive's table of contents stopped making sense (${failure.message.slice(0, 120)}); the entries before that are listed.`),
      );
      zip.readEntry();
    });
  });
}
