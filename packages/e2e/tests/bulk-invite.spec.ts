import { readFile, writeFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { POSTMARK_URL } from "../playwright.config";
import { signInAsStaff, unique } from "./support";

type Customer = { id: string; name: string; email: string | null; portalStatus: { state: string } };
type ReceivedMessage = { To: string; Subject: string };

/** GraphQL as the signed-in staff member: the page's request context carries the session cookie. */
async function staffGraphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/graphql", {
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** Two customers with an email who have never been invited. */
async function twoUninvited(page: Page): Promise<[Customer, Customer]> {
  const { customers } = await staffGraphql<{ customers: { nodes: Customer[] } }>(
    page,
    `query { customers(first: 100) { nodes { id name email portalStatus { state } } } }`,
  );
  const fresh = customers.nodes.filter((c) => c.email && c.portalStatus.state === "NOT_INVITED");
  expect(fresh.length).toBeGreaterThanOrEqual(2);
  return [fresh[0] as Customer, fresh[1] as Customer];
}

async function received(): Promise<ReceivedMessage[]> {
  return (await (await fetch(`${POSTMARK_URL}/__messages`)).json()) as ReceivedMessage[];
}

/** Enough CSV for a report written by Papaparse: quoted cells may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
        (m[1] ?? "").replace(/^"|"$/g, "").replace(/""/g, '"'),
      ),
    );
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

test("staff bulk-invites from a CSV: preview with reasons, send with progress, report, cooldown on a second upload", async ({
  page,
}, testInfo) => {
  await signInAsStaff(page);
  const [first, second] = await twoUninvited(page);
  const firstEmail = first.email as string;
  const secondEmail = second.email as string;
  const stranger = `${unique("nobody")}@nowhere.example`;

  // First by id, second by email; then an unknown address, a broken one, and the first again.
  const csvPath = testInfo.outputPath("invites.csv");
  await writeFile(
    csvPath,
    [
      "customer_id,name,email",
      `${first.id},${csvCell(first.name)},`,
      `,${csvCell(second.name)},${secondEmail}`,
      `,Nobody Known,${stranger}`,
      ",Broken Address,not-an-email",
      `,${csvCell(first.name)},${firstEmail.toUpperCase()}`,
      "",
    ].join("\n"),
  );
  const before = await received();

  await page.getByRole("button", { name: "Bulk invite", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Download template" })).toBeVisible();
  await dialog.getByLabel("CSV file").setInputFiles(csvPath);

  await expect(page.getByRole("dialog", { name: "Review the bulk invite" })).toBeVisible();
  await expect(dialog.getByTestId("preview-summary")).toContainText("2will be invited");
  await expect(dialog.getByText("skipped", { exact: true })).toBeVisible();
  const breakdown = dialog.getByRole("list", { name: "Breakdown by reason" });
  await expect(breakdown.getByRole("listitem")).toHaveText([
    /Will be invited\s*2/,
    /No matching customer\s*1/,
    /Email missing or not valid\s*1/,
    /Same customer appears earlier in the list\s*1/,
  ]);
  const invited = dialog.getByRole("table", { name: "Will be invited" });
  await expect(invited.getByRole("row", { name: new RegExp(first.name) })).toBeVisible();
  await expect(invited.getByRole("row", { name: new RegExp(second.name) })).toBeVisible();

  await dialog.getByRole("tab", { name: "Skipped (3)" }).click();
  const skipped = dialog.getByRole("table", { name: "Skipped" });
  await expect(skipped.locator("tbody tr")).toHaveCount(3);
  await expect(skipped.locator("tr", { hasText: stranger })).toContainText("No matching customer");
  await expect(skipped.locator("tr", { hasText: "not-an-email" })).toContainText("Email missing or not valid");
  await expect(skipped.locator('tr[data-line="6"]')).toContainText("Same customer appears earlier in the list");

  await dialog.getByRole("button", { name: "Send 2 invites" }).click();
  await expect(dialog.getByTestId("bulk-report-summary")).toHaveText("Done: 2 invited, 3 skipped", { timeout: 20_000 });
  await expect(dialog.getByRole("progressbar")).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download report" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^portico-invite-report-\d+\.csv$/);
  const report = parseCsv(await readFile(await download.path(), "utf8"));
  expect(report[0]).toEqual(["line", "customer_id", "name", "email", "text_to", "outcome", "reason"]);
  const byLine = new Map(report.slice(1).map((r) => [r[0], r]));
  expect(report).toHaveLength(6);
  expect(byLine.get("2")?.slice(1, 6)).toEqual([first.id, first.name, firstEmail, "", "Invited"]);
  expect(byLine.get("3")?.slice(1, 6)).toEqual([second.id, second.name, secondEmail, "", "Invited"]);
  expect(byLine.get("4")?.slice(3)).toEqual([stranger, "", "Skipped", "No matching customer"]);
  expect(byLine.get("5")?.slice(3)).toEqual(["not-an-email", "", "Skipped", "Email missing or not valid"]);
  expect(byLine.get("6")?.slice(5)).toEqual(["Skipped", "Same customer appears earlier in the list"]);

  // Exactly the two invites went out, one each, to the addresses on record.
  await expect
    .poll(async () => (await received()).length - before.length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(2);
  await page.waitForTimeout(1_000);
  const sent = (await received()).slice(before.length);
  expect(sent).toHaveLength(2);
  for (const email of [firstEmail, secondEmail]) {
    expect(sent.filter((m) => m.To.toLowerCase().includes(email.toLowerCase()))).toHaveLength(1);
  }
  expect(sent.every((m) => m.Subject.includes("Harbor Point Storage"))).toBe(true);

  // Closing refreshes Contacts: both now wait out the resend cooldown.
  await dialog.getByRole("button", { name: "Close", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("tbody tr", { hasText: firstEmail }).getByTestId("portal-status")).toHaveText("Invited");
  await expect(page.locator("tbody tr", { hasText: secondEmail }).getByTestId("portal-status")).toHaveText("Invited");

  // The closed dialog can be found again: the job is first in Recent, and opens on its report.
  await page.getByRole("button", { name: "Recent bulk invites" }).click();
  const recent = page.getByRole("menu");
  const job = recent.getByRole("menuitem").first();
  await expect(job).toContainText("Done");
  await expect(job).toContainText("2 invited · 3 skipped");
  await job.click();
  await expect(dialog.getByTestId("bulk-report-summary")).toHaveText("Done: 2 invited, 3 skipped");
  await dialog.getByRole("button", { name: "Close", exact: true }).click();
  await expect(dialog).toBeHidden();

  // The same file again: nobody is invited twice.
  await page.getByRole("button", { name: "Bulk invite", exact: true }).click();
  await dialog.getByLabel("CSV file").setInputFiles(csvPath);
  await expect(dialog.getByTestId("preview-summary")).toContainText("0will be invited");
  await expect(dialog.getByRole("list", { name: "Breakdown by reason" })).toContainText(
    /Invited recently \(inside the resend cooldown\)\s*2/,
  );
  await expect(dialog.getByRole("button", { name: "Send invites" })).toBeDisabled();
  await expect(dialog.getByText("Nobody to invite").first()).toBeVisible();
  await dialog.getByRole("button", { name: "Close bulk invite" }).click();
  await expect(dialog).toBeHidden();
  expect((await received()).length - before.length).toBe(2);
});

test("bad lines of a CSV are skipped with their reasons at the file's line numbers; an unclosed quote refuses the file", async ({
  page,
}, testInfo) => {
  await signInAsStaff(page);
  const before = (await received()).length;
  const [good] = await twoUninvited(page);
  const csvPath = testInfo.outputPath("mixed.csv");
  // Line 1 header, 2 blank, 3 good, 4 a cell short, 5 blank, 6 an id that is not a number.
  await writeFile(
    csvPath,
    [
      "customer_id,name,email",
      "",
      `${good.id},${csvCell(good.name)},`,
      "2,Ben Ortiz",
      "",
      "abc,Cy Park,cy@example.com",
      "",
    ].join("\n"),
  );

  await page.getByRole("button", { name: "Bulk invite", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("CSV file").setInputFiles(csvPath);
  await expect(page.getByRole("dialog", { name: "Review the bulk invite" })).toBeVisible();
  await expect(dialog.getByTestId("preview-summary")).toContainText("1will be invited");
  await expect(dialog.getByRole("list", { name: "Breakdown by reason" })).toContainText(
    /The line could not be read\s*2/,
  );
  const invited = dialog.getByRole("table", { name: "Will be invited" });
  await expect(invited.locator('tr[data-line="3"]')).toContainText(good.name);
  await dialog.getByRole("tab", { name: "Skipped (2)" }).click();
  const skipped = dialog.getByRole("table", { name: "Skipped" });
  await expect(skipped.locator('tr[data-line="4"]')).toContainText("Has 2 cells where the header has 3");
  await expect(skipped.locator('tr[data-line="6"]')).toContainText("customer_id “abc” is not a number");
  await dialog.getByRole("button", { name: "Close bulk invite" }).click();
  await expect(dialog).toBeHidden();

  const brokenPath = testInfo.outputPath("broken.csv");
  await writeFile(brokenPath, ["customer_id,name,email", "", ',"Unclosed,a@b.co', ",x,y@example.com", ""].join("\n"));
  await page.getByRole("button", { name: "Bulk invite", exact: true }).click();
  await dialog.getByLabel("CSV file").setInputFiles(brokenPath);
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText("The file could not be read (1 problem). Nothing was sent.");
  const problems = alert.getByRole("table", { name: "Problems in broken.csv" });
  await expect(problems.getByRole("row")).toHaveText([/^Line 3\s*A quoted cell starting on this line is never closed/]);

  // Another file can be chosen straight away.
  const notCsv = testInfo.outputPath("customers.txt");
  await writeFile(notCsv, "hello");
  await dialog.getByLabel("CSV file").setInputFiles(notCsv);
  await expect(dialog.getByRole("alert")).toContainText("“customers.txt” is not a CSV file.");
  expect((await received()).length).toBe(before);
});

test("selected rows preview straight away, and cancelling keeps the selection", async ({ page }) => {
  await signInAsStaff(page);
  const before = (await received()).length;
  const rows = page.locator("tbody tr");
  const inPortal = rows
    .filter({ has: page.getByTestId("portal-status").getByText("In portal", { exact: true }) })
    .first();
  const notInvited = rows
    .filter({ has: page.getByTestId("portal-status").getByText("Not invited", { exact: true }) })
    .first();
  const inPortalName = (await inPortal.locator("a").first().textContent()) as string;
  const notInvitedName = (await notInvited.locator("a").first().textContent()) as string;
  await page.getByRole("checkbox", { name: `Select ${notInvitedName}`, exact: true }).check();
  await page.getByRole("checkbox", { name: `Select ${inPortalName}`, exact: true }).check();
  const bar = page.getByRole("group", { name: "Selected customers" });
  await expect(bar.getByTestId("selection-count")).toHaveText("2 selected");

  await bar.getByRole("button", { name: "Invite selected" }).click();
  const dialog = page.getByRole("dialog", { name: "Review the bulk invite" });
  await expect(dialog.getByTestId("preview-summary")).toContainText("1will be invited");
  await expect(dialog.getByRole("list", { name: "Breakdown by reason" }).getByRole("listitem")).toHaveText([
    /Will be invited\s*1/,
    /Already in the portal\s*1/,
  ]);
  await expect(dialog.getByRole("table", { name: "Will be invited" })).toContainText(notInvitedName);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  await expect(bar.getByTestId("selection-count")).toHaveText("2 selected");
  await bar.getByRole("button", { name: "Clear" }).click();
  await expect(bar).toBeHidden();
  expect((await received()).length).toBe(before);
});
