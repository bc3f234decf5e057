import type { Regime } from "../types";
import { usStateRegime } from "./us-state";

const OPT_OUT = "Opt out of targeted advertising and the sale of personal data";
const PROFILING = "Opt out of profiling in furtherance of decisions with legal or similarly significant effects";

const va = "Va. Code §59.1-577";
export const usVa: Regime = usStateRegime({
  id: "us-va",
  state: "US-VA",
  code: "Virginia Consumer Data Protection Act, Va. Code §59.1-575 ff.",
  name: "Virginia Consumer Data Protection Act",
  shortLabel: "Virginia (VCDPA)",
  timeZone: "America/New_York",
  respond: { days: 45, extraDays: 45, citation: va },
  appeal: { days: 60, citation: va, estimate: false },
  rights: {
    access: { title: "Right to confirm and access", article: va },
    correction: { title: "Right to correct", article: va },
    deletion: { title: "Right to delete", article: va },
    portability: { title: "Right to obtain a portable copy", article: va },
    "opt-out-sale": { title: OPT_OUT, article: va },
    "automated-decision": { title: PROFILING, article: va },
  },
  counting: {
    rollForward: false,
    citation: "Va. Code §1-210(B)-(C) (moves only deadlines for court filings and acts at public offices)",
    estimate: false,
    holidays: "Va. Code §2.2-3300",
    holidaysEstimate: true,
  },
  effective: "2023-01-01",
  complaintCitation: "Va. Code §59.1-584",
  attorneyGeneral: { location: "US-VA", name: "Office of the Attorney General of Virginia", url: "https://www.oag.state.va.us" },
  sources: [{ title: "Va. Code §59.1-577", url: "https://law.lis.virginia.gov/vacode/title59.1/chapter53/section59.1-577/" }],
});

const co = "C.R.S. §6-1-1306";
export const usCo: Regime = usStateRegime({
  id: "us-co",
  state: "US-CO",
  code: "Colorado Privacy Act, C.R.S. §6-1-1301 ff.",
  name: "Colorado Privacy Act",
  shortLabel: "Colorado (CPA)",
  timeZone: "America/Denver",
  respond: { days: 45, extraDays: 45, citation: co },
  appeal: { days: 45, extraDays: 60, citation: co, estimate: true },
  rights: {
    access: { title: "Right of access", article: co },
    correction: { title: "Right to correction", article: co },
    deletion: { title: "Right to deletion", article: co },
    portability: { title: "Right to data portability", article: co },
    "opt-out-sale": { title: OPT_OUT, article: co },
    "automated-decision": { title: PROFILING, article: co },
  },
  counting: { rollForward: true, citation: "C.R.S. §2-4-108(2)", estimate: false, holidays: "C.R.S. §24-11-101", holidaysEstimate: true },
  effective: "2023-07-01",
  complaintCitation: "C.R.S. §6-1-1311",
  attorneyGeneral: { location: "US-CO", name: "Colorado Attorney General", url: "https://coag.gov" },
  sources: [{ title: "Colorado Attorney General: Colorado Privacy Act", url: "https://coag.gov/resources/colorado-privacy-act/" }],
});

