import { describe, expect, it } from "vitest";
import { classifyReply } from "./classify";
import { PARTIAL_ANSWER_TEXT } from "./fixtures";
import { statedDate } from "./stated-dates";

describe("classifyReply", () => {
  it("reads an acknowledgement with a ticket number", () => {
    const result = classifyReply(
      "Hello,\n\nWe have received your request and it is being processed under ticket number 88213. We will respond within one month.\n\nBest,\nSupport",
    );
    expect(result.proposal).toEqual({ type: "acknowledged", quote: "We have received your request and it is being processed under ticket number 88213." });
  });

  it("reads a German acknowledgement", () => {
    const result = classifyReply(
      "Sehr geehrte Frau Beispiel,\n\nhiermit bestätigen wir den Eingang Ihrer Anfrage nach Art. 15 DSGVO vom 3. November 2026. Ihre Anfrage wird bearbeitet.",
    );
    expect(result.proposal?.type).toBe("acknowledged");
    expect(result.proposal?.quote).toContain("Eingang Ihrer Anfrage");
  });

  it("reads a request for proof of identity", () => {
    const result = classifyReply(
      "Before we can proceed, we need to verify your identity. Please send us a copy of your passport or another government-issued photo ID.",
    );
    expect(result.proposal).toEqual({ type: "identity-requested", quote: "Before we can proceed, we need to verify your identity." });
  });

  it("reads a German request for clarification", () => {
    const result = classifyReply(
      "Vielen Dank für Ihre Anfrage. Bitte präzisieren Sie, welche Daten genau Sie von uns erhalten möchten und um welches Konto es sich handelt.",
    );
    expect(result.proposal?.type).toBe("clarification-requested");
  });

  it("reads an extension with the new date it names", () => {
    const result = classifyReply(
      "Due to the complexity of your request, we need to extend the response period by a further two months, until 24 February 2027. We will send your data by then.",
    );
    expect(result.proposal).toMatchObject({ type: "extension-claimed", date: "2027-02-24", period: "two months" });
  });

  it("reads a German extension with a dotted date", () => {
    const result = classifyReply("Aufgrund der Vielzahl von Anträgen verlängern wir die Frist gemäß Art. 12 Abs. 3 DSGVO um zwei Monate bis zum 15.03.2027.");
    expect(result.proposal).toMatchObject({ type: "extension-claimed", date: "2027-03-15", period: "zwei Monate" });
  });

  it("reads a refusal with its stated ground", () => {
    const result = classifyReply("We are unable to comply with your request because we consider it manifestly unfounded and excessive.");
    expect(result.proposal).toMatchObject({ type: "refused", ground: "manifestly unfounded (Art. 12(5))" });
  });

  it("reads a German refusal that names no known ground", () => {
    const result = classifyReply("Leider müssen wir Ihren Antrag ablehnen, weil die Daten bereits archiviert sind.");
    expect(result.proposal).toMatchObject({ type: "refused", ground: "weil die Daten bereits archiviert sind." });
  });

  it("reads a delivery that leaves items out as a partial answer, and ignores the quoted request", () => {
    const result = classifyReply(PARTIAL_ANSWER_TEXT, [{ name: "export.zip", kind: "archive" }], 4);
    expect(result.proposal).toMatchObject({ type: "answer-received", completeness: "partial" });
    expect(result.findings.find((f) => f.kind === "data-delivered")?.quote).toBe(
      "Please find attached a copy of your personal data in the archive export.zip.",
    );
  });

  it("reads a complete delivery, and a German one announcing the rest", () => {
    expect(classifyReply("Please find attached the copy of your personal data.", [{ name: "data.json", kind: "json" }], 0).proposal).toMatchObject({
      type: "answer-received",
      completeness: "complete",
    });
    const german = classifyReply("Anbei erhalten Sie eine Kopie Ihrer Daten. Die restlichen Informationen reichen wir in den nächsten Tagen nach.");
    expect(german.proposal).toMatchObject({ type: "answer-received", completeness: "partial" });
  });

  it("proposes nothing for a text that says none of these things", () => {
    expect(classifyReply("Hello, this is an automated out-of-office reply.").proposal).toBeNull();
  });
});

describe("statedDate", () => {
  it("reads the formats replies use", () => {
    expect(statedDate("by March 3, 2027")).toBe("2027-03-03");
    expect(statedDate("bis 3. März 2027")).toBe("2027-03-03");
    expect(statedDate("until 2027-03-03")).toBe("2027-03-03");
    expect(statedDate("until 31.02.2027")).toBeNull();
  });
});
