import { buildPdf } from "@/lib/letters/pdf";
import type { Letter } from "@/lib/letters/types";
import { readReply, readReplyForm, type ReadFormJob, type ReadReplyJob, type ReadReplyResult } from "@/lib/replies/read-reply";
import { buildEvidencePdf, type EvidenceInput } from "@/lib/requests/evidence-pdf";
import { readPolicyUpload, type ReadResponse } from "@/lib/services/custom/read-upload";
import { analysePolicy, type PolicyAnalysis, type PolicyInput } from "@/lib/services/extractor/analyse";

// The work whose cost grows with what a user sent or stored: it runs in a worker thread (off-thread.ts),
// never on the thread that answers requests.
export type Job =
  | { kind: "analyse-policy"; input: PolicyInput }
  | { kind: "extract-upload"; contentType: string; body: Uint8Array<ArrayBuffer> }
  | { kind: "letter-pdf"; letter: Letter }
  | { kind: "evidence-pdf"; input: EvidenceInput }
  | { kind: "read-reply"; job: ReadReplyJob }
  | { kind: "read-reply-form"; job: ReadFormJob };
export type JobResult<J extends Job> = J extends { kind: "analyse-policy" }
  ? PolicyAnalysis
  : J extends { kind: "extract-upload" }
    ? ReadResponse
    : J extends { kind: "read-reply" | "read-reply-form" }
      ? ReadReplyResult
      : Uint8Array;

export async function runJob(job: Job): Promise<PolicyAnalysis | ReadResponse | ReadReplyResult | Uint8Array> {
  switch (job.kind) {
    case "extract-upload":
      return readPolicyUpload(job.contentType, job.body);
    case "analyse-policy":
      return analysePolicy(job.input);
    case "letter-pdf":
      return buildPdf(job.letter);
    case "evidence-pdf":
      return buildEvidencePdf(job.input);
    case "read-reply":
      return readReply(job.job);
    case "read-reply-form":
      return readReplyForm(job.job);
  }
}
