import { Button, Heading, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { translatorFor } from "@/lib/i18n/translator";
import { sendMail, type SentMail } from "@/lib/mail/transport";
import { EmailLayout } from "./layout";

/** `locale`: the language of the browser that asked for the link. */
type Props = { url: string; host: string; minutes: number; locale?: string };

export function SignInEmail({ url, host, minutes, locale }: Props) {
  const { locale: lang, t } = translatorFor(locale);
  return (
    <EmailLayout preview={t("emails.signIn.preview", { host })} lang={lang} footer={t("emails.footer")}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("emails.signIn.title")}
      </Heading>
      <Text>{t("emails.signIn.body", { minutes })}</Text>
      <Button href={url} style={{ background: "#1f5fbf", color: "#ffffff", padding: "12px 18px", borderRadius: 8 }}>
        {t("emails.signIn.button")}
      </Button>
      <Text>{t("emails.signIn.paste", { url })}</Text>
      <Text style={{ color: "#5b616b", fontSize: 13 }}>{t("emails.signIn.ignore")}</Text>
    </EmailLayout>
  );
}

export async function renderSignInEmail(props: Props) {
  const element = <SignInEmail {...props} />;
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: translatorFor(props.locale).t("emails.signIn.subject"), html, text };
}

export async function sendSignInEmail(to: string, props: Props): Promise<SentMail> {
  const { subject, html, text } = await renderSignInEmail(props);
  return sendMail({ to, subject, html, text, devLink: props.url });
}
