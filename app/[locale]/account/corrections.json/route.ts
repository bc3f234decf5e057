import { NextResponse } from "next/server";
import { loadCurrentUser } from "@/lib/auth/session";
import { catalogProvenance, findCompany } from "@/lib/catalog/companies";
import { correctionAsDatasetRecord } from "@/lib/catalog/correction-export";
import { loadCorrections } from "@/lib/catalog/data";

/** The user's corrections as Datenanfragen.de company records, ready to propose upstream. */
export async function GET() {
  const user = await loadCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to export your corrections." }, { status: 401 });
  const corrections = await loadCorrections(user.id);
  const records = corrections.flatMap((c) => {
    const company = findCompany(c.companySlug)?.contact;
    return company ? [correctionAsDatasetRecord(company, c)] : [];
  });
  const body = { basedOn: catalogProvenance(), records };
  return new NextResponse(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="rightsdesk-corrections.json"',
      "Cache-Control": "no-store",
    },
  });
}
