import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/english-issues";
import { bulkSchema } from "./bulk-schema";

const valid = {
  companies: ["schufa", "crifbuergel", "infoscore"],
  rights: ["access"],
  location: { country: "DE" },
  name: "Jana Muster",
  email: "jana@example.org",
  postalAddress: "",
};

describe("bulkSchema", () => {
  it("takes several companies with one set of answers", () => {
    expect(bulkSchema.parse(valid)).toMatchObject({ companies: ["schufa", "crifbuergel", "infoscore"], postalAddress: undefined, location: { country: "DE" } });
  });

  it("refuses duplicates, too many and none; a place without a law is no dead end", () => {
    const messages = (input: object) => bulkSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => inEnglish(i.message)) ?? [];
    expect(messages({ companies: ["schufa", "schufa"] })).toEqual(["Each company can be chosen once."]);
    expect(messages({ companies: Array.from({ length: 26 }, (_, i) => `c${i}`) })).toEqual(["Choose at most 25 companies at once."]);
    expect(messages({ companies: [] })).toEqual(["Choose at least one company."]);
    expect(messages({ location: { country: "ZZ" } })).toEqual([]);
    expect(messages({ companies: ["'; DROP TABLE"] })).toEqual(["Choose companies from the list."]);
  });
});
