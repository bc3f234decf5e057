import type { Authority, Regime, RegimeId, Source } from "../types";
import { usStateRegime, type UsStateLaw } from "./us-state";

// The state laws that took effect from October 2024 to January 2026. All follow the Virginia model:
// 45 days + 45 with notice, an appeal of a refusal, enforcement by the Attorney General.

const OPT_OUT = "Opt out of targeted advertising and the sale of personal data";
const PROFILING = "Opt out of profiling in furtherance of decisions with legal or similarly significant effects";

interface NewState {
  id: RegimeId;
  state: string;
  name: string;
  shortLabel: string;
  code: string;
  timeZone: string;
  rights: string;
  respond: string;
  appeal: { days: number; extraDays?: number; citation: string; estimate: boolean };
  counting: UsStateLaw["counting"];
  effective: string;
  attorneyGeneral: Authority;
  complaintCitation: string;
  sources: Source[];
  extra?: Partial<UsStateLaw["rights"]>;
}

function standard(law: NewState): Regime {
  const { rights: article } = law;
  return usStateRegime({
    id: law.id,
    state: law.state,
    code: law.code,
    name: law.name,
    shortLabel: law.shortLabel,
    timeZone: law.timeZone,
    respond: { days: 45, extraDays: 45, citation: law.respond },
    appeal: law.appeal,
    rights: {
      access: { title: "Right to confirm and access", article },
      correction: { title: "Right to correct", article },
      deletion: { title: "Right to delete", article },
      portability: { title: "Right to obtain a portable copy", article },
      "opt-out-sale": { title: OPT_OUT, article },
      "automated-decision": { title: PROFILING, article },
      ...law.extra,
    },
    counting: law.counting,
    effective: law.effective,
    attorneyGeneral: law.attorneyGeneral,
    complaintCitation: law.complaintCitation,
    sources: law.sources,
  });
}

const mt = "Mont. Code Ann. §30-14-2808";
export const usMt = standard({
  id: "us-mt",
  state: "US-MT",
  name: "Montana Consumer Data Privacy Act",
  shortLabel: "Montana (MCDPA)",
  code: "Montana Consumer Data Privacy Act, Mont. Code Ann. §30-14-2801 ff.",
  timeZone: "America/Denver",
  rights: mt,
  respond: mt,
  appeal: { days: 60, citation: mt, estimate: false },
  counting: {
    rollForward: true,
    citation: "Mont. Code Ann. §§1-1-306, 1-1-307",
    estimate: false,
    holidays: "Mont. Code Ann. §1-1-216",
    holidaysEstimate: false,
  },
  effective: "2024-10-01",
  attorneyGeneral: { location: "US-MT", name: "Montana Department of Justice, Office of Consumer Protection", url: "https://dojmt.gov/consumer/" },
  complaintCitation: "Mont. Code Ann. §30-14-2817",
  sources: [{ title: "Mont. Code Ann. Title 30, ch. 14, part 28", url: "https://leg.mt.gov/bills/mca/title_0300/chapter_0140/part_0280/sections_index.html" }],
});

const de = "Del. Code tit. 6, §12D-104";
export const usDe = standard({
  id: "us-de",
  state: "US-DE",
  name: "Delaware Personal Data Privacy Act",
  shortLabel: "Delaware (DPDPA)",
  code: "Delaware Personal Data Privacy Act, Del. Code tit. 6, ch. 12D",
  timeZone: "America/New_York",
  rights: de,
  respond: de,
  appeal: { days: 60, citation: de, estimate: false },
  counting: {
    rollForward: false,
    citation: "Del. Code tit. 1 (no general rule found that moves a statutory period)",
    estimate: true,
    holidays: "Del. Code tit. 1, §501",
    holidaysEstimate: true,
  },
  effective: "2025-01-01",
  attorneyGeneral: {
    location: "US-DE",
    name: "Delaware Department of Justice, Consumer Protection Unit",
    url: "https://attorneygeneral.delaware.gov/fraud/cpu/",
  },
  complaintCitation: "Del. Code tit. 6, §12D-111",
  sources: [{ title: "Del. Code tit. 6, ch. 12D", url: "https://delcode.delaware.gov/title6/c012d/index.html" }],
  extra: {
    access: {
      title: "Right to confirm and access",
      article: de,
      scopeNote: "The right includes a list of the categories of third parties to which the controller disclosed the consumer's personal data (§12D-104(a)(5))",
    },
  },
});

