import { Heading, Text } from "@react-email/components";
import type { ReminderMessage } from "@/lib/reminders/content";
import { EmailLayout } from "./layout";
import { ReminderFooter, ReminderItemBlock } from "./reminder-parts";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function reminderDigestSubject(message: ReminderMessage): string {
  const overdue = message.items.filter((item) => item.overdue).length;
  const soon = message.items.length - overdue;
  const parts = [soon ? `${plural(soon, "answer")} due soon` : "", overdue ? `${overdue} overdue` : ""].filter(Boolean);
  return `Your requests this week: ${parts.join(", ")}`;
}

export function ReminderDigestEmail({ message }: { message: ReminderMessage }) {
  return (
    <EmailLayout preview={reminderDigestSubject(message)}>
      <Heading as="h1" style={{ fontSize: 22 }}>Your requests this week</Heading>
      <Text>
        Deadlines in the next two weeks and the ones that passed in the last week, soonest first.
      </Text>
      {message.items.map((item) => (
        <ReminderItemBlock key={item.requestUrl} item={item} level={3} />
      ))}
      <ReminderFooter message={message} />
    </EmailLayout>
  );
}
