import "server-only";
import { loadCurrentUser } from "@/lib/auth/session";
import { readerTranslator } from "@/lib/i18n/reader";
import type { Letter } from "@/lib/letters/types";
import { loadDraft } from "./data";
import { draftLetter } from "./draft-letter";
import { letterFileName } from "./file-names";
import { canVisit } from "./wizard-steps";

/** The letter of a reviewed draft for a download route, or the response that says why not. */
export async function loadLetterForDownload(draftId: string): Promise<{ letter: Letter; fileName: string } | { response: Response }> {
  const text = (status: number, body: string) => ({
    response: new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } }),
  });
  const t = await readerTranslator();
  const user = await loadCurrentUser();
  if (!user) return text(401, t("wizard.download.signIn"));
  const draft = await loadDraft(user.id, draftId);
  if (!draft) return text(404, t("wizard.download.noDraft"));
  if (!canVisit(draft.data, "send")) return text(409, t("wizard.download.reviewFirst"));
  const result = draftLetter(draft.record, draft.data);
  if (!result.ok) return text(409, t(`wizard.letterProblem.${result.code}`));
  const fileName = letterFileName({ company: draft.record.serviceName, what: result.letter.legalBasis.map((basis) => basis.right), date: result.letter.date });
  return { letter: result.letter, fileName };
}
