import { describe, expect, it } from "vitest";
import { extractPolicy } from "./extract";
import { proposeRecord } from "./propose-record";
import { sentenceAround } from "./text-spans";
import type { Proposal, ProposalKind } from "./types";

// Round three (issue 12): the general cases read from the six files that moved from held-out to
// development. Every sentence here is our own wording of a case, not a policy's text.
const of = <K extends ProposalKind>(ps: Proposal[], kind: K) => ps.filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
const read = (text: string) => extractPolicy(text, { format: "markdown" }).proposals;
const rights = (text: string) => of(read(text), "right").map((r) => `${r.right}:${r.regimes.join("+") || "none"}`);
const kinds = (text: string) => [...new Set(of(read(text), "right").map((r) => r.right))].sort();
const meta = { documentId: "d", serviceSlug: "s", serviceName: "S", versionId: "v", versionLabel: "v" };
const record = (text: string, domains: string[] = ["example.com"]) =>
  proposeRecord(extractPolicy(text, { format: "markdown" }), meta, { serviceDomains: domains });
const pages = (text: string) => record(text).selfService.map((p) => p.url);

describe("rights offered in other words", () => {
  it("reads 'your ability to', 'ways for you to' and 'if you would like to'", () => {
    expect(kinds("Here we honour your ability to see, access, fix, transfer, restrict the processing of, and delete your personal data.")).toEqual([
      "access",
      "deletion",
      "portability",
      "restriction",
    ]);
    expect(kinds("The app gives ways for you to access and delete your account information.")).toEqual(["access", "deletion"]);
    expect(kinds("If you would like to delete your account, open the settings page.")).toEqual(["deletion"]);
  });

  it("reads a list run into one sentence, its items parted by semicolons", () => {
    const text =
      "You have a right to: (1) ask for a copy of all your personal data we hold and transmit that copy to another provider; (2) erase (see below) or amend your personal data; (3) restrict, or object to, the processing of your data.";
    expect(kinds(text)).toEqual(["correction", "deletion", "objection", "portability", "restriction"]);
    expect(kinds("You have a right to request a copy of all of your personal data.")).toEqual(["access"]);
  });

  it("reads a heading that opens with what the person does to their own data", () => {
    expect(kinds("## Remove or export your information\n\nThe tools are in the app.")).toEqual(["deletion", "portability"]);
    expect(kinds("**Access your data**\n\nOpen the menu.")).toEqual(["access"]);
    expect(kinds("Transférer, télécharger ou supprimer vos informations\n\nVoici comment.")).toEqual(["deletion", "portability"]);
    expect(kinds("## How we delete your information\n\nWe erase backups.")).toEqual([]);
  });

  it("reads a clause before a list, opting out of processing and preventing it", () => {
    expect(kinds("Here you can limit certain types of processing of your information:\n\n*   who can message you")).toEqual(["restriction"]);
    expect(kinds("To use your right to opt out of processing, go to the settings.")).toEqual(["objection"]);
    expect(kinds("Depending on where you live, you may ask us to:\n\n* Prevent the processing of your information for marketing")).toEqual(["objection"]);
    expect(rights("Our users hold a right to limit the processing of their personal data.")).toEqual(["restriction:none"]);
  });

  it("reads porting, a machine-readable copy, 'require us to' and objection named in a list", () => {
    expect(kinds("You have the right to access, rectify, port, and erase your information.")).toEqual(["access", "correction", "deletion", "portability"]);
    expect(kinds("You may have a right to receive a machine-readable copy of your data.")).toEqual(["portability"]);
    expect(kinds("You can require us to correct mistakes in your personal data.")).toEqual(["correction"]);
    expect(kinds("**Access, objection, and restriction of your information**\n\nWrite to us.")).toEqual(["access", "objection", "restriction"]);
    expect(kinds("We use a port for the connection to your data.")).toEqual([]);
  });
  it("reads French and German wordings of the same", () => {
    expect(kinds("Nous proposons des outils pour consulter et supprimer vos informations.")).toEqual(["access", "deletion"]);
    expect(kinds("Comment pouvez-vous supprimer vos données ?")).toEqual(["deletion"]);
    expect(kinds("Hier können Sie Ihre Daten löschen oder herunterladen.")).toEqual(["deletion", "portability"]);
  });

  it("does not read a right into what the service does, a refusal's example or another object", () => {
    expect(kinds("We keep your files on our servers so that you can access your data on every device.")).toEqual([]);
    expect(kinds("You may remove the app's access to your calendar at any time.")).toEqual([]);
    expect(kinds("You can open the settings to change the period after which an idle account is closed.")).toEqual([]);
    expect(kinds("We may be unable to grant your request, for instance if you ask us to delete records the law makes us keep.")).toEqual([]);
    expect(kinds("We do not process sensitive data in ways that would give you a right to limit processing under state law.")).toEqual([]);
    expect(kinds("You can change your account details at any time.")).toEqual(["correction"]);
  });
});

