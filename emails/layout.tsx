import { Body, Container, Head, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// Shared frame for every email: plain, readable, no remote images or trackers.
export function EmailLayout({ preview, lang, footer, children }: { preview: string; lang: string; footer: string; children: ReactNode }) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f6f3", fontFamily: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", color: "#1b1d21" }}>
        <Container style={{ maxWidth: 560, margin: "24px auto", background: "#ffffff", padding: 24, borderRadius: 10 }}>
          {children}
          <Section>
            <Text style={{ color: "#5b616b", fontSize: 13 }}>{footer}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
