import { Heading, Text } from "@react-email/components";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReminderMessage } from "@/lib/reminders/content";
import { EmailLayout } from "./layout";
import { ReminderFooter, ReminderItemBlock } from "./reminder-parts";

export function reminderDigestSubject(message: ReminderMessage): string {
  const { t } = translatorFor(message.locale);
  const overdue = message.items.filter((item) => item.overdue).length;
  const soon = message.items.length - overdue;
  const parts = [soon ? t("emails.reminder.digestSoon", { count: soon }) : "", overdue ? t("emails.reminder.digestOverdue", { count: overdue }) : ""].filter(
    Boolean,
  );
  return t("emails.reminder.digestSubject", { parts: parts.join(", ") });
}

export function ReminderDigestEmail({ message }: { message: ReminderMessage }) {
  const { locale, t } = translatorFor(message.locale);
  return (
    <EmailLayout preview={reminderDigestSubject(message)} lang={locale} footer={t("emails.footer")}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("emails.reminder.digestTitle")}
      </Heading>
      <Text>{t("emails.reminder.digestIntro")}</Text>
      {message.items.map((item) => (
        <ReminderItemBlock key={item.requestUrl} item={item} locale={locale} level={3} />
      ))}
      <ReminderFooter message={message} />
    </EmailLayout>
  );
}
