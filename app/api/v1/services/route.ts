import { NextResponse } from "next/server";
import { serviceSummaryJson } from "@/lib/services/api";
import { listServices } from "@/lib/services/catalog";

const CACHE = { "Cache-Control": "public, max-age=300" };

export function GET() {
  return NextResponse.json({ services: listServices().map(serviceSummaryJson) }, { headers: CACHE });
}
