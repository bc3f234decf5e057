import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/lib/auth/components/sign-in-form";
import { signInErrorMessage, type SignInErrorKey } from "@/lib/auth/schema";
import { loadCurrentUser, safeReturnPath } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signin"))("meta") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl));
  if (await loadCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("signin");
  const retry = Number(first(params.retry));
  const error = signInErrorMessage(
    (key: SignInErrorKey, values?: { minutes: number }) => t(`errors.${key}`, values as { minutes: number }),
    first(params.error),
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
  return (
    <div className="page narrow stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
    </div>
  );
}