describe("laws, regulators, refusals and identity checks", () => {
  const regimes = (text: string) => [...new Set(of(read(text), "jurisdiction").map((j) => j.regime))].sort();
  it("reads the UK GDPR spelled out as the UK's law only", () => {
    expect(regimes("Our UK representative acts under the UK General Data Protection Regulation (UK GDPR).")).toEqual(["uk-gdpr"]);
    expect(regimes("We follow the General Data Protection Regulation (GDPR).")).toEqual(["eu-gdpr"]);
  });
  it("reads state-specific privacy disclosures as US state laws, and general compliance with state law as none", () => {
    expect(regimes("## More State-Specific Privacy Disclosures")).toEqual(["us-states"]);
    expect(regimes("We may keep records to comply with U.S. state and federal law.")).toEqual([]);
  });
  it("does not read the place a representative serves as a law the policy speaks to", () => {
    expect(regimes("If you reside in the United Kingdom, you can also contact Rep Co, our appointed representative.")).toEqual([]);
    expect(regimes("If you reside in the United Kingdom, you have the rights below.")).toEqual(["uk-gdpr"]);
  });
  it("reads a place named with who controls the data as the law of that place", () => {
    expect(regimes("Data of people in the European Economic Area is controlled by Example Europe Limited.")).toEqual(["eu-gdpr"]);
  });
  it("reads a regulator pointed at without its name, in English and French", () => {
    const unnamed = (text: string) => of(read(text), "authority").filter((a) => a.key === "unnamed").length;
    expect(unnamed("You may also lodge a complaint with the relevant regulator.")).toBe(1);
    expect(unnamed("Vous pouvez aussi contacter votre autorité chargée de la protection des données.")).toBe(1);
  });
  it("reads refusals that say they cannot grant or delete", () => {
    const declines = (text: string) => of(read(text), "decline-ground").length;
    expect(declines("Sometimes we cannot grant your request.")).toBe(1);
    expect(declines("We may decline to grant a request that would harm others.")).toBe(1);
    expect(declines("In a few cases we will be unable to delete your account.")).toBe(1);
  });
  it("reads limits on rights, a request kept regardless, a legal duty to keep data and a cap on requests as grounds to refuse", () => {
    const declines = (text: string) => of(read(text), "decline-ground").length;
    expect(declines("Your rights may be subject to certain exceptions set by law.")).toBe(1);
    expect(declines("We may keep some records regardless of your request to erase them.")).toBe(1);
    expect(declines("If your request is denied, we will tell you why.")).toBe(1);
    expect(declines("We may be under a legal obligation to keep some records even if you close your account.")).toBe(1);
    expect(declines("You can ask for a copy up to two (2) requests per calendar year.")).toBe(1);
    expect(declines("We are required by law to retain invoices for ten years.")).toBe(0);
    expect(declines("Sie haben das Recht auf Auskunft.")).toBe(0);
  });
  it("reads an identity check worded as what will happen to it", () => {
    const checks = (text: string) => of(read(text), "identity-verification").length;
    expect(checks("To make a request, sign in and your identity will be verified.")).toBe(1);
    expect(checks("We may ask you for more details for the purpose of confirming your identity before answering a request.")).toBe(1);
    expect(checks("We will answer your request only once your identity has been verified.")).toBe(1);
    expect(checks("Before acting on requests we verify the identity of the requester.")).toBe(1);
    expect(checks("For your request we may need more information for verification.")).toBe(1);
    expect(checks("Payments need more information for verification.")).toBe(0);
  });
});

