import type { OutboxEntry } from "../outbox";

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

// The text part, with its links made clickable; never rendered as HTML.
export function OutboxMessage({ message }: { message: OutboxEntry }) {
  const parts = message.text.split(URL_PATTERN);
  return (
    <article className="card stack" aria-label={message.subject}>
      <h2>{message.subject}</h2>
      <p className="muted small">
        To {message.to} · {new Date(message.date).toUTCString()}
      </p>
      <pre>
        {parts.map((part, index) =>
          index % 2 === 1 ? (
            <a key={index} href={part}>
              {part}
            </a>
          ) : (
            part
          ),
        )}
      </pre>
    </article>
  );
}
