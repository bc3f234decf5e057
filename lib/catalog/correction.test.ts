import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/english-issues";
import { findCompany } from "./companies";
import { applyCorrection, correctionAsDatasetRecord } from "./correction-export";
import { correctionSchema } from "./correction-schema";
import { datasetCompanySchema } from "./schema";

const schufa = findCompany("schufa")!.contact!;

describe("correctionSchema", () => {
  it("takes an address, an email, or both, and refuses what would bounce or not print", () => {
    expect(correctionSchema.parse({ address: "Postfach 1\r\n65201 Wiesbaden\r\nDeutschland", email: "" })).toEqual({
      address: "Postfach 1\n65201 Wiesbaden\nDeutschland",
    });
    const messages = (input: object) => correctionSchema.safeParse(input).error?.issues.map((i) => inEnglish(i.message)) ?? [];
    expect(messages({ address: "", email: "" })).toEqual(["Correct the address, the email address, or both."]);
    expect(messages({ email: "not an address" })).toEqual(["That is not a valid email address."]);
    expect(messages({ address: "one line only" })).toEqual(["Give the address on several lines, the country on the last."]);
    expect(messages({ address: "a\nb\u0007" })).toEqual(["The address contains a control character (such as a tab); please retype it."]);
  });
});

describe("a correction", () => {
  const correction = {
    companySlug: "schufa",
    address: "Postfach 10 34 41\n50474 Köln\nDeutschland",
    email: "neu@schufa.example",
    note: "Mail bounced",
    updatedAt: new Date(0),
  };

  it("changes only the corrected facts for the user's letters", () => {
    const fixed = applyCorrection(schufa, correction);
    expect(fixed).toMatchObject({ name: "SCHUFA Holding AG", address: correction.address, email: "neu@schufa.example", sources: schufa.sources });
    expect(applyCorrection(schufa, null)).toBe(schufa);
  });

  it("exports as a record the dataset's own schema accepts", () => {
    const record = correctionAsDatasetRecord(schufa, correction);
    expect(datasetCompanySchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({ slug: "schufa", email: "neu@schufa.example", comments: expect.arrayContaining(["Mail bounced"]) });
  });
});
