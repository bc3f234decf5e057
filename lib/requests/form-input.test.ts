import { createTranslator, type Messages } from "next-intl";
import { loadMessages } from "@/lib/i18n/catalog";
import { describe, expect, it } from "vitest";
import { formDataToInput } from "./form-input";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("formDataToInput", () => {
  it("collects repeated names into an array and gives an empty one when none is checked", () => {
    expect(
      formDataToInput(
        form([
          ["rights", "access"],
          ["rights", "deletion"],
        ]),
        { arrays: ["rights"] },
      ),
    ).toEqual({ rights: ["access", "deletion"] });
    expect(formDataToInput(form([]), { arrays: ["rights"] })).toEqual({ rights: [] });
  });

  it("builds nested objects and lists from react-hook-form paths", () => {
    const input = formDataToInput(
      form([
        ["deletion.scope", "parts"],
        ["correction.0.field", "Name"],
        ["correction.1.field", "City"],
        ["other.0", "42"],
      ]),
    );
    expect(input).toEqual({ deletion: { scope: "parts" }, correction: [{ field: "Name" }, { field: "City" }], other: ["42"] });
  });

  it("reads single checkboxes as booleans, absent as false", () => {
    expect(formDataToInput(form([["useSaved", "on"]]), { booleans: ["useSaved", "remember"] })).toEqual({ useSaved: true, remember: false });
  });

  it("drops framework fields and names that would reach the prototype", () => {
    const input = formDataToInput(
      form([
        ["$ACTION_ID_abc", ""],
        ["__proto__.polluted", "yes"],
        ["a.constructor.prototype.x", "1"],
        ["email", "a@b.example"],
      ]),
    );
    expect(input).toEqual({ email: "a@b.example" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps the first value of a repeated single field", () => {
    expect(
      formDataToInput(
        form([
          ["country", "DE"],
          ["country", "FR"],
        ]),
      ),
    ).toEqual({ country: "DE" });
  });
});

describe("retryText", () => {
  it("knows only the refusal codes, never echoes the address bar", async () => {
    const { retryText: retry } = await import("./components/step-failure");
    const t = createTranslator({ locale: "en", messages: loadMessages("en") as unknown as Messages, namespace: "wizard" });
    const retryText = (code: string | null) => retry(code, t);
    expect(retryText("invalid")).toMatch(/missing or need fixing/);
    expect(retryText("not-found")).toMatch(/no longer exists/);
    expect(retryText("Your account is locked: call 0900…")).toBeNull();
    expect(retryText("__proto__")).toBeNull();
    expect(retryText(null)).toBeNull();
  });
});
