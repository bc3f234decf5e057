import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type * as z from "zod/mini";
import { useIssueText } from "./use-issue-text";

function translated(errors: unknown, text: (message: string) => string): void {
  if (typeof errors !== "object" || errors === null) return;
  for (const [key, value] of Object.entries(errors)) {
    if (key === "ref") continue;
    if (key === "message" && typeof value === "string") (errors as Record<string, unknown>).message = text(value);
    else translated(value, text);
  }
}

/**
 * zodResolver for a shared schema, its messages said in the page's language where the form shows
 * them. The form's own types (useForm<…>) say what the schema takes and gives.
 */
export function useIssueResolver<TValues extends FieldValues, TContext = unknown, TOut = TValues>(schema: z.ZodMiniType): Resolver<TValues, TContext, TOut> {
  const text = useIssueText();
  return useMemo(() => {
    const base = zodResolver(schema as never) as unknown as Resolver<TValues, TContext, TOut>;
    const resolver: Resolver<TValues, TContext, TOut> = async (values, context, options) => {
      const result = await base(values, context, options);
      translated(result.errors, text);
      return result;
    };
    return resolver;
  }, [schema, text]);
}
