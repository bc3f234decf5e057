import type { DeadlineRule, Regime, RightGrant } from "../types";

const access: DeadlineRule = {
  respond: {
    count: 15,
    unit: "calendar-days",
    rule: "A clear and complete declaration within 15 days of the request. Whether these are calendar or business days is unverified: the product counts calendar days",
    citation: "LGPD (Lei 13.709/2018) Art. 19, II",
    estimate: true,
  },
  identity: {
    effect: "none",
    rule: "The LGPD names no pause while the controller checks identity; the product keeps counting (product's reading)",
    citation: "LGPD Art. 19",
    estimate: true,
  },
  clarification: {
    effect: "none",
    rule: "The LGPD names no pause while the controller asks what the request covers; the product keeps counting (product's reading)",
    citation: "LGPD Art. 19",
    estimate: true,
  },
};

// Art. 18 §5 leaves the period for the other rights to regulation; Art. 19's 15 days serve as a guide.
const otherRights: DeadlineRule = {
  ...access,
  respond: {
    ...access.respond,
    rule: "The law leaves the period for this right to regulation; the product applies the 15 days of Art. 19 as a guide (estimate)",
    citation: "LGPD Art. 18 §5, Art. 19, II",
  },
};

const grant = (right: RightGrant["right"], title: string, article: string, deadline = otherRights): RightGrant => ({
  right,
  title,
  article: `LGPD ${article}`,
  deadline,
});

export const lgpd: Regime = {
  id: "lgpd",
  name: "Lei Geral de Proteção de Dados Pessoais (Lei 13.709/2018)",
  shortLabel: "Brazil (LGPD)",
  appliesTo: ["BR"],
  defaultTimeZone: "America/Sao_Paulo",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0, 6],
      rule: "The period ends on a holiday, so it is extended to the next business day (dia útil). The product treats Saturday and Sunday as days off too, as Brazilian practice does (product's reading)",
      citation: "Código Civil (Lei 10.406/2002) art. 132 §1",
      estimate: true,
    },
    holidays: {
      region: "BR",
      rule: "Brazil's national holidays (Lei 662/1949 and later acts); state and municipal holidays where the controller acts may add days (product's reading)",
      citation: "Lei 662/1949; Lei 6.802/1980; Lei 10.607/2002; Lei 14.759/2023; Lei 9.093/1995",
      estimate: true,
    },
  },
  rights: [
    grant("access", "Confirmation of processing and access to data", "Art. 18, I-II; Art. 19", access),
    grant("correction", "Correction of incomplete, inaccurate or outdated data", "Art. 18, III"),
    grant("restriction", "Anonymisation or blocking of unnecessary or excessive data", "Art. 18, IV"),
    grant("deletion", "Deletion of unnecessary data and of data processed with consent", "Art. 18, IV and VI"),
    grant("portability", "Portability to another provider", "Art. 18, V"),
    grant("objection", "Objection to processing in breach of the law", "Art. 18 §2"),
    grant("automated-decision", "Review of decisions taken solely on automated processing", "Art. 20"),
  ],
  complaint: {
    rule: "Petition the national data protection authority (ANPD)",
    citation: "LGPD Art. 18 §1, Art. 55-J",
    authorities: [{ location: "BR", name: "Autoridade Nacional de Proteção de Dados (ANPD)", url: "https://www.gov.br/anpd" }],
  },
  sources: [{ title: "Lei 13.709/2018 (Planalto)", url: "https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm" }],
};
