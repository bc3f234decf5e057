import { describe, expect, it } from "vitest";
import { excerpt } from "../labels";
import { trakt2022 } from "../records/trakt-2022";
import { netflix2024 } from "../records/netflix-2024";
import { groupByRight } from "./rights-table";

describe("the rights table", () => {
  it("lists each right once: Trakt's three statements on access are one row", () => {
    const rows = groupByRight(trakt2022.rights);
    expect(rows.filter((row) => row.right === "access")).toHaveLength(1);
    expect(rows.find((row) => row.right === "access")!.items.length).toBeGreaterThan(1);
    expect(new Set(rows.map((row) => row.right)).size).toBe(rows.length);
  });

  it("quotes the deletion row from where the shared Netflix sentence speaks of deleting", () => {
    const deletion = netflix2024.rights.find((r) => r.right === "deletion")!;
    expect(excerpt(deletion.citation.quote, 90, ["delet", "erase"])).toMatch(/^….*request that we delete/);
    expect(excerpt(deletion.citation.quote, 90, ["correct"])).toMatch(/^You may also correct/);
  });
});
