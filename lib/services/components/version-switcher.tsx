import { useTranslations } from "next-intl";
import { serviceHref } from "../links";
import type { Service } from "../types";

export function VersionSwitcher({ service, current }: { service: Service; current: string }) {
  const t = useTranslations("services.service");
  return (
    <nav aria-label={t("versions")}>
      <ul className="row" style={{ listStyle: "none", padding: 0 }}>
        {[...service.versions].reverse().map((v) => (
          <li key={v.versionId}>
            <a
              href={serviceHref(service.slug, v.versionId)}
              className={v.versionId === current ? "button" : "button secondary"}
              aria-current={v.versionId === current ? "page" : undefined}
            >
              {v.versionLabel}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
