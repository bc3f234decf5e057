import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { DeleteCustomServiceButton } from "@/lib/services/custom/components/delete-custom-service-button";
import { loadCustomServices } from "@/lib/services/custom/data";
import { customServiceHref } from "@/lib/services/custom/links";
import { formatDate } from "@/lib/services/labels";
import Link from "next/link";

export const metadata: Metadata = { title: "Your services" };

export default async function CustomServicesPage() {
  const user = await requireUser("/services/custom");
  const services = await loadCustomServices(user.id);
  return (
    <div className="page stack">
      <h1>Your services</h1>
      <p className="narrow">Services you added from their privacy policy. Only you can see them.</p>
      <p>
        <Link className="button" href="/services/custom/new">
          Add a service from its privacy policy
        </Link>
      </p>
      {services.length === 0 ? (
        <p className="muted">You have not added any yet.</p>
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          {services.map((s) => (
            <li key={s.id} className="card stack">
              <h2 style={{ overflowWrap: "anywhere" }}>
                <a href={customServiceHref(s.id)}>{s.name}</a>
              </h2>
              <p className="small muted" style={{ overflowWrap: "anywhere" }}>
                From {s.sourceName ?? "pasted text"}, saved {formatDate(s.createdAt.toISOString().slice(0, 10))}.
              </p>
              <DeleteCustomServiceButton id={s.id} name={s.name} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
