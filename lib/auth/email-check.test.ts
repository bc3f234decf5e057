import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signInEmailProblem, SIGN_IN_EMAIL_MESSAGES } from "./email-check";
import { signInSchema } from "./schema";

describe("the sign-in form's own email check", () => {
  it("says what the server's schema says for empty, long and malformed addresses", () => {
    expect(signInEmailProblem("  ")).toBe(SIGN_IN_EMAIL_MESSAGES.empty);
    expect(signInEmailProblem(`${"a".repeat(250)}@example.org`)).toBe(SIGN_IN_EMAIL_MESSAGES.long);
    expect(signInEmailProblem("ada at example.org")).toBe(SIGN_IN_EMAIL_MESSAGES.shape);
    expect(signInEmailProblem("ada@localhost")).toBe(SIGN_IN_EMAIL_MESSAGES.shape);
    expect(signInEmailProblem(" ada@example.org ")).toBeNull();
  });

  it("never refuses an address the server accepts", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        if (signInSchema.safeParse({ email }).success) expect(signInEmailProblem(email)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