const nh = "RSA 507-H:4";
export const usNh = standard({
  id: "us-nh",
  state: "US-NH",
  name: "New Hampshire Privacy Act",
  shortLabel: "New Hampshire (NHPA)",
  code: "New Hampshire Privacy Act, RSA 507-H",
  timeZone: "America/New_York",
  rights: nh,
  respond: nh,
  appeal: { days: 60, citation: nh, estimate: false },
  counting: { rollForward: true, citation: "RSA 21:35 (product's reading)", estimate: true, holidays: "RSA 288:1", holidaysEstimate: true },
  effective: "2025-01-01",
  attorneyGeneral: {
    location: "US-NH",
    name: "New Hampshire Attorney General, Consumer Protection and Antitrust Bureau",
    url: "https://www.doj.nh.gov/citizens/consumer-protection-antitrust-bureau",
  },
  complaintCitation: "RSA 507-H:11",
  sources: [{ title: "RSA 507-H", url: "https://www.gencourt.state.nh.us/rsa/html/NHTOC/NHTOC-LII-507-H.htm" }],
});

const nj = "N.J.S.A. 56:8-166.7";
export const usNj = standard({
  id: "us-nj",
  state: "US-NJ",
  name: "New Jersey Data Privacy Act",
  shortLabel: "New Jersey (NJDPA)",
  code: "New Jersey Data Privacy Act, N.J.S.A. 56:8-166.4 ff.",
  timeZone: "America/New_York",
  rights: "N.J.S.A. 56:8-166.8",
  respond: nj,
  appeal: { days: 45, citation: `${nj}(c) ff.`, estimate: true },
  counting: { rollForward: true, citation: "N.J.S.A. 36:1-1.1 (product's reading)", estimate: true, holidays: "N.J.S.A. 36:1-1", holidaysEstimate: true },
  effective: "2025-01-15",
  attorneyGeneral: { location: "US-NJ", name: "New Jersey Division of Consumer Affairs", url: "https://www.njconsumeraffairs.gov" },
  complaintCitation: "N.J.S.A. 56:8-166.17",
  sources: [{ title: "New Jersey P.L. 2023, c. 266", url: "https://pub.njleg.state.nj.us/Bills/2022/PL23/266_.HTM" }],
});

const ne = "Neb. Rev. Stat. §87-1108";
export const usNe = standard({
  id: "us-ne",
  state: "US-NE",
  name: "Nebraska Data Privacy Act",
  shortLabel: "Nebraska (NDPA)",
  code: "Nebraska Data Privacy Act, Neb. Rev. Stat. §87-1101 ff.",
  timeZone: "America/Chicago",
  rights: "Neb. Rev. Stat. §87-1107",
  respond: ne,
  appeal: { days: 60, citation: ne, estimate: false },
  counting: {
    rollForward: false,
    citation: "Neb. Rev. Stat. §25-2221 moves only periods in actions and proceedings (product's reading)",
    estimate: true,
    holidays: "Neb. Rev. Stat. §25-2221",
    holidaysEstimate: true,
  },
  effective: "2025-01-01",
  attorneyGeneral: { location: "US-NE", name: "Nebraska Attorney General, Consumer Protection Division", url: "https://protectthegoodlife.nebraska.gov" },
  complaintCitation: "Neb. Rev. Stat. §87-1126",
  sources: [{ title: "Nebraska Data Privacy Act (LB 1074)", url: "https://nebraskalegislature.gov/laws/browse-chapters.php?chapter=87" }],
});

