import { Button, Heading, Hr, Link, Section, Text } from "@react-email/components";
import { Fragment } from "react";
import { formatLongDate } from "@/lib/law/labels";
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

export function ReminderItemBlock({ item, level = 2 }: { item: ReminderItem; level?: 2 | 3 }) {
  return (
    <Section>
      <Heading as={level === 2 ? "h2" : "h3"} style={{ fontSize: level === 2 ? 18 : 16 }}>
        {item.overdue ? `${item.serviceName}: the answer was due on ${formatLongDate(item.dueDate)}` : `${item.serviceName}: answer due by ${formatLongDate(item.dueDate)}`}
      </Heading>
      <Text>
        You asked {item.serviceName} for: {item.rights}. You sent the request on {formatLongDate(item.sentOn)}.
      </Text>
      <Text style={{ fontWeight: 600, marginBottom: 0 }}>Why this date ({item.basis.lawName})</Text>
      {item.basis.steps.map((step, i) => (
        <Text key={i} style={{ marginTop: 4 }}>
          {step.rule}. [{step.citation}]{step.estimate ? " (our reading of the law, not settled)" : ""}
        </Text>
      ))}
      <Button href={item.requestUrl} style={{ background: "#1f5fbf", color: "#ffffff", padding: "12px 18px", borderRadius: 8 }}>
        Open the request
      </Button>
      <Text style={muted}>Or paste this address into your browser: {item.requestUrl}</Text>
      {item.followUp && (
        <>
          <Text style={{ fontWeight: 600 }}>A follow-up you can send to {item.serviceName} now</Text>
          <Text>Subject: {item.followUp.subject}</Text>
          <Lines text={item.followUp.body} />
        </>
      )}
    </Section>
  );
}

export function ReminderFooter({ message }: { message: ReminderMessage }) {
  return (
    <Section>
      <Hr />
      <Text style={muted}>
        If the company has answered, record it on the request page and the reminders for it stop.
      </Text>
      <Text style={muted}>
        You get these emails because you track requests on RightsDesk.{" "}
        <Link href={message.settingsUrl}>Change when you get them</Link> or <Link href={message.unsubscribeUrl}>stop reminder emails</Link>.
      </Text>
    </Section>
  );
}
