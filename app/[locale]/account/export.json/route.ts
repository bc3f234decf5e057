import { orUnavailable } from "@/lib/http/unavailable";
import { accountExportResponse } from "@/lib/account/export-response";

export async function GET() {
  return orUnavailable(() => accountExportResponse());
}