const tn = "Tenn. Code Ann. §47-18-3304";
export const usTn = standard({
  id: "us-tn",
  state: "US-TN",
  name: "Tennessee Information Protection Act",
  shortLabel: "Tennessee (TIPA)",
  code: "Tennessee Information Protection Act, Tenn. Code Ann. §47-18-3301 ff.",
  timeZone: "America/Chicago",
  rights: tn,
  respond: "Tenn. Code Ann. §47-18-3305",
  appeal: { days: 60, citation: "Tenn. Code Ann. §47-18-3305", estimate: false },
  counting: { rollForward: true, citation: "Tenn. Code Ann. §1-3-102", estimate: false, holidays: "Tenn. Code Ann. §15-1-101", holidaysEstimate: true },
  effective: "2025-07-01",
  attorneyGeneral: {
    location: "US-TN",
    name: "Tennessee Attorney General, Consumer Protection Division",
    url: "https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer-protection.html",
  },
  complaintCitation: "Tenn. Code Ann. §47-18-3308",
  sources: [{ title: "Tennessee Information Protection Act (Pub. Ch. 408, 2023)", url: "https://www.capitol.tn.gov/Bills/113/Bill/HB1181.pdf" }],
});

const mn = "Minn. Stat. §325M.14";
export const usMn = standard({
  id: "us-mn",
  state: "US-MN",
  name: "Minnesota Consumer Data Privacy Act",
  shortLabel: "Minnesota (MCDPA)",
  code: "Minnesota Consumer Data Privacy Act, Minn. Stat. §325M.10 ff.",
  timeZone: "America/Chicago",
  rights: mn,
  respond: mn,
  appeal: { days: 45, extraDays: 60, citation: mn, estimate: true },
  counting: { rollForward: true, citation: "Minn. Stat. §645.15", estimate: false, holidays: "Minn. Stat. §645.44 subd. 5", holidaysEstimate: true },
  effective: "2025-07-31",
  attorneyGeneral: { location: "US-MN", name: "Minnesota Attorney General", url: "https://www.ag.state.mn.us" },
  complaintCitation: "Minn. Stat. §325M.20",
  sources: [{ title: "Minn. Stat. ch. 325M", url: "https://www.revisor.mn.gov/statutes/cite/325M" }],
  extra: {
    access: {
      title: "Right to confirm and access",
      article: mn,
      scopeNote:
        "The consumer may also obtain a list of the specific third parties to which the controller disclosed the consumer's personal data (§325M.14 subd. 1)",
    },
    "automated-decision": {
      title:
        "Right to opt out of profiling, and to question the result of a profiling decision: to be told the reasons, to review the personal data used and to have a decision based on inaccurate data reconsidered",
      article: `${mn} subd. 1(f)-(g)`,
    },
  },
});

const md = "Md. Code, Com. Law §14-4705";
export const usMd = standard({
  id: "us-md",
  state: "US-MD",
  name: "Maryland Online Data Privacy Act",
  shortLabel: "Maryland (MODPA)",
  code: "Maryland Online Data Privacy Act, Md. Code, Com. Law §14-4701 ff.",
  timeZone: "America/New_York",
  rights: md,
  respond: md,
  appeal: { days: 60, citation: md, estimate: false },
  counting: {
    rollForward: true,
    citation: "Md. Code, Gen. Prov. §1-302 (product's reading)",
    estimate: true,
    holidays: "Md. Code, Gen. Prov. §1-111",
    holidaysEstimate: true,
  },
  effective: "2025-10-01",
  attorneyGeneral: {
    location: "US-MD",
    name: "Maryland Attorney General, Consumer Protection Division",
    url: "https://www.marylandattorneygeneral.gov/Pages/CPD/default.aspx",
  },
  complaintCitation: "Md. Code, Com. Law §14-4714",
  sources: [{ title: "Maryland Online Data Privacy Act (SB 541, 2024)", url: "https://mgaleg.maryland.gov/mgawebsite/Legislation/Details/sb0541?ys=2024RS" }],
});

