import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadConfig } from "@/lib/config";
import { listOutbox } from "@/lib/mail/outbox";
import { OutboxMessage } from "@/lib/mail/components/outbox-message";

export const metadata: Metadata = { title: "Development outbox" };
export const dynamic = "force-dynamic";

// Development only: mail that would have been sent, for when no SMTP server is configured.
export default function OutboxPage() {
  const config = loadConfig();
  if (config.NODE_ENV !== "development" || !config.outbox) notFound();
  const messages = listOutbox(config.dataDir);
  return (
    <div className="page stack">
      <h1>Development outbox</h1>
      <p className="muted">No SMTP_URL is set, so mail is written to {config.dataDir}/outbox instead of being sent. Newest first.</p>
      {messages.length === 0 ? (
        <p>No messages yet. Ask for a sign-in link and it appears here.</p>
      ) : (
        messages.map((message) => <OutboxMessage key={message.id} message={message} />)
      )}
    </div>
  );
}
