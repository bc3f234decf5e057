import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/english-issues";
import { parseDeadlineQuery } from "./schema";

describe("parseDeadlineQuery", () => {
  it("treats a page without parameters as an empty form", () => {
    expect(parseDeadlineQuery({}).status).toBe("empty");
  });

  it("turns a filled form into engine input, dropping blank event rows", () => {
    const query = parseDeadlineQuery({
      regime: "uk-gdpr",
      right: "access",
      receivedOn: "2025-09-03",
      timeZone: "",
      holidayRegion: " GB-SCT ",
      event1: "clarification-requested",
      event1On: "2025-09-10",
      event2: "",
      event2On: "",
    });
    expect(query).toMatchObject({
      status: "valid",
      input: {
        regime: "uk-gdpr",
        right: "access",
        receivedOn: "2025-09-03",
        holidayRegion: "GB-SCT",
        events: [{ type: "clarification-requested", on: "2025-09-10" }],
      },
    });
    expect(query.status === "valid" && "timeZone" in query.input).toBe(false);
  });

  it("reports each bad field with a message for the form", () => {
    const query = parseDeadlineQuery({ regime: "mars", right: "access", receivedOn: "03/09/2025", event2: "identity-requested" });
    expect(query.status).toBe("invalid");
    if (query.status !== "invalid") return;
    expect(inEnglish(query.errors.regime ?? "")).toMatch(/Choose a law/);
    expect(inEnglish(query.errors.receivedOn ?? "")).toMatch(/YYYY-MM-DD/);
    expect(inEnglish(query.errors.events ?? "")).toMatch(/^Event 2: Give both/);
    expect(query.errors.right).toBeUndefined();
    expect(query.values.receivedOn).toBe("03/09/2025");
  });

  it("takes the first of repeated parameters and rejects unknown event types", () => {
    const query = parseDeadlineQuery({ regime: ["ccpa", "lgpd"], right: "access", receivedOn: "2025-01-01", event1: "hacked", event1On: "2025-01-02" });
    expect(query.status === "invalid" && inEnglish(query.errors.events ?? "")).toMatch(/Event 1: Choose what happened/);
    expect(query.values.regime).toBe("ccpa");
  });
});
