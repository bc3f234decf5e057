import type { CorrectionItem, LetterSpecifics } from "../types";
import type { CompleteTemplate, RequestContext } from "./types";

export function correctionItemEn({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field}: should read "${correctValue}"${currentValue ? ` (currently "${currentValue}")` : ""}`;
}

const items = (s: LetterSpecifics) => (s.correction ?? []).map(correctionItemEn);
const FORMAT = { json: "preferably as JSON", csv: "preferably as CSV files", any: "for example as JSON or CSV" } as const;
const format = (s: LetterSpecifics) => FORMAT[s.portability?.format ?? "any"];

const SCOPE: Record<NonNullable<RequestContext["dataScope"]>, string> = {
  "collected-from-consumer": "that you have collected from me",
  "provided-by-consumer": "that I have provided to you",
};

/** "…all personal data… (Art. 17 GDPR)." or "…the following… (Art. 17 GDPR):" and the user's list. */
function deletionRequest(s: LetterSpecifics, verb: string, article: string, noun = "personal data", scope?: RequestContext["dataScope"]): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts) {
    return [`${verb} the following ${noun} concerning me${scope ? `, ${SCOPE[scope]}` : ""} (${article}):`, s.deletion.parts];
  }
  return [`${verb} all ${noun} concerning me ${scope ? SCOPE[scope] : "that you hold"}, and close my account (${article}).`];
}

export const rightsEn: CompleteTemplate["rights"] = {
  access: {
    title: { gdpr: "Request for access", ccpa: "Request to know", other: "Request for access" },
    paragraphs: {
      gdpr: ({ article, law }) => [
        `Please confirm whether or not you process personal data concerning me and, where you do, give me access to those data and to the following information (${article}):`,
        [
          "(a) the purposes of the processing (Art. 15(1)(a));",
          "(b) the categories of personal data concerned (Art. 15(1)(b));",
          "(c) the recipients to whom the data have been or will be disclosed, in particular recipients in third countries or international organisations, named individually (Art. 15(1)(c)): categories of recipients are enough only where it is impossible to identify the recipients or my request is manifestly unfounded or excessive (CJEU C-154/21, Österreichische Post), and the appropriate safeguards for any such transfer (Art. 15(2));",
          "(d) where possible, the envisaged period for which the data will be stored or, if not possible, the criteria used to determine that period (Art. 15(1)(d));",
          "(e) the existence of the right to request rectification or erasure of the data or restriction of their processing, or to object to such processing (Art. 15(1)(e));",
          "(f) the right to lodge a complaint with a supervisory authority (Art. 15(1)(f));",
          "(g) where the data were not collected from me, any available information as to their source (Art. 15(1)(g));",
          "(h) the existence of automated decision-making, including profiling, referred to in Art. 22(1) and (4), and, at least in those cases, meaningful information about the logic involved and the significance and envisaged consequences of such processing for me (Art. 15(1)(h)).",
        ].join("\n"),
        `Please also provide a copy of the personal data undergoing processing, in a commonly used electronic form (Art. 15(3) ${law}).`,
      ],
      ccpa: ({ article }) => [
        `Please disclose to me (${article}):`,
        [
          "– the categories of personal information you have collected about me (Cal. Civ. Code §1798.110(a)(1));",
          "– the categories of sources from which it was collected (§1798.110(a)(2));",
          "– the business or commercial purpose for collecting, selling or sharing it (§1798.110(a)(3));",
          "– the categories of third parties to whom you disclose it (§1798.110(a)(4));",
          "– the specific pieces of personal information you have collected about me (§1798.110(a)(5));",
          "– the categories of personal information about me that you have sold or shared, with the categories of third parties to whom each was sold or shared, and the categories you have disclosed for a business purpose, with the categories of persons to whom they were disclosed (§1798.115(a)).",
        ].join("\n"),
        "Please include personal information collected before the last 12 months, back to 1 January 2022 (Cal. Civ. Code §1798.130(a)(2)(B); 11 CCR §7024(h)), and provide the specific pieces in a portable and, to the extent technically feasible, readily usable format (§1798.100(d)).",
      ],
      other: ({ article }) => [
        `Please confirm whether you hold personal information about me and, if you do, give me a copy of it and tell me for what purposes it is used, where it came from and to whom it has been disclosed (${article}).`,
      ],
    },
  },
  deletion: {
    title: { gdpr: "Request for erasure", ccpa: "Request to delete", other: "Request for deletion" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        ...deletionRequest(specifics, "Please erase without undue delay", article),
        `Insofar as you process these data on the basis of my consent, I withdraw that consent (Art. 7(3) ${law}); insofar as you rely on legitimate interests, I object to the processing (Art. 21(1) ${law}).`,
        `Please confirm the erasure to me in writing. Please also communicate it to each recipient to whom the data have been disclosed, and tell me who those recipients are (Art. 19 ${law}). Where you have made the data public, please inform the other controllers processing them of my request (Art. 17(2) ${law}). If you believe you must or may keep some of the data (Art. 17(3) ${law}), please tell me which data and on what legal basis.`,
      ],
      ccpa: ({ article, specifics, dataScope }) => [
        ...deletionRequest(specifics, "Please delete", article, "personal information", dataScope),
        "Please notify your service providers and contractors to delete my personal information from their records, and notify all third parties to whom you have sold or shared it to delete it as well (Cal. Civ. Code §1798.105(c)(1); 11 CCR §7022(b)).",
        "Please tell me whether you have complied with this request (11 CCR §7022(e)); if you deny it in whole or in part, please tell me which information you keep and on what basis (11 CCR §7022(f)).",
      ],
      other: ({ article, specifics, dataScope }) => [
        ...deletionRequest(specifics, "Please delete", article, "personal information", dataScope),
        "Please ask anyone to whom you have disclosed the information to delete it too, and confirm the deletion to me.",
      ],
    },
  },
  correction: {
    title: { gdpr: "Request for rectification", ccpa: "Request to correct", other: "Request for correction" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        `Please rectify the following inaccurate personal data concerning me without undue delay (${article}):`,
        items(specifics).join("\n"),
        `Please confirm the rectification to me and communicate it to each recipient to whom the data have been disclosed (Art. 19 ${law}).`,
      ],
      ccpa: ({ article, specifics }) => [
        `Please correct the following inaccurate personal information about me (${article}):`,
        items(specifics).join("\n"),
        "Please tell me whether you have corrected it (11 CCR §7023).",
      ],
      other: ({ article, specifics }) => [
        `Please correct the following inaccurate personal information about me (${article}):`,
        items(specifics).join("\n"),
        "Please confirm the correction and pass it on to anyone to whom you have disclosed the information.",
      ],
    },
  },
  portability: {
    title: { gdpr: "Request for data portability", other: "Request for a portable copy" },
    paragraphs: {
      gdpr: ({ article, specifics }) => [
        `Please provide the personal data concerning me that I have provided to you in a structured, commonly used and machine-readable format, ${format(specifics)} (${article}). This includes the data I entered myself and the data generated by my use of the service, such as my activity history.`,
      ],
      other: ({ article, specifics }) => [
        `Please provide a copy of the personal information I have provided to you in a portable, structured and machine-readable format, ${format(specifics)} (${article}).`,
      ],
    },
  },
  restriction: {
    title: { other: "Request for restriction of processing" },
    paragraphs: {
      other: ({ article }) => [
        `Please restrict the processing of my personal data: store the data, but do not otherwise process them until this matter is resolved (${article}).`,
      ],
    },
  },
  objection: {
    title: { other: "Objection to processing" },
    paragraphs: {
      gdpr: ({ law, specifics }) => {
        const { directMarketing = true, grounds } = specifics.objection ?? {};
        return [
          ...(grounds
            ? [
                `On grounds relating to my particular situation, I object to the processing of my personal data that you base on public interest or on legitimate interests, including profiling (Art. 21(1) ${law}):`,
                grounds,
                `Please stop this processing unless you demonstrate compelling legitimate grounds that override my interests, rights and freedoms (Art. 21(1) ${law}), and tell me what you have decided.`,
              ]
            : []),
          ...(directMarketing
            ? [
                `I object to the processing of my personal data for direct marketing, including profiling related to it. This objection needs no reasons: please stop that processing (Art. 21(2)-(3) ${law}).`,
              ]
            : []),
          "Please confirm to me what you have stopped.",
        ];
      },
      other: ({ article }) => [
        `I object to the processing of my personal data, including profiling and processing for direct marketing (${article}). Please stop this processing and confirm to me that you have done so.`,
      ],
    },
  },
  "opt-out-sale": {
    title: { ccpa: "Request to opt out of sale and sharing", other: "Request to opt out" },
    paragraphs: {
      other: ({ article }) => [`Please do not sell or share my personal information, and do not use it for targeted advertising (${article}).`],
    },
  },
  "limit-sensitive": {
    title: { other: "Request to limit the use of sensitive personal information" },
    paragraphs: {
      other: ({ article }) => [
        `Please limit the use and disclosure of my sensitive personal information to what is necessary to provide the services I have asked for (${article}).`,
      ],
    },
  },
  "automated-decision": {
    title: { other: "Request concerning automated decisions" },
    paragraphs: {
      other: ({ article }) => [
        `I ask not to be subject to decisions about me based solely on automated processing, including profiling (${article}). Where you take such decisions, please tell me so, and let me obtain human review, express my point of view and contest the decision.`,
      ],
    },
  },
  appeal: {
    title: { other: "Appeal of a refusal" },
    paragraphs: {
      other: ({ article }) => [
        `I appeal your refusal of my earlier request (${article}). Please review the decision and tell me in writing what you have decided and why.`,
      ],
    },
  },
};
