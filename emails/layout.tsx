import { Body, Container, Head, Html, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// Invisible characters after the preview keep mail apps from showing the body's first words after
// it. A fixed run, where react-email's Preview pads to 150 characters: an output that does not depend
// on a string's length is one the reminder sweeper can render once and fill (lib/mail/filled-template).
const PREVIEW_PADDING = "\u00a0\u200c\u200b\u200d\u200e\u200f\ufeff".repeat(90);

function PreviewText({ children }: { children: string }) {
  return (
    <div style={{ display: "none", overflow: "hidden", lineHeight: "1px", opacity: 0, maxHeight: 0, maxWidth: 0 }} data-skip-in-text="true">
      {children}
      <div>{PREVIEW_PADDING}</div>
    </div>
  );
}

// Shared frame for every email: plain, readable, no remote images or trackers.
export function EmailLayout({ preview, lang, footer, children }: { preview: string; lang: string; footer: string; children: ReactNode }) {
  return (
    <Html lang={lang}>
      <Head />
      <PreviewText>{preview}</PreviewText>
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
