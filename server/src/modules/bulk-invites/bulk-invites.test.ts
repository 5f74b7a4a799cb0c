import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../../../test/engine.js";
import { createCustomer, twoFacilities } from "../../../test/factories.js";
import {
  compilationsDuring,
  countRows,
  countStatements,
  type GqlResult,
  startTestApp,
  type TestApp,
} from "../../../test/harness.js";
import { generateCustomers } from "../../db/seed/generate.js";

const PREVIEW_CSV = `mutation($csv: String!, $name: String) {
  previewBulkInviteCsv(csv: $csv, fileName: $name) {
    id status total toInvite planCounts { plan count label }
    rows(first: 500) { line name email plan planLabel result }
  }
}`;
const PREVIEW_IDS = `mutation($ids: [ID!]!) { previewBulkInvite(customerIds: $ids) { id total toInvite planCounts { plan count } } }`;
const START = `mutation($id: ID!) { startBulkInvite(id: $id) { id status } }`;
const JOB = `query($id: ID!) { bulkInvite(id: $id) { status total processed sent skipped finishedAt } }`;
const REPORT = `query($id: ID!) { bulkInviteReportCsv(id: $id) }`;

const linesOf = (result: GqlResult) =>
  (result.errors?.[0]?.extensions?.lines ?? []) as Array<{ line: number; message: string }>;

type Preview = {
  id: string;
  total: number;
  toInvite: number;
  planCounts: Array<{ plan: string; count: number }>;
  rows: Array<{ line: number; name: string | null; email: string | null; plan: string; result: string }>;
};

