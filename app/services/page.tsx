import type { Metadata } from "next";
import { latestVersion, listServices } from "@/lib/services/catalog";
import { serviceHref } from "@/lib/services/links";

export const metadata: Metadata = { title: "Services and their privacy policies" };

export default function ServicesPage() {
  const services = listServices();
  return (
    <div className="page stack">
      <h1>Services</h1>
      <p className="narrow">
        What each service&apos;s own privacy policy says about your rights, where to write and how long it has to answer.
        Every fact links to the policy&apos;s exact words, in the version it comes from.
      </p>
      <p><a href="/services/custom/new">Add a service from its privacy policy</a></p>
      <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
        {services.map((service) => {
          const latest = latestVersion(service);
          return (
            <li key={service.slug} className="card stack">
              <h2>
                <a href={serviceHref(service.slug)}>{service.name}</a>
              </h2>
              <p className="small">
                Latest: {latest.versionLabel}. {service.versions.length} version{service.versions.length === 1 ? "" : "s"} kept.
              </p>
              <p className="small muted">
                {latest.rights.length > 0 ? `${new Set(latest.rights.map((r) => r.right)).size} rights named in the latest version.` : "No rights named."}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
