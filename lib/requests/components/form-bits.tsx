import type { FieldError as RhfFieldError } from "react-hook-form";

/** Ids of the hint and error that describe an input, for aria-describedby. */
export function describedBy(id: string, { hint, error }: { hint?: boolean; error?: unknown }): string | undefined {
  const ids = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldError({ id, error }: { id: string; error: Pick<RhfFieldError, "message"> | undefined }) {
  if (!error?.message) return null;
  return (
    <span id={`${id}-error`} className="error" role="alert">
      {error.message}
    </span>
  );
}

export function FormAlert({ message }: { message: string | null }) {
  return message ? (
    <p className="notice bad" role="alert">
      {message}
    </p>
  ) : null;
}
