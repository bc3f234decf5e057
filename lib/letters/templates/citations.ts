// lib/law cites as "GDPR Art. 12(3)"; letters cite the way readers of each language expect:
// "Art. 12(3) GDPR" in English, "Art. 12 Abs. 3 DSGVO" in German.

export type CitationStyle = {
  /** The law's name as lib/law writes it → as this language writes it after the articles. */
  laws: Readonly<Record<string, string>>;
  /** "12", ["3"] → "12(3)" or "12 Abs. 3"; parts are the bracketed paragraph and point. */
  article: (number: string, parts: readonly string[]) => string;
  /** Whole phrases to replace, such as the title of the ICO's guidance. */
  phrases: readonly (readonly [string, string])[];
};

const NAMED_LAW = /(UK GDPR|GDPR|FADP|DPO|Reg\. \(EEC, Euratom\) No 1182\/71) (Art\. [^;]*)/g;
const ARTICLE = /(\d+[A-Z]?)((?:\([0-9a-z]+\))*)/g;

export function localizeCitation(citation: string, style: CitationStyle): string {
  let text = citation.replace(NAMED_LAW, (_, law: string, articles: string) => {
    const localized = articles.trim().replace(ARTICLE, (__, number: string, brackets: string) => {
      const parts = [...brackets.matchAll(/\(([0-9a-z]+)\)/g)].map((m) => m[1] ?? "");
      return style.article(number, parts);
    });
    return `${localized} ${style.laws[law] ?? law}`;
  });
  for (const [from, to] of style.phrases) text = text.split(from).join(to);
  return text;
}

export const englishCitations: CitationStyle = {
  laws: { "UK GDPR": "UK GDPR", GDPR: "GDPR", FADP: "FADP", DPO: "DPO", "Reg. (EEC, Euratom) No 1182/71": "of Reg. (EEC, Euratom) No 1182/71" },
  article: (number, parts) => `${number}${parts.map((p) => `(${p})`).join("")}`,
  phrases: [],
};

// German citation style: paragraph "Abs.", lettered point "lit.", numbered point "Nr.".
export const germanCitations: CitationStyle = {
  laws: { "UK GDPR": "UK GDPR", GDPR: "DSGVO", FADP: "DSG", DPO: "DSV", "Reg. (EEC, Euratom) No 1182/71": "VO (EWG, Euratom) Nr. 1182/71" },
  article: (number, parts) => [number, ...parts.map((p, i) => (i === 0 ? `Abs. ${p}` : /^[a-z]+$/.test(p) ? `lit. ${p}` : `Nr. ${p}`))].join(" "),
  phrases: [
    ["ICO guidance on time limits for responding to requests (updated Dec 2025)", "Leitlinien des ICO zu den Antwortfristen (Stand: Dezember 2025)"],
    [" and ", " und "],
  ],
};

const lowerArt: readonly (readonly [string, string])[] = [["Art. ", "art. "]];

// EUR-Lex French: "article 15, paragraphe 1, point a)", abbreviated as practitioners write it.
export const frenchCitations: CitationStyle = {
  laws: { GDPR: "du RGPD", "Reg. (EEC, Euratom) No 1182/71": "du règlement (CEE, Euratom) n° 1182/71" },
  article: (number, parts) => [number, ...parts.map((p, i) => (i === 0 ? `par. ${p}` : `point ${p})`))].join(", "),
  phrases: [
    ...lowerArt,
    // Quebec: "P-39.1 s. 27 para. 3" as Quebec lawyers write it, "P-39.1, art. 27, al. 3".
    ["Interpretation Act of Québec (CQLR c. I-16) ss. ", "Loi d'interprétation (RLRQ, c. I-16), art. "],
    ["Interpretation Act of Québec (CQLR c. I-16) s. ", "Loi d'interprétation (RLRQ, c. I-16), art. "],
    ["P-39.1 ss. ", "P-39.1, art. "],
    ["P-39.1 s. ", "P-39.1, art. "],
    [", s. ", ", art. "],
    [" para. ", ", al. "],
    [" and ", " et "],
    ["; ", " ; "],
  ],
};

// Dutch practice: "art. 15 lid 1 sub a AVG".
export const dutchCitations: CitationStyle = {
  laws: { GDPR: "AVG", "Reg. (EEC, Euratom) No 1182/71": "van Verordening (EEG, Euratom) nr. 1182/71" },
  article: (number, parts) => [number, ...parts.map((p, i) => (i === 0 ? `lid ${p}` : `sub ${p}`))].join(" "),
  phrases: [...lowerArt, [" and ", " en "]],
};

// Polish practice: "art. 15 ust. 1 lit. a RODO"; a numbered point is "pkt".
export const polishCitations: CitationStyle = {
  laws: { GDPR: "RODO", "Reg. (EEC, Euratom) No 1182/71": "rozporządzenia (EWG, Euratom) nr 1182/71" },
  article: (number, parts) => [number, ...parts.map((p, i) => (i === 0 ? `ust. ${p}` : /^[a-z]+$/.test(p) ? `lit. ${p}` : `pkt ${p}`))].join(" "),
  phrases: [...lowerArt, [" and ", " i "]],
};

// Spanish practice: "art. 15.1.a) RGPD".
export const spanishCitations: CitationStyle = {
  laws: { GDPR: "RGPD", "Reg. (EEC, Euratom) No 1182/71": "del Reglamento (CEE, Euratom) n.º 1182/71" },
  article: (number, parts) => `${number}${parts.map((p, i) => (i === 0 ? `.${p}` : `.${p})`)).join("")}`,
  phrases: [...lowerArt, [" and ", " y "]],
};

// Italian practice: "art. 15, par. 1, lett. a), GDPR".
export const italianCitations: CitationStyle = {
  laws: { GDPR: "GDPR", "Reg. (EEC, Euratom) No 1182/71": "del Regolamento (CEE, Euratom) n. 1182/71" },
  article: (number, parts) => [number, ...parts.map((p, i) => (i === 0 ? `par. ${p}` : `lett. ${p})`))].join(", "),
  phrases: [...lowerArt, [" and ", " e "]],
};

// Portuguese practice: "art. 15.º, n.º 1, al. a), do RGPD".
export const portugueseCitations: CitationStyle = {
  laws: { GDPR: "do RGPD", "Reg. (EEC, Euratom) No 1182/71": "do Regulamento (CEE, Euratom) n.º 1182/71" },
  article: (number, parts) => [`${number}.º`, ...parts.map((p, i) => (i === 0 ? `n.º ${p}` : `al. ${p})`))].join(", "),
  phrases: [...lowerArt, [" and ", " e "]],
};
