import type { DeadlineRule, Regime, RightGrant } from "../types";

const access: DeadlineRule = {
  respond: {
    count: 30,
    unit: "calendar-days",
    rule: "Provide the information as a rule within 30 days of receipt",
    citation: "FADP Art. 25(7); DPO Art. 18",
    estimate: false,
  },
  extension: {
    kind: "open-ended",
    rule: "If the information cannot be given within 30 days, the controller must say so and say by when it will be given; the product knows no outer limit (unverified)",
    citation: "DPO Art. 18",
    estimate: true,
  },
  identity: {
    effect: "none",
    rule: "The FADP names no pause while the controller checks identity; the product keeps counting (product's reading)",
    citation: "FADP Art. 25(7); DPO Art. 16",
    estimate: true,
  },
  clarification: {
    effect: "none",
    rule: "The FADP names no pause while the controller asks what the request covers; the product keeps counting (product's reading)",
    citation: "FADP Art. 25(7)",
    estimate: true,
  },
};

const guide = (citation: string): DeadlineRule => ({
  ...access,
  respond: {
    ...access.respond,
    rule: "The law sets no period for this right; the product applies the 30 days for access as a guide (estimate)",
    citation,
    estimate: true,
  },
});

const grant = (right: RightGrant["right"], title: string, article: string, deadline: DeadlineRule): RightGrant => ({
  right,
  title,
  article: `FADP ${article}`,
  deadline,
});

export const chFadp: Regime = {
  id: "ch-fadp",
  name: "Swiss Federal Act on Data Protection (FADP) and Data Protection Ordinance (DPO)",
  shortLabel: "Switzerland (FADP)",
  appliesTo: ["CH"],
  defaultTimeZone: "Europe/Zurich",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0, 6],
      rule: "The last day is a Sunday, a Saturday or a recognised public holiday, so the time limit ends on the next working day",
      citation: "OR Art. 78(1); Federal Act on the Calculation of Time Limits Including Saturdays (SR 173.110.3) Art. 1",
      estimate: false,
    },
    holidays: {
      region: "CH",
      rule: "Public holidays of the place of performance count (OR Art. 78(1)); the controller's canton was not given, so the holidays common to Switzerland are assumed (product's reading). Choose e.g. CH-ZH for a controller in Zurich",
      citation: "OR Art. 78(1)",
      estimate: true,
    },
  },
  rights: [
    grant("access", "Right of access", "Art. 25", access),
    grant("portability", "Right to data delivery or transmission", "Art. 28", guide("FADP Art. 28; DPO Art. 20-22")),
    grant("correction", "Rectification of inaccurate data", "Art. 32(1)", guide("FADP Art. 32")),
    grant("deletion", "Deletion or destruction of data", "Art. 32(2)(c)", guide("FADP Art. 32")),
    grant("objection", "Objection to processing", "Art. 30(2)(b), Art. 32(2)", guide("FADP Art. 30, 32")),
    grant("automated-decision", "Right to state one's view and have an automated decision reviewed by a person", "Art. 21", guide("FADP Art. 21")),
  ],
  complaint: {
    rule: "Report to the Federal Data Protection and Information Commissioner (FDPIC)",
    citation: "FADP Art. 49",
    authorities: [{ location: "CH", name: "Federal Data Protection and Information Commissioner (FDPIC)", url: "https://www.edoeb.admin.ch" }],
  },
  sources: [{ title: "FADP (Fedlex)", url: "https://www.fedlex.admin.ch/eli/cc/2022/491/en" }],
};