const ct = "Conn. Gen. Stat. §42-518";
export const usCt: Regime = usStateRegime({
  id: "us-ct",
  state: "US-CT",
  code: "Connecticut Data Privacy Act, Conn. Gen. Stat. §42-515 ff.",
  name: "Connecticut Data Privacy Act",
  shortLabel: "Connecticut (CTDPA)",
  timeZone: "America/New_York",
  respond: { days: 45, extraDays: 45, citation: ct },
  appeal: { days: 60, citation: ct, estimate: false },
  rights: {
    access: {
      title: "Right to confirm and access",
      article: ct,
      scopeNote:
        "From 1 July 2026 the right also covers the third parties to which the controller sold the consumer's personal data (Public Act 25-113, amending §42-518; product's reading of the amendment)",
    },
    correction: { title: "Right to correct", article: ct },
    deletion: { title: "Right to delete", article: ct },
    portability: { title: "Right to obtain a portable copy", article: ct },
    "opt-out-sale": { title: OPT_OUT, article: ct },
    "automated-decision": {
      title: PROFILING,
      article: ct,
      scopeNote:
        "From 1 July 2026 a consumer may also question the result of a profiling decision, be told the reasons and review the personal data used (Public Act 25-113; product's reading of the amendment)",
    },
  },
  counting: {
    rollForward: false,
    citation: "Conn. Gen. Stat. §1-1 ff. (no general rule found that moves a statutory period)",
    estimate: true,
    holidays: "Conn. Gen. Stat. §1-4",
    holidaysEstimate: true,
  },
  effective: "2023-07-01",
  complaintCitation: "Conn. Gen. Stat. §42-525",
  attorneyGeneral: { location: "US-CT", name: "Connecticut Attorney General", url: "https://portal.ct.gov/ag" },
  sources: [{ title: "Connecticut Attorney General", url: "https://portal.ct.gov/ag" }],
});

const utRights = "Utah Code §13-61-201";
const ut = "Utah Code §13-61-203";
export const usUt: Regime = usStateRegime({
  id: "us-ut",
  state: "US-UT",
  code: "Utah Consumer Privacy Act, Utah Code §13-61-101 ff.",
  name: "Utah Consumer Privacy Act",
  shortLabel: "Utah (UCPA)",
  timeZone: "America/Denver",
  respond: { days: 45, extraDays: 45, citation: ut },
  // No appeal of a refusal; the right to correct arrives on 1 July 2026 (H.B. 418, 2025).
  rights: {
    access: { title: "Right to confirm and access", article: utRights },
    correction: { title: "Right to correct", article: `${utRights}(4), as amended by H.B. 418 (2025)`, inForceFrom: "2026-07-01" },
    deletion: {
      title: "Right to delete",
      article: `${utRights}(2)`,
      scopeNote: "The right covers the personal data the consumer provided to the controller",
      dataScope: "provided-by-consumer",
    },
    portability: { title: "Right to obtain a portable copy", article: utRights },
    "opt-out-sale": { title: OPT_OUT, article: utRights },
  },
  counting: {
    rollForward: true,
    saturday: false,
    citation: "Utah Code §68-3-7; §63G-1-301 (every Sunday is a legal holiday)",
    estimate: false,
    holidays: "Utah Code §63G-1-301",
    holidaysEstimate: false,
  },
  effective: "2023-12-31",
  complaintCitation: "Utah Code §13-61-401 (Division of Consumer Protection), §13-61-402 (Attorney General)",
  attorneyGeneral: {
    location: "US-UT",
    name: "Utah Attorney General",
    url: "https://attorneygeneral.utah.gov",
    note: "Complaints are received by the Utah Division of Consumer Protection, which may refer them to the Attorney General.",
  },
  sources: [{ title: "Utah Code Title 13 Chapter 61", url: "https://le.utah.gov/xcode/Title13/Chapter61/13-61.html" }],
});

