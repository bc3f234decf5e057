/** How a step's plain HTML form encodes its fields: which names repeat and which are single checkboxes. */
export type FormShape = { arrays?: readonly string[]; booleans?: readonly string[] };

type Tree = Record<string, unknown> | unknown[];

const INDEX = /^\d{1,3}$/;
const MAX_FIELDS = 200;

function place(root: Record<string, unknown>, path: string[], value: unknown): void {
  let node: Tree = root;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i]!;
    const child: unknown = (node as Record<string, unknown>)[key];
    const fresh: Tree = INDEX.test(path[i + 1]!) ? [] : {};
    const next: Tree = child !== null && typeof child === "object" ? (child as Tree) : fresh;
    (node as Record<string, unknown>)[key] = next;
    node = next;
  }
  (node as Record<string, unknown>)[path[path.length - 1]!] = value;
}

/**
 * The input a step's schema expects, from the form the browser posted without JavaScript: field
 * names are react-hook-form paths ("deletion.scope", "other.0"), a checked box without a value
 * sends "on" and an unchecked one nothing. Files and framework fields ($ACTION_…) are dropped.
 */
export function formDataToInput(form: FormData, shape: FormShape = {}): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const name of form.keys()) {
    if (seen.size >= MAX_FIELDS) break;
    if (seen.has(name) || name.startsWith("$") || name.length > 100) continue;
    seen.add(name);
    const path = name.split(".");
    if (path.some((segment) => segment === "" || segment === "__proto__" || segment === "constructor" || segment === "prototype")) continue;
    const values = form.getAll(name).filter((value): value is string => typeof value === "string");
    if (shape.arrays?.includes(name)) place(input, path, values);
    else if (values.length > 0) place(input, path, shape.booleans?.includes(name) ? values[0] === "on" || values[0] === "true" : values[0]);
  }
  for (const name of shape.arrays ?? []) if (!seen.has(name)) place(input, name.split("."), []);
  for (const name of shape.booleans ?? []) if (!seen.has(name)) place(input, name.split("."), false);
  return input;
}
