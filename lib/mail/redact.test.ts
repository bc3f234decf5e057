import { describe, expect, it } from "vitest";
import { maskEmail } from "./redact";

describe("masked addresses", () => {
  it("keeps only the first letter and the domain of an address", () => {
    expect(maskEmail("jane.doe@example.org")).toBe("j***@example.org");
    expect(maskEmail("nonsense")).toBe("***");
  });
});
