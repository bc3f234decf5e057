import { Heading, Text } from "@react-email/components";
import { render, toPlainText } from "@react-email/render";
import { filledTemplate } from "@/lib/mail/filled-template";
import type { ReminderMessage } from "@/lib/reminders/content";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";
import { ReminderFooter, ReminderItemBlock } from "./reminder-parts";
import { ReminderDigestEmail, reminderDigestSubject } from "./reminder-digest";

export type RenderedEmail = { subject: string; html: string; text: string };

export function reminderSubject(message: ReminderMessage): string {
  const { t, format } = translatorFor(message.locale);
  const item = message.items[0]!;
  const values = { service: item.serviceName, date: format.full(item.dueDate) };
  return item.overdue ? t("emails.reminder.subjectOverdue", values) : t("emails.reminder.subjectSoon", values);
}

export function ReminderEmail({ message }: { message: ReminderMessage }) {
  const { locale, t, format } = translatorFor(message.locale);
  const item = message.items[0]!;
  const values = { service: item.serviceName, date: format.full(item.dueDate) };
  return (
    <EmailLayout preview={reminderSubject(message)} lang={locale} footer={t("emails.footer")}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {item.overdue ? t("emails.reminder.titleOverdue") : t("emails.reminder.titleSoon")}
      </Heading>
      <Text>{item.overdue ? t("emails.reminder.introOverdue", values) : t("emails.reminder.introSoon", values)}</Text>
      <ReminderItemBlock item={item} locale={locale} />
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

/** Values the templates choose by or format (the locale, the rights' ids, dates): kept as they are in the key. */
export function reminderValueKept(value: string, key: string): boolean {
  return key === "locale" || key === "rightIds" || ISO_DATE.test(value);
}

/**
 * The same email at a few microseconds each: rendered once per kind, locale and shape, then filled
 * (lib/mail/filled-template). Dates stay in the key because the template formats them.
 */
export const renderReminderEmailFilled = filledTemplate(renderReminderEmail, {
  key: (message) => `${message.digest ? "digest" : `before:${message.daysBefore ?? "overdue"}`}:${message.locale ?? "en"}`,
  keep: reminderValueKept,
});
