import { loadCurrentUser } from "@/lib/auth/session";
import { orUnavailable } from "@/lib/http/unavailable";
import { handleExtractRequest } from "@/lib/services/custom/extract-endpoint";

// Uploads come here rather than through a server action: a server action's body is capped at
// 1 MB, and a policy file may be up to 2 MB. The handler caps the body itself; parsing the form,
// fetching an address and reading the policy all run in the worker pool.
export async function POST(request: Request) {
  return orUnavailable(() => handleExtractRequest(request, async () => (await loadCurrentUser())?.id ?? null));
}
