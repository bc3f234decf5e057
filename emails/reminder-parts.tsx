import { Button, Heading, Hr, Link, Section, Text } from "@react-email/components";
import { Fragment } from "react";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReminderItem, ReminderMessage } from "@/lib/reminders/content";

const muted = { color: "#5b616b", fontSize: 13 };

/** Lines kept as lines in both parts: a letter is read line by line. */
function Lines({ text }: { text: string }) {
  const lines = text.split("\n");
  return (
    <Text style={{ background: "#f6f6f3", padding: 12, borderRadius: 6 }}>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {line}
          {i < lines.length - 1 && <br />}
        </Fragment>
      ))}
    </Text>
  );
}

export function ReminderItemBlock({ item, locale, level = 2 }: { item: ReminderItem; locale: string | null; level?: 2 | 3 }) {
  const { t, format } = translatorFor(locale);
  const service = item.serviceName;
  const date = format.full(item.dueDate);
  const rights = item.rightIds.map((id) => (t.has(`rights.${id}` as "rights.access") ? t(`rights.${id}` as "rights.access") : id)).join("; ");
  return (
    <Section>
      <Heading as={level === 2 ? "h2" : "h3"} style={{ fontSize: level === 2 ? 18 : 16 }}>
        {item.overdue ? t("emails.reminder.itemOverdue", { service, date }) : t("emails.reminder.itemSoon", { service, date })}
      </Heading>
      <Text>{t("emails.reminder.asked", { service, rights, sentOn: format.full(item.sentOn) })}</Text>
      <Text style={{ fontWeight: 600, marginBottom: 0 }}>{t("emails.reminder.why", { law: item.basis.lawName })}</Text>
      {item.basis.steps.map((step, i) => (
        <Text key={i} style={{ marginTop: 4 }}>
          {step.rule}. [{step.citation}]{step.estimate ? t("emails.reminder.estimate") : ""}
        </Text>
      ))}
      <Button href={item.requestUrl} style={{ background: "#1f5fbf", color: "#ffffff", padding: "12px 18px", borderRadius: 8 }}>
        {t("emails.reminder.open")}
      </Button>
      <Text style={muted}>{t("emails.reminder.paste", { url: item.requestUrl })}</Text>
      {item.followUp && (
        <>
          <Text style={{ fontWeight: 600 }}>{t("emails.reminder.followUpTitle", { service })}</Text>
          <Text>{t("emails.reminder.followUpSubject", { subject: item.followUp.subject })}</Text>
          <Lines text={item.followUp.body} />
        </>
      )}
    </Section>
  );
}

export function ReminderFooter({ message }: { message: ReminderMessage }) {
  const { t } = translatorFor(message.locale);
  return (
    <Section>
      <Hr />
      <Text style={muted}>{t("emails.reminder.answered")}</Text>
      <Text style={muted}>
        {t("emails.reminder.why_you_get_this")} <Link href={message.settingsUrl}>{t("emails.reminder.settings")}</Link> {t("emails.reminder.or")}{" "}
        <Link href={message.unsubscribeUrl}>{t("emails.reminder.unsubscribe")}</Link>.
      </Text>
    </Section>
  );
}
