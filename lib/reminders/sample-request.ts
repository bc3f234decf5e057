import type { ReminderRequest } from "./content";

/** Ada's UK GDPR request to Netflix as a reminder reads it (testing.ts seeds the same one): for tests of what reminders say. */
export const SAMPLE_REQUEST: ReminderRequest = {
  id: "req1",
  regime: "uk-gdpr",
  dueDate: "2026-04-02",
  dueAt: new Date("2026-04-02T22:59:59.999Z"),
  serviceName: "Netflix",
  rights: ["access", "deletion"],
  sentOn: "2026-03-02",
  letterSubject: "Subject access request",
  language: "en",
  recipient: "privacy@netflix.example",
  requesterName: "Ada Lovelace",
  requesterEmail: "ada@example.org",
  status: null,
};
