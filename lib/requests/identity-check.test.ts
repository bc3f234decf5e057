import { describe, expect, it } from "vitest";
import { identityClashes } from "./identity-check";

const details = { name: "Ada", email: "new@example.org" };

describe("identityClashes", () => {
  it("warns when the account is named by the address the correction asks to set", () => {
    const [warning] = identityClashes(details, [{ field: "Email address", currentValue: "old@example.org", correctValue: "New@Example.org" }], "Netflix");
    expect(warning).toMatch(/finds your account by the account's email address, new@example.org/);
    expect(warning).toMatch(/knows the account by the old one \(old@example.org\)/);
  });

  it("is quiet when the account is named by the old address, or nothing identifying is corrected", () => {
    expect(
      identityClashes(
        { ...details, accountEmail: "old@example.org" },
        [{ field: "Email", currentValue: "old@example.org", correctValue: "new@example.org" }],
        "Netflix",
      ),
    ).toEqual([]);
    expect(identityClashes(details, [{ field: "City", currentValue: "Bonn", correctValue: "Köln" }], "Netflix")).toEqual([]);
    expect(identityClashes(details, undefined, "Netflix")).toEqual([]);
  });

  it("covers the username and other identifiers", () => {
    const clashes = identityClashes(
      { ...details, username: "ada2", otherIdentifiers: [{ label: "Customer number", value: "42" }] },
      [
        { field: "Username", currentValue: "ada1", correctValue: "ada2" },
        { field: "Customer number", currentValue: "41", correctValue: "42" },
      ],
      "Shop",
    );
    expect(clashes).toHaveLength(2);
  });
});