const ind = "Ind. Code §24-15-3";
export const usIn = standard({
  id: "us-in",
  state: "US-IN",
  name: "Indiana Consumer Data Protection Act",
  shortLabel: "Indiana (ICDPA)",
  code: "Indiana Consumer Data Protection Act, Ind. Code art. 24-15",
  timeZone: "America/Indiana/Indianapolis",
  rights: ind,
  respond: ind,
  appeal: { days: 60, citation: ind, estimate: false },
  counting: {
    rollForward: false,
    citation: "Ind. Code art. 1-1 (no general rule found that moves a statutory period)",
    estimate: true,
    holidays: "Ind. Code §1-1-9-1",
    holidaysEstimate: true,
  },
  effective: "2026-01-01",
  attorneyGeneral: {
    location: "US-IN",
    name: "Indiana Attorney General, Consumer Protection Division",
    url: "https://www.in.gov/attorneygeneral/consumer-protection-division/",
  },
  complaintCitation: "Ind. Code §24-15-10",
  sources: [{ title: "Ind. Code art. 24-15", url: "https://iga.in.gov/laws/2024/ic/titles/24#24-15" }],
});

const ky = "KRS 367.3615";
export const usKy = standard({
  id: "us-ky",
  state: "US-KY",
  name: "Kentucky Consumer Data Protection Act",
  shortLabel: "Kentucky (KCDPA)",
  code: "Kentucky Consumer Data Protection Act, KRS 367.3611 ff.",
  timeZone: "America/New_York",
  rights: ky,
  respond: ky,
  appeal: { days: 60, citation: ky, estimate: false },
  counting: { rollForward: true, citation: "KRS 446.030(1)(a)", estimate: false, holidays: "KRS 2.110, 2.190", holidaysEstimate: true },
  effective: "2026-01-01",
  attorneyGeneral: {
    location: "US-KY",
    name: "Kentucky Attorney General, Office of Consumer Protection",
    url: "https://www.ag.ky.gov/Resources/Consumer-Resources",
  },
  complaintCitation: "KRS 367.3629",
  sources: [{ title: "Kentucky HB 15 (2024)", url: "https://apps.legislature.ky.gov/record/24rs/hb15.html" }],
});

const ri = "R.I. Gen. Laws §6-48.1-5";
export const usRi = standard({
  id: "us-ri",
  state: "US-RI",
  name: "Rhode Island Data Transparency and Privacy Protection Act",
  shortLabel: "Rhode Island (RIDTPPA)",
  code: "Rhode Island Data Transparency and Privacy Protection Act, R.I. Gen. Laws ch. 6-48.1",
  timeZone: "America/New_York",
  rights: ri,
  respond: ri,
  appeal: { days: 60, citation: ri, estimate: true },
  counting: {
    rollForward: false,
    citation: "R.I. Gen. Laws title 43 (no general rule found that moves a statutory period)",
    estimate: true,
    holidays: "R.I. Gen. Laws §25-1-1",
    holidaysEstimate: true,
  },
  effective: "2026-01-01",
  attorneyGeneral: {
    location: "US-RI",
    name: "Rhode Island Attorney General, Consumer Protection Unit",
    url: "https://riag.ri.gov/about-our-office/divisions-and-units/civil-division/consumer-protection",
  },
  complaintCitation: "R.I. Gen. Laws §6-48.1-8",
  sources: [{ title: "R.I. Gen. Laws ch. 6-48.1", url: "https://webserver.rilegislature.gov/Statutes/TITLE6/6-48.1/INDEX.htm" }],
});
