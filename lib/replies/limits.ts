// The sizes a reply may have. The server reads them from the environment (lib/config); the parser,
// which runs in a worker, is handed them with each job.
export type ReplyLimits = {
  /** The whole message (or paste plus files), in bytes. */
  maxMessageBytes: number;
  maxAttachments: number;
  maxAttachmentBytes: number;
  /** Entries listed per archive; past this the listing says it stopped. */
  maxArchiveEntries: number;
};

export const DEFAULT_REPLY_LIMITS: ReplyLimits = {
  maxMessageBytes: 25 * 1024 * 1024,
  maxAttachments: 20,
  maxAttachmentBytes: 20 * 1024 * 1024,
  maxArchiveEntries: 2_000,
};

export const MAX_PASTED_CHARS = 200_000;

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