describe("bulk invites", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  it("previews a CSV with good and bad rows, sends only the good ones, and reports", async () => {
    const ann = await createCustomer(app, t.a.id, { name: "Ann Able", email: "ann@example.com" });
    await createCustomer(app, t.a.id, { name: "Ben Busy", email: "ben@example.com" });
    const noMail = await createCustomer(app, t.a.id, { name: "No Mail", email: null });
    const inPortal = await createCustomer(app, t.a.id, { name: "Already In", email: "in@example.com" });
    await app.data.transaction((tx) =>
      tx
        .insert(app.data.t.portalAccounts)
        .values({ facilityId: t.a.id, customerId: inPortal.id, personKey: 0, activatedAt: new Date() })
        .returning(),
    );
    await createCustomer(app, t.b.id, { name: "Other Facility", email: "other@example.com" });
    const csv = [
      "customer_id,name,email",
      `${ann.id},Ann Able,ann@example.com`,
      ",Ben Busy,BEN@example.com",
      `${noMail.id},No Mail,`,
      ",Already In,in@example.com",
      ",Typo,not-an-email",
      ",Ann again,ann@example.com",
      ",Stranger,stranger@example.com",
      ",Other Facility,other@example.com",
    ].join("\n");
    const preview = (await t.asA.ok<{ previewBulkInviteCsv: Preview }>(PREVIEW_CSV, { csv, name: "invites.csv" }))
      .previewBulkInviteCsv;
    expect(preview).toMatchObject({ total: 8, toInvite: 2 });
    expect(preview.rows.map((r) => [r.line, r.plan])).toEqual([
      [2, "INVITE"],
      [3, "INVITE"],
      [4, "NO_EMAIL"],
      [5, "IN_PORTAL"],
      [6, "INVALID_EMAIL"],
      [7, "DUPLICATE"],
      [8, "NOT_FOUND"],
      [9, "NOT_FOUND"],
    ]);
    expect(await countRows(app, "email_outbox")).toBe(0);

    await t.asA.ok(START, { id: preview.id });
    const again = await t.asA.gql(START, { id: preview.id });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await app.runBulkInvites();
    const done = await t.asA.ok<{ bulkInvite: Record<string, unknown> }>(JOB, { id: preview.id });
    expect(done.bulkInvite).toMatchObject({ status: "DONE", total: 8, processed: 8, sent: 2, skipped: 6 });
    expect(await countRows(app, "email_outbox", "kind = 'INVITE'")).toBe(2);

    const report = (await t.asA.ok<{ bulkInviteReportCsv: string }>(REPORT, { id: preview.id })).bulkInviteReportCsv;
    const lines = report.trim().split(/\r?\n/);
    expect(lines[0]).toBe("line,customer_id,name,email,text_to,outcome,reason");
    expect(lines).toHaveLength(9);
    expect(report).toContain("Already in the portal");
    expect(report.match(/Invited/g)).toHaveLength(2);
  });

  it("counts rows per plan largest first, and equal counts in the order the file first shows them", async () => {
    const fay = await createCustomer(app, t.a.id, { name: "Fay Counted", email: "fay@example.com" });
    // The reasons with one row each come in neither alphabetical order nor its reverse, so that
    // an order the engine happens to give (a sort, a hash of the groups) cannot pass for the rule.
    const csv = [
      "customer_id,name,email",
      ",Nobody,nobody-1@example.com",
      ",Typo,not-an-email",
      `${fay.id},Fay Counted,fay@example.com`,
      ",Fay again,fay@example.com",
      ",Nobody Else,nobody-2@example.com",
    ].join("\n");
    const preview = (await t.asA.ok<{ previewBulkInviteCsv: Preview }>(PREVIEW_CSV, { csv })).previewBulkInviteCsv;
    expect(preview.planCounts).toEqual([
      { plan: "NOT_FOUND", count: 2, label: "No matching customer" },
      { plan: "INVALID_EMAIL", count: 1, label: "Email missing or not valid" },
      { plan: "INVITE", count: 1, label: "Will be invited" },
      { plan: "DUPLICATE", count: 1, label: "Same customer appears earlier in the list" },
    ]);
  });

  it("running the same file twice sends nothing twice", async () => {
    const carl = await createCustomer(app, t.a.id, { name: "Carl Twice", email: "carl@example.com" });
    const csv = `customer_id,name,email\n${carl.id},Carl Twice,carl@example.com\n`;
    for (let run = 0; run < 2; run++) {
      const preview = (await t.asA.ok<{ previewBulkInviteCsv: Preview }>(PREVIEW_CSV, { csv })).previewBulkInviteCsv;
      await t.asA.ok(START, { id: preview.id });
      await app.runBulkInvites();
      if (run === 1) expect(preview.rows[0]?.plan).toBe("COOLDOWN");
    }
    expect(await countRows(app, "email_outbox", "to_email = 'carl@example.com'")).toBe(1);
  });

  it("refuses a file whose structure cannot be trusted, with the file's line numbers, and sends nothing", async () => {
    const before = await countRows(app, "bulk_invite_jobs");
    const bad = await t.asA.gql(PREVIEW_CSV, {
      csv: 'customer_id,name,email\n\n,Good,good@example.com\n\n1,"Unclosed,a@b.co\n,x,y@example.com\n',
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(linesOf(bad)).toEqual([{ line: 5, message: "A quoted cell starting on this line is never closed" }]);
    const noHeader = await t.asA.gql(PREVIEW_CSV, { csv: "\n\nAnn,ann@example.com\n" });
    expect(linesOf(noHeader)[0]?.line).toBe(3);
    expect(await countRows(app, "bulk_invite_jobs")).toBe(before);
  });

  it("skips a bad line with its reason, counts lines as the file does, and previews the good ones", async () => {
    const dee = await createCustomer(app, t.a.id, { name: "Dee Good", email: "dee@example.com" });
    await createCustomer(app, t.a.id, { name: "Eve Good", email: "eve@example.com" });
    const csv = [
      "customer_id,name,email", // 1
      "", // 2
      `${dee.id},Dee Good,dee@example.com`, // 3
      "   ", // 4
      "x12,Bad Id,bad@example.com", // 5
      ',"Eve',
      'Good",eve@example.com', // 6-7: one record over two lines
      "", // 8
      "1,Too Few", // 9
      ",Trailing,eve@example.com,,", // 10: empty trailing cells are fine (a duplicate of Eve)
      ",Shifted,x@example.com,extra", // 11
    ].join("\r\n");
    const preview = (await t.asA.ok<{ previewBulkInviteCsv: Preview }>(PREVIEW_CSV, { csv })).previewBulkInviteCsv;
    expect(preview).toMatchObject({ total: 6, toInvite: 2 });
    const rows = preview.rows as Array<Preview["rows"][number] & { detail?: string | null }>;
    expect(rows.map((r) => [r.line, r.plan, r.name])).toEqual([
      [3, "INVITE", "Dee Good"],
      [5, "UNREADABLE", "Bad Id"],
      [6, "INVITE", "Eve Good"],
      [9, "UNREADABLE", "Too Few"],
      [10, "DUPLICATE", "Eve Good"],
      [11, "UNREADABLE", "Shifted"],
    ]);
    const details = (
      await t.asA.ok<{ bulkInvite: { rows: Array<{ line: number; detail: string | null }> } }>(
        `query($id: ID!) { bulkInvite(id: $id) { rows(first: 10, invite: false) { line detail } } }`,
        { id: preview.id },
      )
    ).bulkInvite.rows;
    expect(details).toEqual([
      { line: 5, detail: "customer_id “x12” is not a number" },
      { line: 9, detail: "Has 2 cells where the header has 3" },
      { line: 10, detail: null },
      { line: 11, detail: "Has 4 cells where the header has 3" },
    ]);
    await t.asA.ok(START, { id: preview.id });
    await app.runBulkInvites();
    const report = (await t.asA.ok<{ bulkInviteReportCsv: string }>(REPORT, { id: preview.id })).bulkInviteReportCsv;
    expect(report).toContain("5,,Bad Id,bad@example.com,,Skipped,customer_id “x12” is not a number");
    expect(await countRows(app, "email_outbox", "to_email IN ('dee@example.com', 'eve@example.com')")).toBe(2);
  });

  it("enforces the size and row limits with clear errors", async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `,,p${i}@example.com`).join("\n");
    const tooMany = await t.asA.gql(PREVIEW_CSV, { csv: `customer_id,name,email\n${rows}` });
    expect(tooMany.errors?.[0]?.message).toMatch(/10,001 rows; the limit is 10,000/);
    const tooBig = await t.asA.gql(PREVIEW_CSV, {
      csv: `customer_id,name,email\n,,${"a".repeat(5 * 1024 * 1024)}@x.co`,
    });
    expect(tooBig.errors?.[0]?.message).toMatch(/larger than 5 MB/);
  });

  it("neutralises formula-like cells in the report", async () => {
    await createCustomer(app, t.a.id, { name: '=HYPERLINK("http://evil")', email: "formula@example.com" });
    const csv = "customer_id,name,email\n,x,formula@example.com\n,@SUM(A1),+not-an-email\n";
    const preview = (await t.asA.ok<{ previewBulkInviteCsv: Preview }>(PREVIEW_CSV, { csv })).previewBulkInviteCsv;
    const report = (await t.asA.ok<{ bulkInviteReportCsv: string }>(REPORT, { id: preview.id })).bulkInviteReportCsv;
    expect(report).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(report).toContain("'@SUM(A1)");
    expect(report).toContain("'+not-an-email");
  });

  it("invites a selection in chunks, with progress the client can read", async () => {
    const created = await generateCustomers(app.data, t.a.id, 250, {
      now: app.clock.now(),
      seed: 5,
      emailDomain: "sel.example.com",
    });
    const preview = (
      await t.asA.ok<{ previewBulkInvite: { id: string; total: number; toInvite: number } }>(PREVIEW_IDS, {
        ids: created.map((c) => String(c.id)),
      })
    ).previewBulkInvite;
    expect(preview).toMatchObject({ total: 250, toInvite: 250 });
    await t.asA.ok(START, { id: preview.id });
    await app.runBulkInvites();
    const done = await t.asA.ok<{ bulkInvite: { sent: number; processed: number } }>(JOB, { id: preview.id });
    expect(done.bulkInvite).toMatchObject({ sent: 250, processed: 250 });
  });

  it("reads a job's progress with no statement compiled after the first poll", async () => {
    const c = await createCustomer(app, t.a.id, { email: "progress@example.com" });
    const job = (await t.asA.ok<{ previewBulkInvite: { id: string } }>(PREVIEW_IDS, { ids: [String(c.id)] }))
      .previewBulkInvite;
    await t.asA.ok(JOB, { id: job.id });
    expect(await compilationsDuring(app, () => t.asA.ok(JOB, { id: job.id }))).toBe(0);
  });

  it("cancels a preview, which then cannot be sent", async () => {
    const c = await createCustomer(app, t.a.id, { email: "cancel-me@example.com" });
    const job = (await t.asA.ok<{ previewBulkInvite: { id: string } }>(PREVIEW_IDS, { ids: [String(c.id)] }))
      .previewBulkInvite;
    await t.asA.ok(`mutation($id: ID!) { cancelBulkInvite(id: $id) { status } }`, { id: job.id });
    expect((await t.asA.gql(START, { id: job.id })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await countRows(app, "bulk_invite_rows", "job_id = ?", Number(job.id))).toBe(0);
  });

  it("keeps each facility's bulk invites to itself", async () => {
    const mine = await createCustomer(app, t.a.id, { email: "mine-bulk@example.com" });
    const fromB = (await t.asB.ok<{ previewBulkInvite: Preview }>(PREVIEW_IDS, { ids: [String(mine.id)] }))
      .previewBulkInvite;
    expect(fromB.planCounts).toEqual([{ plan: "NOT_FOUND", count: 1 }]);
    const jobOfA = (await t.asA.ok<{ previewBulkInvite: { id: string } }>(PREVIEW_IDS, { ids: [String(mine.id)] }))
      .previewBulkInvite;
    for (const query of [JOB, REPORT, START]) {
      const result = await t.asB.gql(query, { id: jobOfA.id });
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  sqliteOnlyIt(
    "lists the facility's recent sent and sending bulk invites, newest first, for the dialog to reopen",
    async () => {
      const RECENT = `query($limit: Int) { recentBulkInvites(limit: $limit) { id status total sent skipped processed toInvite createdByName createdAt finishedAt } }`;
      type Recent = {
        recentBulkInvites: Array<{ id: string; status: string; createdByName: string; finishedAt: string | null }>;
      };
      const preview = async (email: string) => {
        const c = await createCustomer(app, t.a.id, { email });
        return (await t.asA.ok<{ previewBulkInvite: { id: string } }>(PREVIEW_IDS, { ids: [String(c.id)] }))
          .previewBulkInvite.id;
      };
      const finished = await preview("recent-done@example.com");
      await t.asA.ok(START, { id: finished });
      await app.runBulkInvites();
      const running = await preview("recent-running@example.com");
      await t.asA.ok(START, { id: running });
      const previewOnly = await preview("recent-preview@example.com");

      const { result, statements } = await countStatements(app, () => t.asA.ok<Recent>(RECENT, { limit: 50 }));
      const listed = result.recentBulkInvites;
      expect(listed[0]).toMatchObject({
        id: running,
        status: "RUNNING",
        createdByName: t.staffA.name,
        finishedAt: null,
      });
      expect(listed[1]).toMatchObject({ id: finished, status: "DONE", finishedAt: expect.any(String) });
      expect(listed.map((j) => j.id)).not.toContain(previewOnly);
      expect(listed.every((j) => j.status === "RUNNING" || j.status === "DONE")).toBe(true);
      expect(statements.filter((sql) => /bulk_invite_jobs/.test(sql))).toHaveLength(1);

      expect((await t.asA.ok<Recent>(RECENT, { limit: 1 })).recentBulkInvites.map((j) => j.id)).toEqual([running]);
      expect((await t.asA.gql(RECENT, { limit: 500 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect((await t.asB.ok<Recent>(RECENT)).recentBulkInvites.map((j) => j.id)).not.toContain(running);
      await app.runBulkInvites();
    },
  );
});
