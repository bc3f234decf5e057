import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, resetDatabase, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";
import { extractPolicy } from "../extractor/extract";
import { buildCustomRecord } from "./build-record";
import { toChoice, toProposalViews } from "./proposals";
import { saveCustomServiceSchema } from "./schema";

const url = testDatabaseUrl();

function newService(name: string) {
  const extraction = extractPolicy("Write to privacy@example.org. We respond within 30 days.", { format: "text" });
  const input = saveCustomServiceSchema.parse({ name, sourceName: "p.txt", sourceText: extraction.text, proposals: toProposalViews(extraction).map(toChoice) });
  const built = buildCustomRecord(input);
  if (!built.ok) throw new Error(built.reason);
  return { name: input.name, slug: built.slug, record: built.record, sourceText: input.sourceText, sourceName: input.sourceName };
}

describe.skipIf(!url)(`custom services on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const { loadCustomService, loadCustomServices } = await import("./data");
  const { createCustomService, deleteCustomService } = await import("./mutations");
  const db = createTestDb(url!);
  const users = async () => {
    const a = await db.user.create({ data: { email: "a@example.org" } });
    const b = await db.user.create({ data: { email: "b@example.org" } });
    return { a: a.id, b: b.id };
  };
  beforeEach(() => resetDatabase(db));
  afterAll(() => db.$disconnect());

  it("creates, lists, loads and deletes a service with its record and text", async () => {
    const { a } = await users();
    const input = newService("Example");
    const { id } = await createCustomService(a, input);
    expect(await loadCustomServices(a)).toEqual([{ id, name: "Example", sourceName: "p.txt", createdAt: expect.any(Date) }]);
    const loaded = await loadCustomService(a, id);
    expect(loaded).toMatchObject({ id, name: "Example", slug: "example", sourceText: input.sourceText });
    expect(loaded?.record).toEqual(JSON.parse(JSON.stringify(input.record)));
    expect(await deleteCustomService(a, id)).toBe(true);
    expect(await loadCustomService(a, id)).toBeNull();
    expect(await deleteCustomService(a, id)).toBe(false);
  });

  it("keeps one user's services from another: B can neither list, load nor delete A's", async () => {
    const { a, b } = await users();
    const { id } = await createCustomService(a, newService("A's service"));
    expect(await loadCustomServices(b)).toEqual([]);
    expect(await loadCustomService(b, id)).toBeNull();
    expect(await deleteCustomService(b, id)).toBe(false);
    expect(await loadCustomService(a, id)).not.toBeNull();
  });

  it("removes a user's services with the user", async () => {
    const { a } = await users();
    const { id } = await createCustomService(a, newService("Gone"));
    await db.user.delete({ where: { id: a } });
    expect(await db.customService.findUnique({ where: { id } })).toBeNull();
  });
});
