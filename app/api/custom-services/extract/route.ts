import { orUnavailable } from "@/lib/http/unavailable";
import { loadCurrentUser } from "@/lib/auth/session";
import { handleExtractRequest } from "@/lib/services/custom/extract-endpoint";
import { fetchPolicy, routeFetchOptions } from "@/lib/services/custom/fetch-policy";

// Uploads come here rather than through a server action: a server action's body is capped at
// 1 MB, and a policy file may be up to 2 MB. The handler caps the body itself. An address is
// fetched here too (I/O only); reading what came back runs in the worker pool.
const fetchOptions = routeFetchOptions();

export async function POST(request: Request) {
  return orUnavailable(() => handleExtractRequest(request, async () => (await loadCurrentUser())?.id ?? null, undefined, (url) => fetchPolicy(url, fetchOptions)));
}
