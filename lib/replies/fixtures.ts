import { buildZip } from "@/lib/testing/zip";

// Realistic replies for the tests (unit and e2e): an .eml with a zip, as a company's privacy team sends it.

export const PARTIAL_ANSWER_TEXT = [
  "Dear Ms Example,",
  "",
  "Thank you for your request under Article 15 GDPR, which we received on 2 November 2026.",
  "",
  "Please find attached a copy of your personal data in the archive export.zip.",
  "We process your data for the purposes of providing the streaming service, billing and fraud prevention.",
  "The categories of personal data concerned are account details, viewing history and payment information.",
  "Your data is shared with payment processors and our hosting provider in the European Union.",
  "You have the right to lodge a complaint with a supervisory authority.",
  "",
  "Kind regards,",
  "Privacy Team",
  "",
  "On 2 Nov 2026, Erika Example <erika@example.org> wrote:",
  "> Under Art. 15 GDPR I ask for the purposes, recipients, storage period, source, automated decision-making and safeguards.",
].join("\r\n");

export function exportZip(): Uint8Array {
  return buildZip([
    { name: "export/", data: "" },
    { name: "export/profile.json", data: JSON.stringify({ name: "Erika Example", email: "erika@example.org" }) },
    { name: "export/viewing-history.csv", data: "date,title\n2026-10-01,Example Show\n" },
    { name: "export/README.txt", data: "Your data export." },
  ]);
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");
}

export function buildEml({
  text = PARTIAL_ANSWER_TEXT,
  zip = exportZip(),
  from = "Privacy Team <privacy@streamco.example>",
  to = "erika@example.org",
  subject = "Your data access request",
  date = "Tue, 24 Nov 2026 10:15:00 +0100",
  html = false,
}: { text?: string; zip?: Uint8Array | null; from?: string; to?: string; subject?: string; date?: string; html?: boolean } = {}): string {
  const boundary = "----=_Part_4711";
  const body = [`Content-Type: ${html ? "text/html" : "text/plain"}; charset=utf-8`, "Content-Transfer-Encoding: 8bit", "", text];
  const head = [`From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Date: ${date}`, "Message-ID: <reply-4711@streamco.example>", "MIME-Version: 1.0"];
  if (!zip) return [...head, ...body].join("\r\n");
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    ...body,
    `--${boundary}`,
    'Content-Type: application/zip; name="export.zip"',
    "Content-Transfer-Encoding: base64",
    'Content-Disposition: attachment; filename="export.zip"',
    "",
    base64Lines(zip),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
