import { expect, test } from "@playwright/test";
import { emailTo, unique } from "./support";

const PASSWORD = "lantern orchard velvet";

test("a business signs up, confirms its email, lands on its dashboard and ticks off inviting its first customer", async ({
  page,
}) => {
  const adminEmail = `${unique("owner")}@example.com`;
  const facilityName = `Bayside ${unique("Autos")}`;
  const customerEmail = `${unique("first")}@example.com`;
  const customerName = `First ${unique("Customer")}`;

  await page.goto("/staff/sign-in");
  await page.getByRole("link", { name: "Create your facility" }).click();
  await expect(page.getByRole("heading", { name: "Create your facility" })).toBeVisible();

  await page.getByRole("button", { name: "Create my facility" }).click();
  await expect(page.getByText("Enter your facility's name")).toBeVisible();
  await expect(page.getByText("Enter your name", { exact: true })).toBeVisible();

  await page.getByLabel("Facility name").fill(facilityName);
  await expect(page.getByLabel("Time zone", { exact: true })).not.toHaveValue("");
  await page.getByLabel("Your name").fill("Bea Bayside");
  await page.getByLabel("Your email").fill(adminEmail);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create my facility" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(adminEmail)).toBeVisible();

  const message = await emailTo(adminEmail);
  expect(message.Subject).toContain(facilityName);
  const link = /https?:\/\/\S+\/staff\/confirm-sign-up\/[A-Za-z0-9_-]{43}/.exec(message.TextBody ?? "")?.[0];
  if (!link) throw new Error(`no confirmation link in "${message.Subject}"`);

  // Opening the link confirms nothing; the button does.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Create ${facilityName}` })).toBeVisible();
  await page.getByRole("button", { name: "Confirm and open my dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();

  const checklist = page.getByRole("region", { name: "Getting started" });
  await expect(checklist).toBeVisible();
  await expect(checklist.getByText("0 of 3 done", { exact: false })).toBeVisible();
  await expect(checklist.locator('[data-step="invite"]')).toHaveAttribute("data-done", "false");

  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(customerName);
  await create.getByLabel("Email").fill(customerEmail);
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name: customerName })).toBeVisible();

  await page.getByRole("button", { name: "Send Invite" }).first().click();
  const confirm = page.getByRole("dialog");
  await expect(confirm.getByText(customerEmail)).toBeVisible();
  await confirm.getByRole("button", { name: "Send Invite" }).click();
  await expect(page.getByText(`Invite sent to ${customerEmail}`)).toBeVisible();

  await page.goto("/staff/contacts");
  await expect(checklist.locator('[data-step="invite"]')).toHaveAttribute("data-done", "true");
  await expect(checklist.locator('[data-step="import"]')).toHaveAttribute("data-done", "true");
  await expect(checklist.getByText("2 of 3 done", { exact: false })).toBeVisible();

  // The admin puts it away for the facility.
  await checklist.getByRole("button", { name: "Dismiss getting started" }).click();
  await expect(checklist).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Getting started" })).toBeHidden();
});
