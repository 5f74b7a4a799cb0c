import { expect, test } from "@playwright/test";
import { emailTo, linkIn, signInAsStaff, unique } from "./support";

test("staff invites a new customer, who signs in to the portal and sees their car", async ({ page, browser }) => {
  const email = `${unique("walk")}@example.com`;
  const name = `Walker ${unique("T")}`;

  await signInAsStaff(page);

  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Email").fill("not-an-email");
  await create.getByRole("button", { name: /create|save|add/i }).click();
  await expect(create.getByText(/valid email/i)).toBeVisible();
  await create.getByLabel("Email").fill(email);
  await create.getByRole("button", { name: /create|save|add/i }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  await page.getByRole("button", { name: "Add car" }).first().click();
  const carDialog = page.getByRole("dialog", { name: "Add car" });
  await carDialog.getByLabel("Year").fill("1965");
  await carDialog.getByLabel("Make").fill("Jaguar");
  await carDialog.getByLabel("Model").fill("E-Type Series 1");
  await carDialog.getByRole("button", { name: "Add car" }).click();
  await expect(page.getByRole("listitem", { name: "1965 Jaguar E-Type Series 1" })).toBeVisible();

  await page.getByRole("button", { name: "Send Invite" }).first().click();
  const confirm = page.getByRole("dialog");
  await expect(confirm.getByText(email)).toBeVisible();
  await expect(confirm.getByText(/1965 Jaguar E-Type Series 1/)).toBeVisible();
  await confirm.getByRole("button", { name: "Send Invite" }).click();
  await expect(page.getByText(`Invite sent to ${email}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Resend Invite" }).first()).toBeDisabled();

  const message = await emailTo(email);
  expect(message.Subject).toContain("Harbor Point Storage");
  expect(message.TrackLinks).toBe("None");
  const link = linkIn(message);

  const customer = await browser.newContext();
  const portal = await customer.newPage();
  await portal.goto(link);
  await expect(portal.getByRole("button", { name: "Continue" })).toBeVisible();
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal.getByText("1965 Jaguar E-Type Series 1", { exact: true })).toBeVisible();
  await expect(portal.getByText(/Harbor Point Storage/).first()).toBeVisible();

  await portal.goto(link);
  await expect(portal.getByText(/already been used/i)).toBeVisible();
  await customer.close();

  await page.reload();
  await expect(page.getByText("IN PORTAL").first()).toBeVisible();
});
