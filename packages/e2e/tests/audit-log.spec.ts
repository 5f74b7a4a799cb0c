import { expect, test } from "@playwright/test";
import { signInAsStaff, unique } from "./support";

test("what staff do is in the audit log: on the customer's page and for the whole facility, filtered by kind", async ({
  page,
}) => {
  const name = `Audra ${unique("A")}`;
  const email = `${unique("audit")}@example.com`;
  await signInAsStaff(page);
  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Email").fill(email);
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Send Invite" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Send Invite" }).click();
  await expect(page.getByText(`Invite sent to ${email}`)).toBeVisible();

  // The customer's own part of the log, newest first, up to date without a reload.
  const activity = page.getByRole("list", { name: "Activity" });
  await expect(activity.getByRole("listitem")).toHaveCount(2);
  await expect(activity.getByRole("listitem").first()).toContainText(`sent a portal invite to ${name}`);
  await expect(activity.getByRole("listitem").nth(1)).toContainText(`added ${name} as a customer`);

  // The facility's log, narrowed to invites; each line links to its customer.
  await page.getByRole("link", { name: "Settings" }).first().click();
  await page.getByRole("tab", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await page.getByRole("combobox", { name: "Kind" }).click();
  await page.getByRole("option", { name: "Invite sent", exact: true }).click();
  await expect(page).toHaveURL(/kind=INVITE_SENT/);
  const lines = page.getByRole("list", { name: "Audit lines" });
  await expect(lines.getByRole("listitem").first()).toContainText(`sent a portal invite to ${name}`);
  await expect(lines.getByText(`added ${name} as a customer`)).toHaveCount(0);
  await lines.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
});
