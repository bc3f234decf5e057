import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { NewCustomService } from "@/lib/services/custom/components/new-custom-service";
import Link from "next/link";

export const metadata: Metadata = { title: "Add a service from its privacy policy" };

export default async function NewCustomServicePage() {
  await requireUser("/services/custom/new");
  return (
    <div className="page stack narrow">
      <p className="small">
        <Link href="/services/custom">&larr; Your services</Link>
      </p>
      <h1>Add a service from its privacy policy</h1>
      <p>
        Give us the privacy policy of a service we do not cover. We look for the addresses to write to, the rights it names, the time it promises to answer in
        and the laws it speaks to, and show you the words each one comes from. You keep what is right.
      </p>
      <p className="small muted">The policy is read as plain text: nothing in it is run or shown as a web page. What you save is private to your account.</p>
      <NewCustomService />
    </div>
  );
}
