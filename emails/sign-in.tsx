import { Button, Heading, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { sendMail, type SentMail } from "@/lib/mail/transport";
import { EmailLayout } from "./layout";

type Props = { url: string; host: string; minutes: number };

export function SignInEmail({ url, host, minutes }: Props) {
  return (
    <EmailLayout preview={`Your sign-in link for ${host}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>Sign in to RightsDesk</Heading>
      <Text>Use the button below to sign in. The link works once and expires in {minutes} minutes.</Text>
      <Button href={url} style={{ background: "#1f5fbf", color: "#ffffff", padding: "12px 18px", borderRadius: 8 }}>
        Sign in
      </Button>
      <Text>Or paste this address into your browser: {url}</Text>
      <Text style={{ color: "#5b616b", fontSize: 13 }}>If you did not ask to sign in, ignore this email: nothing happens without the link.</Text>
    </EmailLayout>
  );
}

export async function renderSignInEmail(props: Props) {
  const element = <SignInEmail {...props} />;
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: `Sign in to RightsDesk`, html, text };
}

export async function sendSignInEmail(to: string, props: Props): Promise<SentMail> {
  const { subject, html, text } = await renderSignInEmail(props);
  return sendMail({ to, subject, html, text, devLink: props.url });
}