describe("fees", () => {
  it("reads 'you will not have to pay a fee' as free", () => {
    expect(record("You will not have to pay a fee to access your personal data.").fees.map((f) => f.summary)).toEqual([
      "The policy says requests are free of charge.",
    ]);
  });
});

describe("addresses, companies, dates and sentences", () => {
  const addresses = (text: string) => of(read(text), "postal-address").map((p) => [p.address, p.contact]);
  it("reads multi-word and French countries, a Dutch postcode, an ordinal floor, and a comma ending its line", () => {
    expect(addresses("Write to us at Example Ltd, 12 River Road \n\nLeeds LS1 4AP United Kingdom")).toEqual([
      ["12 River Road, Leeds LS1 4AP United Kingdom", true],
    ]);
    expect(addresses("Contact: Example BV, Havenstraat 12  \n3011 AB Rotterdam,  \nNetherlands")).toEqual([
      ["Havenstraat 12, 3011 AB Rotterdam, Netherlands", true],
    ]);
    expect(addresses("Send mail to our office at 20 Pine Street, 3rd Floor, Springfield, IL 62701")).toEqual([
      ["20 Pine Street, 3rd Floor, Springfield, IL 62701", true],
    ]);
    expect(addresses("Écrivez-nous :\n\nExemple Inc.\n\n1 Main Way\n\nSpringfield, IL 62701, États-Unis")).toEqual([
      ["1 Main Way, Springfield, IL 62701, États-Unis", true],
    ]);
  });
  it("reads contact words above a company name and an attention line in paragraphs of their own", () => {
    expect(addresses("Its postal address is:\n\nExample Representative Limited with a long name \n\n8 Harbour Row \n\nLondon SE1 9AA")).toEqual([
      ["8 Harbour Row, London SE1 9AA", true],
    ]);
  });
  it("reads a short name the policy defines, and the author naming itself", () => {
    const entities = (text: string) => of(read(text), "legal-entity").map((e) => [e.name, e.role]);
    expect(entities("This policy explains how we, Example Chat Inc. (“Example”), use data. In the EEA, Example is the data controller.")).toEqual([
      ["Example Chat Inc.", "operator"],
      ["Example Chat Inc.", "controller"],
    ]);
    expect(record("Example Labs Ltd (“we”, “us”) runs this site.").legalEntity?.name).toBe("Example Labs Ltd");
    expect(record('Example Chat Limited ("Chat," "our," "we," or "us") runs the app.').legalEntity?.name).toBe("Example Chat Limited");
    expect(record("This policy covers Example.com, Inc. (collectively, “**Example**,” “**we**,” or “**us**”).").legalEntity?.name).toBe("Example.com, Inc.");
    expect(record("When we say “we”, we are referring to Example, Inc. and its brands.").legalEntity?.name).toBe("Example, Inc.");
    expect(record("Welcome to Example Inc.’s Privacy Policy.").legalEntity?.name).toBe("Example Inc.");
    expect(record("Example Labs, Inc. is a Delaware corporation based in Springfield.").legalEntity?.name).toBe("Example Labs, Inc.");
    expect(record("Example Inc.  \nAttn: Privacy  \n1 Main Way  \nSpringfield, IL 62701").legalEntity).toBeNull();
  });
  it("reads a company with an ampersand or an unlimited company's form, and one that controls the processing", () => {
    const names = (text: string) => of(read(text), "legal-entity").map((e) => e.name);
    expect(names("Example News & Media Limited, 1 Main Way, London N1 9AA is the data controller.")).toEqual(["Example News & Media Limited"]);
    expect(names("In some countries Example Ireland Unlimited Company will be the controller.")).toEqual(["Example Ireland Unlimited Company"]);
    expect(names("Example Travel B.V. controls the processing of personal data.")).toEqual(["Example Travel B.V."]);
  });
  it("reads the latest entry of a change log when no date is labelled", () => {
    const dates = of(read("Changes\n\n**March 3, 2021**\n\n* Added a section.\n\n**May 9, 2024**\n\n* Updated a section."), "effective-date");
    expect(dates.map((d) => [d.date, d.span.quote])).toEqual([["2024-05-09", "**May 9, 2024**"]]);
    expect(of(read("**May 9, 2024**\n\nOne date alone is no change log."), "effective-date")).toEqual([]);
    expect(of(read("Last updated: May 1, 2020\n\n**March 3, 2021**\n\n**May 9, 2024**"), "effective-date").map((d) => d.date)).toEqual(["2020-05-01"]);
  });
  it("ends a sentence after 'etc.' before a capital, and not before a small letter", () => {
    const text = "We keep logs, devices, etc. If kept, logs last a year. Files, etc. are kept too.";
    expect(sentenceAround(text, text.indexOf("If"), text.indexOf("If") + 2).quote).toBe("If kept, logs last a year.");
    expect(sentenceAround(text, text.indexOf("are"), text.indexOf("are") + 3).quote).toBe("Files, etc. are kept too.");
  });
});