const txRights = "Tex. Bus. & Com. Code §541.051";
const tx = "Tex. Bus. & Com. Code §541.052";
export const usTx: Regime = usStateRegime({
  id: "us-tx",
  state: "US-TX",
  code: "Texas Data Privacy and Security Act, Tex. Bus. & Com. Code ch. 541",
  name: "Texas Data Privacy and Security Act",
  shortLabel: "Texas (TDPSA)",
  timeZone: "America/Chicago",
  respond: { days: 45, extraDays: 45, citation: tx },
  appeal: { days: 60, citation: "Tex. Bus. & Com. Code §541.053", estimate: true },
  rights: {
    access: { title: "Right to confirm and access", article: txRights },
    correction: { title: "Right to correct", article: txRights },
    deletion: { title: "Right to delete", article: txRights },
    portability: { title: "Right to obtain a portable copy", article: txRights },
    "opt-out-sale": { title: OPT_OUT, article: txRights },
    "automated-decision": { title: PROFILING, article: txRights },
  },
  counting: {
    rollForward: true,
    citation: "Tex. Gov't Code §311.014(b), applied to the codes by §311.002",
    estimate: false,
    holidays: "Tex. Gov't Code §662.003",
    holidaysEstimate: true,
  },
  effective: "2024-07-01",
  complaintCitation: "Tex. Bus. & Com. Code §541.152 (online complaint form), §541.151",
  attorneyGeneral: { location: "US-TX", name: "Texas Attorney General", url: "https://www.texasattorneygeneral.gov" },
  sources: [{ title: "Tex. Bus. & Com. Code ch. 541", url: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm" }],
});

const orRights = "ORS 646A.574";
const or = "ORS 646A.576";
export const usOr: Regime = usStateRegime({
  id: "us-or",
  state: "US-OR",
  code: "Oregon Consumer Privacy Act, ORS 646A.570 ff.",
  name: "Oregon Consumer Privacy Act",
  shortLabel: "Oregon (OCPA)",
  timeZone: "America/Los_Angeles",
  respond: { days: 45, extraDays: 45, citation: or },
  appeal: { days: 45, citation: or, estimate: true, note: "Whether it can be extended is also unverified" },
  rights: {
    access: {
      title: "Right to confirm and access",
      article: orRights,
      scopeNote:
        "The right includes a list of the specific third parties, other than natural persons, to which the controller disclosed the consumer's personal data (ORS 646A.574(1)(a)(B))",
    },
    correction: { title: "Right to correct", article: orRights },
    deletion: { title: "Right to delete", article: orRights },
    portability: { title: "Right to obtain a portable copy", article: orRights },
    "opt-out-sale": { title: OPT_OUT, article: orRights },
    "automated-decision": { title: PROFILING, article: orRights },
  },
  counting: { rollForward: true, citation: "ORS 174.120(1); ORS 187.010", estimate: false, holidays: "ORS 187.010", holidaysEstimate: true },
  effective: "2024-07-01",
  complaintCitation: "ORS 646A.589",
  attorneyGeneral: { location: "US-OR", name: "Oregon Department of Justice (Attorney General)", url: "https://www.doj.state.or.us" },
  sources: [{ title: "Oregon Revised Statutes ch. 646A", url: "https://oregon.public.law/statutes/ors_646a.576" }],
});

const ia = "Iowa Code §715D.3";
export const usIa: Regime = usStateRegime({
  id: "us-ia",
  state: "US-IA",
  code: "Iowa Consumer Data Protection Act, Iowa Code ch. 715D",
  name: "Iowa Consumer Data Protection Act",
  shortLabel: "Iowa (ICDPA)",
  timeZone: "America/Chicago",
  respond: { days: 90, extraDays: 45, citation: ia, extensionEstimate: true },
  appeal: { days: 60, citation: ia, estimate: true },
  // Iowa grants no right to correct.
  rights: {
    access: { title: "Right to confirm and access", article: ia },
    deletion: { title: "Right to delete", article: ia },
    portability: { title: "Right to obtain a portable copy", article: ia },
    "opt-out-sale": { title: "Opt out of the sale of personal data", article: ia },
  },
  counting: { rollForward: true, citation: "Iowa Code §4.1(34)", estimate: false, holidays: "Iowa Code §1C.1", holidaysEstimate: true },
  effective: "2025-01-01",
  complaintCitation: "Iowa Code §715D.8",
  attorneyGeneral: { location: "US-IA", name: "Iowa Attorney General", url: "https://www.iowaattorneygeneral.gov" },
  sources: [{ title: "Iowa Code ch. 715D", url: "https://www.legis.iowa.gov/docs/code/715D.pdf" }],
});
