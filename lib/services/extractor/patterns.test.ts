import { RegExpParser } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import { DATE_LINE, LABELLED } from "./detect-dates";
import { DOT, OBFUSCATED } from "./detect-emails";
import { COMPANY } from "./detect-entity";
import { DURATION } from "./detect-durations";
import { JURISDICTION_WORDINGS, LEGAL_CONTEXT } from "./jurisdiction-wordings";
import { RIGHT_WORDINGS } from "./right-wordings";
import { SCOPE_ALL } from "./sections";

// The lint rule checks every pattern written as a literal; these are built at run time from word
// lists, so the same analysis runs on what they become. Every one of them meets a whole policy.
const BUILT: [string, RegExp][] = [
  ["LABELLED", LABELLED],
  ["DATE_LINE", DATE_LINE],
  ["DURATION", DURATION],
  ["LEGAL_CONTEXT", LEGAL_CONTEXT],
  ["SCOPE_ALL", SCOPE_ALL],
  ["OBFUSCATED", OBFUSCATED],
  ["DOT", DOT],
  ["COMPANY", COMPANY],
  ...JURISDICTION_WORDINGS.map(({ regime, pattern }, i): [string, RegExp] => [`jurisdiction ${regime} #${i}`, pattern]),
  ...Object.entries(RIGHT_WORDINGS).flatMap(([right, patterns]) => patterns.map((pattern, i): [string, RegExp] => [`right ${right} #${i}`, pattern])),
];

describe("patterns built at run time", () => {
  it.each(BUILT)("%s cannot backtrack super-linearly", (_name, pattern) => {
    const literal = new RegExpParser().parseLiteral(pattern.toString());
    const reports = analyse(literal, { reportTypes: { Move: true, Self: true, Trade: true } }).reports;
    expect(reports.map((r) => `${r.type}: ${r.character.literal.source}`)).toEqual([]);
  });
});
