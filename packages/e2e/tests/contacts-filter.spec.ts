import { expect, type Page, test } from "@playwright/test";
import { signInAsStaff } from "./support";

const rows = (page: Page) => page.locator("tbody tr[data-customer-id]");
const total = (page: Page) => page.getByTestId("customers-total");
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Ticks or unticks one choice in the Portal status filter, then closes the dropdown. */
async function toggleFilter(page: Page, label: string) {
  await page.getByTestId("portal-filter").click();
  const choices = page.getByRole("group", { name: "Portal status" });
  await choices.getByRole("checkbox", { name: label }).click();
  await page.keyboard.press("Escape");
  await expect(choices).toBeHidden();
}

/** Waits until the list shows the current filter and search, not the previous rows dimmed. */
async function settled(page: Page, subtitle: RegExp) {
  await expect(total(page)).toHaveText(subtitle);
  await expect(page.locator("table[aria-busy='true']")).toHaveCount(0);
}

test("staff filter Contacts by portal status, alone and with a search", async ({ page }) => {
  await signInAsStaff(page);
  await settled(page, /^\d+ customers$/);

  // In portal: every row carries the IN PORTAL badge instead of an invite button.
  await toggleFilter(page, "In portal");
  await expect(page).toHaveURL(/[?&]status=in-portal(&|$)/);
  await settled(page, /^\d+ customers? · In portal$/);
  const inPortal = await rows(page).count();
  expect(inPortal).toBeGreaterThan(0);
  const portalName = (await rows(page).first().locator("a").first().textContent()) ?? "";
  for (const row of await rows(page).all()) {
    await expect(row.getByTestId("invite-action")).toHaveText("IN PORTAL");
    await expect(row.getByTestId("portal-status")).toHaveText("In portal");
  }

  // Bounced instead: each row says why the last invite did not arrive, and offers a resend.
  await toggleFilter(page, "In portal");
  await toggleFilter(page, "Bounced");
  await expect(page).toHaveURL(/[?&]status=bounced(&|$)/);
  await settled(page, /^\d+ customers? · Bounced$/);
  const bounced = await rows(page).all();
  expect(bounced.length).toBeGreaterThanOrEqual(2);
  for (const row of bounced) {
    const action = row.getByTestId("invite-action");
    await expect(action).toContainText("The last invite could not be delivered");
    await expect(action.getByRole("button", { name: "Resend Invite" })).toBeEnabled();
  }
  await expect(page.getByText(/could not be delivered: The recipient's mailbox is full/)).toBeVisible();
  await expect(page.getByText(/could not be delivered: Hard bounce: the mailbox does not exist/)).toBeVisible();

  // The filter survives a reload: it lives in the URL.
  await page.reload();
  await settled(page, /^\d+ customers? · Bounced$/);
  await expect(rows(page)).toHaveCount(bounced.length);

  // With a search: one bounced customer by name; then someone in the portal, who is not bounced.
  const bouncedName = (await bounced[0]?.locator("a").first().textContent()) ?? "";
  expect(bouncedName).not.toBe("");
  const search = page.getByRole("searchbox", { name: "Search customers" });
  await search.fill(bouncedName);
  await settled(page, new RegExp(`^1 customer matches “${literal(bouncedName)}” · Bounced$`));
  await expect(page).toHaveURL(/[?&]status=bounced(&|$)/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole("link", { name: bouncedName })).toBeVisible();

  await search.fill(portalName);
  const empty = page.getByTestId("customers-empty");
  await expect(empty.getByText("No customers match these filters")).toBeVisible();
  await expect(empty).toContainText(`matches “${portalName}”`);

  // Clear filters drops the status filter and keeps the search.
  await empty.getByRole("button", { name: "Clear filters" }).click();
  await settled(page, new RegExp(`^\\d+ customers? match(es)? “${literal(portalName)}”$`));
  await expect(page).not.toHaveURL(/status=/);
  await expect(
    rows(page)
      .filter({ has: page.getByRole("link", { name: portalName, exact: true }) })
      .getByTestId("invite-action"),
  ).toHaveText("IN PORTAL");
});

test("a filtered page selects into a bulk invite, and invited rows leave the filter", async ({ page }) => {
  await signInAsStaff(page);
  await toggleFilter(page, "Link expired");
  await settled(page, /^\d+ customers? · Link expired$/);
  const expired = await rows(page).all();
  expect(expired.length).toBeGreaterThan(0);
  const names: string[] = [];
  for (const row of expired) {
    await expect(row.getByTestId("portal-status")).toHaveText("Invite expired");
    names.push((await row.locator("a").first().textContent()) ?? "");
  }

  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  const bar = page.getByRole("group", { name: "Selected customers" });
  await expect(bar.getByTestId("selection-count")).toHaveText(`${names.length} selected`);
  await bar.getByRole("button", { name: "Invite selected" }).click();
  const dialog = page.getByRole("dialog", { name: "Review the bulk invite" });
  // An expired link has no cooldown: everyone on the filtered page can be invited again.
  await expect(dialog.getByTestId("preview-summary")).toContainText(`${names.length}will be invited`);
  await dialog.getByRole("button", { name: /^Send \d+ invites?$/ }).click();
  await expect(page.getByRole("dialog").getByText(`Done: ${names.length} invited`)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("dialog").getByRole("button", { name: "Close", exact: true }).click();

  // The list refetches: nobody is expired any more, and they are waiting on the new invite.
  await expect(page.getByTestId("customers-empty").getByText("No customers match these filters")).toBeVisible();
  await expect(bar).toBeHidden();
  await toggleFilter(page, "Link expired");
  await toggleFilter(page, "Invited (waiting)");
  await settled(page, /^\d+ customers? · Invited \(waiting\)$/);
  for (const name of names) {
    await page.getByRole("searchbox", { name: "Search customers" }).fill(name);
    await settled(page, new RegExp(`^\\d+ customers? match(es)? “${literal(name)}” · Invited \\(waiting\\)$`));
    const row = rows(page).filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row.getByTestId("portal-status")).toHaveText("Invited");
  }
});