describe("self-service pages", () => {
  it("does not take the site's home page, a document's path or a representative's form for a tool", () => {
    expect(pages("To delete your profile on [www.example.com](https://www.example.com/) go to [the page](https://www.example.com/user/delete).")).toEqual([
      "https://www.example.com/user/delete",
    ]);
    expect(pages("Manage your data at [privacy.example.com](https://privacy.example.com/).")).toEqual(["https://privacy.example.com/"]);
    expect(pages("You can exercise rights as set out in the [regional details](https://example.com/terms/regional).")).toEqual([]);
    expect(pages("[Download your information](https://example.com/privacy/policy/?dialog=download)")).toEqual([
      "https://example.com/privacy/policy/?dialog=download",
    ]);
    expect(
      pages("We appointed Rep Co as our representative in the EU. You can reach it with this contact form: [form](https://rep.example.org/contact-form)."),
    ).toEqual([]);
    expect(pages("Please fill out this [webform](https://forms.example.org/privacy-request) to make a request.")).toEqual([
      "https://forms.example.org/privacy-request",
    ]);
  });
  it("reads a request form by its address, and a bare 'click here' with the sentence before it", () => {
    expect(pages("To exercise your rights, please click [here](https://portal.example.org/webform/abc-123).")).toEqual([
      "https://portal.example.org/webform/abc-123",
    ]);
    expect(pages("To read our story, click [here](https://portal.example.org/webform/abc-123).")).toEqual([]);
    expect(pages("*   erase your whole profile. Click [here](https://help.example.com/erasing-a-profile) for the steps.")).toEqual([
      "https://help.example.com/erasing-a-profile",
    ]);
    expect(pages("*   see our history. Click [here](https://help.example.com/history) for the story.")).toEqual([]);
  });
});

describe("hostile input to this round's rules", () => {
  it("bounds the work on defined names, controller sentences, change-log lines, headings and inline lists repeated thousands of times", () => {
    const text = [
      "Example A Inc. (“Alpha”) and Example B Ltd (“Beta”). ".repeat(200),
      "Alpha is the data controller. ".repeat(5_000),
      "**May 9, 2024**\n\n".repeat(5_000),
      "## Delete your data\n\n".repeat(5_000),
      `You have a right to: ${"delete your data; ".repeat(5_000)}`,
    ].join("\n\n");
    const started = Date.now();
    const x = extractPolicy(text, { format: "markdown" });
    expect(of(x.proposals, "legal-entity").length).toBeLessThanOrEqual(5_001);
    expect(of(x.proposals, "effective-date")).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);
});
