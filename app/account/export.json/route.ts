import { accountExportResponse } from "@/lib/account/export-response";

export async function GET() {
  return accountExportResponse();
}
