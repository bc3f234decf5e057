import { NextResponse } from "next/server";
import { serviceJson } from "@/lib/services/api";
import { findService } from "@/lib/services/catalog";

const CACHE = { "Cache-Control": "public, max-age=300" };

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const service = findService(slug);
  if (!service) return NextResponse.json({ error: `No service "${slug}".` }, { status: 404, headers: CACHE });
  return NextResponse.json({ service: serviceJson(service) }, { headers: CACHE });
}
