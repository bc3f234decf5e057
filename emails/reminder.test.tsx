import { describe, expect, it } from "vitest";
import { reminderHeaders, reminderMessage } from "@/lib/reminders/content";
import { SAMPLE_REQUEST } from "@/lib/reminders/sample-request";
import { renderReminderEmail } from "./reminder";

const links = { appUrl: "https://rights.example.org", unsubscribeToken: "tok_123" };
const netflix = SAMPLE_REQUEST;

describe("reminder emails", () => {
  it("say what is due, by when, under which rule, with a button to the request, in both parts", async () => {
    const mail = await renderReminderEmail(reminderMessage("before-7d", [netflix], links, new Date("2026-03-26T09:00:00Z")));
    expect(mail.subject).toBe("Reminder: Netflix must answer by Thursday, 2 April 2026");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain("Access (a copy of my data); Deletion");
      expect(part).toContain("UK GDPR Art. 12(3), Art. 12A");
      expect(part).toContain("https://rights.example.org/requests/req1");
      expect(part).toContain("https://rights.example.org/settings/reminders");
      expect(part).toContain("https://rights.example.org/api/reminders/unsubscribe?token=tok_123");
    }
    expect(mail.text).not.toContain("follow-up");
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });

  it("carry a ready follow-up once the deadline has passed", async () => {
    const mail = await renderReminderEmail(reminderMessage("overdue-1d", [netflix], links, new Date("2026-04-03T08:00:00Z")));
    expect(mail.subject).toBe("Overdue: Netflix's answer was due on Thursday, 2 April 2026");
    expect(mail.text).toContain("Subject: Reminder: Subject access request");
    expect(mail.text).toContain("On 2 March 2026 I sent you a request");
    expect(mail.text).toContain("Ada Lovelace");
  });

  it("list several requests in a digest, counting what is due and what is overdue", async () => {
    const spotify = { ...netflix, id: "req2", serviceName: "Spotify", dueDate: "2026-04-09", dueAt: new Date("2026-04-09T22:59:59.999Z") };
    const mail = await renderReminderEmail(reminderMessage("digest", [netflix, spotify], links, new Date("2026-04-06T08:00:00Z")));
    expect(mail.subject).toBe("Your requests this week: 1 answer due soon, 1 overdue");
    expect(mail.text).toContain("https://rights.example.org/requests/req1");
    expect(mail.text).toContain("https://rights.example.org/requests/req2");
  });

  it("are written in the user's language, with its dates and words", async () => {
    const soon = await renderReminderEmail(reminderMessage("before-7d", [netflix], links, new Date("2026-03-26T09:00:00Z"), "de"));
    expect(soon.subject).toBe("Erinnerung: Netflix muss bis Donnerstag, 2. April 2026 antworten");
    expect(soon.html).toContain('lang="de"');
    expect(soon.text).toContain("Auskunft (eine Kopie meiner Daten); Löschung");
    expect(soon.text).toContain("Antrag öffnen");
    expect(soon.text).toContain("Erinnerungs-E-Mails abbestellen");
    const digest = await renderReminderEmail(reminderMessage("digest", [netflix], links, new Date("2026-03-30T09:00:00Z"), "de"));
    expect(digest.subject).toBe("Ihre Anträge diese Woche: 1 Antwort bald fällig");
    // An unknown language on the account reads as English, never as raw keys.
    expect((await renderReminderEmail(reminderMessage("before-7d", [netflix], links, new Date("2026-03-26T09:00:00Z"), "xx"))).subject).toBe(
      "Reminder: Netflix must answer by Thursday, 2 April 2026",
    );
  });

  it("have a stable Message-ID and one-click unsubscribe headers", () => {
    expect(reminderHeaders("rem1", links)).toEqual({
      "Message-ID": "<reminder.rem1@rights.example.org>",
      "List-Unsubscribe": "<https://rights.example.org/api/reminders/unsubscribe?token=tok_123>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    });
  });
});
