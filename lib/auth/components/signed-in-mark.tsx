import { loadCurrentUser } from "../session";

/**
 * On pages rendered per request: marks the page as seen by a signed-in user, so the header's account
 * links (AccountNav) show at once, and without JavaScript at all.
 */
export async function SignedInMark() {
  return (await loadCurrentUser()) ? <span data-signed-in hidden /> : null;
}
