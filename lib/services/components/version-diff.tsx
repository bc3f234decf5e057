import { useTranslations } from "next-intl";
import type { Change, VersionDiff } from "../diff";
import { isEmptyDiff } from "../diff";
import { REGIME_LABELS, RIGHT_LABELS } from "../labels";
import type { Citation, RegimeId, RightId } from "../types";
import { CitedQuote } from "./cited-quote";

const BADGE = { added: "badge ok", removed: "badge bad", changed: "badge warn" } as const;

function Side({ label, citations }: { label: string; citations: Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <div className="small">
      {label}:{" "}
      {citations.map((c, i) => (
        <span key={`${c.document}-${c.start}`}>
          {i > 0 ? "; " : null}
          <CitedQuote citation={c} max={70} />
        </span>
      ))}
    </div>
  );
}

function ChangeList<T extends { citation: Citation | null }>({ title, changes, name }: { title: string; changes: Change<T>[]; name: (key: string) => string }) {
  const t = useTranslations("services.diff");
  if (changes.length === 0) return null;
  const cites = (xs: T[]) => xs.flatMap((x) => (x.citation ? [x.citation] : []));
  return (
    <>
      <h3>{title}</h3>
      <ul className="stack">
        {changes.map((c) => (
          <li key={c.key}>
            <span className={BADGE[c.status]}>{t(c.status)}</span> <strong>{name(c.key)}</strong>
            {c.details.length > 0 ? <div className="small">{c.details.join(". ")}.</div> : null}
            <Side label={t("before")} citations={cites(c.before)} />
            <Side label={t("after")} citations={cites(c.after)} />
          </li>
        ))}
      </ul>
    </>
  );
}

const same = (key: string) => key;
const rightName = (key: string) => RIGHT_LABELS[key as RightId] ?? key;
const channelName = (key: string) => key.replace(/^(email|post|web):/, "$1: ");
const lawsName = (key: string) =>
  key
    .split(", ")
    .map((k) => REGIME_LABELS[k as RegimeId] ?? k)
    .join(", ");

export function VersionDiffView({ diff, fromLabel }: { diff: VersionDiff; fromLabel: string }) {
  const t = useTranslations("services.diff");
  const timelineName = (key: string) => (key === "all-requests" ? t("timelineAll") : t("timelineRight", { right: rightName(key) }));
  if (isEmptyDiff(diff)) return <p className="muted">{t("nothing", { version: fromLabel })}</p>;
  return (
    <div>
      <ChangeList title={t("rights")} changes={diff.rights} name={rightName} />
      <ChangeList title={t("channels")} changes={diff.channels} name={channelName} />
      <ChangeList title={t("timelines")} changes={diff.timelines} name={timelineName} />
      <ChangeList title={t("authorities")} changes={diff.authorities} name={same} />
      <ChangeList title={t("laws")} changes={diff.applicability} name={lawsName} />
    </div>
  );
}
