import type validation from "@/messages/en/validation.json";

// A schema's message is a key of messages/<locale>/validation.json, with its values after a "|" as
// JSON; a value named "label" is itself a key of "labels". Schemas stay free of any language (and of
// next-intl, so the browser's copy stays small); the words are chosen where a message is shown, in
// the reader's language: server actions through issuesIn (lib/i18n/validation.ts), forms through
// useIssueText (lib/i18n/use-issue-text.ts).

type Leaves<T, P extends string = ""> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
export type ValidationKey = Exclude<Leaves<typeof validation>, `labels.${string}`>;
export type ValidationLabel = keyof typeof validation.labels;
export type IssueValues = { label?: ValidationLabel } & Record<string, string | number>;

/** A schema's message: the key, and the values its sentence needs. */
export function issue(key: ValidationKey, values?: IssueValues): string {
  return values ? `${key}|${JSON.stringify(values)}` : key;
}

/** A message with more values: an event row's number, added where the row is known. */
export function withValues(message: string, more: Record<string, string | number>): string {
  const bar = message.indexOf("|");
  if (bar === -1) return `${message}|${JSON.stringify(more)}`;
  try {
    return `${message.slice(0, bar)}|${JSON.stringify({ ...(JSON.parse(message.slice(bar + 1)) as object), ...more })}`;
  } catch {
    return message;
  }
}

export type IssueTranslator = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** The sentence for a schema's message; anything that is not one of ours (a sentence already written) as it is. */
export function issueText(t: IssueTranslator, message: string): string {
  const bar = message.indexOf("|");
  const key = bar === -1 ? message : message.slice(0, bar);
  if (!/^[a-zA-Z.]+$/.test(key) || !t.has(key)) return message;
  let values: Record<string, string | number> = {};
  if (bar !== -1) {
    try {
      values = JSON.parse(message.slice(bar + 1)) as Record<string, string | number>;
    } catch {
      return message;
    }
  }
  const label = values.label;
  if (typeof label === "string" && t.has(`labels.${label}`)) values = { ...values, label: t(`labels.${label}`) };
  return t(key, values);
}
