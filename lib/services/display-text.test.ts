import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policyDisplayText, repairMojibake } from "./display-text";

describe("policyDisplayText", () => {
  it("writes Markdown as text: no stars, no heading marks, links with their address", () => {
    expect(policyDisplayText("**Last Updated:** 17 April 2024")).toBe("Last Updated: 17 April 2024");
    expect(policyDisplayText("### Contacting Us\n* **Personal details:** name")).toBe("Contacting Us\n• Personal details: name");
    expect(policyDisplayText("Terms of Use ([netflix.com/terms](https://netflix.com/terms)).")).toBe("Terms of Use (netflix.com/terms).");
    expect(policyDisplayText("see [our help](https://help.example/a)")).toBe("see our help (https://help.example/a)");
    expect(policyDisplayText("mail [[email protected]](https://x.example/p)")).toBe("mail [email protected] (https://x.example/p)");
  });

  it("leaves brackets that are no link alone, and stays linear on many of them", () => {
    expect(policyDisplayText("a [b] c (d) [e](f g)")).toBe("a [b] c (d) [e](f g)");
    const started = performance.now();
    for (const hostile of ["[".repeat(200_000) + "](", "](".repeat(100_000) + ")", "[a](b c)".repeat(30_000)]) expect(policyDisplayText(hostile)).toBe(hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("repairs UTF-8 read as Windows-1252", () => {
    expect(repairMojibake("Trakt â€” Â© 2022 cafÃ©")).toBe("Trakt — © 2022 café");
    expect(repairMojibake("plain text")).toBe("plain text");
  });

  it("leaves none of the captures' raw Markdown or mojibake on display", () => {
    for (const file of ["netflix-2024-04-17.txt", "trakt-2018-09-13.txt", "trakt-2022-03-29.txt"]) {
      const shown = policyDisplayText(readFileSync(new URL(`./documents/${file}`, import.meta.url), "utf8"));
      expect(shown, file).not.toMatch(/\*\*|â€|Â©|^#{1,6} /m);
    }
  });
});
