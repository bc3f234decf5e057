import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signInErrorMessage, type SignInErrorKey } from "@/lib/auth/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signin.problem"))("meta") };
}

type Props = { searchParams: Promise<{ error?: string | string[] }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const raw = (await searchParams).error;
  const code = Array.isArray(raw) ? raw[0] : raw;
  const expired = code === "Verification";
  const t = await getTranslations("signin");
  return (
    <div className="page narrow stack">
      <h1>{expired ? t("problem.expired") : t("problem.failed")}</h1>
      <p className="notice bad" role="alert">
        {signInErrorMessage((key: SignInErrorKey) => t(`errors.${key}`, { minutes: 0 }), code ?? "Default")}
      </p>
      {expired && <p>{t("problem.why")}</p>}
      <p>
        <Link className="button" href="/signin">
          {t("problem.again")}
        </Link>
      </p>
    </div>
  );
}
