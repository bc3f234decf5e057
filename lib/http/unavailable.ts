import { DatabaseUnavailableError } from "@/lib/db/retrying-pool";

/** A handler's answer, or 503 with Retry-After while the database cannot be reached: never a 500 or a sign-out. */
export async function orUnavailable(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    return Response.json(
      { ok: false, error: "The service is briefly unavailable. Try again in a few seconds." },
      { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
    );
  }
}
