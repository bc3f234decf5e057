import { Heading, Text } from "@react-email/components";
import { render, toPlainText } from "@react-email/render";
import { filledTemplate } from "@/lib/mail/filled-template";
import { formatLongDate } from "@/lib/law/labels";
import type { ReminderMessage } from "@/lib/reminders/content";
import { EmailLayout } from "./layout";
import { ReminderFooter, ReminderItemBlock } from "./reminder-parts";
import { ReminderDigestEmail, reminderDigestSubject } from "./reminder-digest";

export type RenderedEmail = { subject: string; html: string; text: string };

export function reminderSubject(message: ReminderMessage): string {
  const item = message.items[0]!;
  const date = formatLongDate(item.dueDate);
  return item.overdue ? `Overdue: ${item.serviceName}'s answer was due on ${date}` : `Reminder: ${item.serviceName} must answer by ${date}`;
}

export function ReminderEmail({ message }: { message: ReminderMessage }) {
  const item = message.items[0]!;
  const intro = item.overdue
    ? `The deadline for ${item.serviceName} to answer your request has passed. If it has not answered, send the follow-up below.`
    : `${item.serviceName} must answer your request by ${formatLongDate(item.dueDate)}.`;
  return (
    <EmailLayout preview={reminderSubject(message)}>
      <Heading as="h1" style={{ fontSize: 22 }}>{item.overdue ? "A deadline has passed" : "A deadline is coming up"}</Heading>
      <Text>{intro}</Text>
      <ReminderItemBlock item={item} />
      <ReminderFooter message={message} />
    </EmailLayout>
  );
}

/**
 * One reminder or a digest, as the subject and both parts. The text part is converted from the
 * HTML rather than rendered again: the sweeper renders thousands, and React is the cost.
 */
export async function renderReminderEmail(message: ReminderMessage): Promise<RenderedEmail> {
  const html = await render(message.digest ? <ReminderDigestEmail message={message} /> : <ReminderEmail message={message} />);
  return { subject: message.digest ? reminderDigestSubject(message) : reminderSubject(message), html, text: toPlainText(html) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The same email at a few microseconds each: rendered once per kind, locale and shape, then filled
 * (lib/mail/filled-template). Dates stay in the key because the template formats them.
 */
export const renderReminderEmailFilled = filledTemplate(renderReminderEmail, {
  key: (message) => `${message.digest ? "digest" : `before:${message.daysBefore ?? "overdue"}`}:${(message as { locale?: string }).locale ?? "en"}`,
  keep: (value, key) => key === "locale" || ISO_DATE.test(value),
});
