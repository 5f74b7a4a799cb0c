import { expect, type Page, test } from "@playwright/test";
import { emailTo, linkIn, signInAsStaff, unique } from "./support";

async function createCustomerWithCar(page: Page, name: string, car: { year: string; make: string; model: string }) {
  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Add car" }).first().click();
  const carDialog = page.getByRole("dialog", { name: "Add car" });
  await carDialog.getByLabel("Year").fill(car.year);
  await carDialog.getByLabel("Make").fill(car.make);
  await carDialog.getByLabel("Model").fill(car.model);
  await carDialog.getByRole("button", { name: "Add car" }).click();
  await expect(page.getByRole("listitem", { name: `${car.year} ${car.make} ${car.model}` })).toBeVisible();
}

test("staff adds a spouse with portal access, who signs in to the customer's account until access is turned off", async ({
  page,
  browser,
}) => {
  const customerName = `Harper ${unique("H")}`;
  const spouseName = `Robin ${unique("S")}`;
  const spouseEmail = `${unique("robin")}@example.com`;
  const carName = "1958 Mercedes-Benz 300SL Roadster";

  await signInAsStaff(page);
  await createCustomerWithCar(page, customerName, { year: "1958", make: "Mercedes-Benz", model: "300SL Roadster" });

  const contacts = page.getByRole("region", { name: "Contacts" });
  await expect(contacts.getByText("No additional contacts")).toBeVisible();
  await contacts.getByRole("button", { name: "Add Contact" }).click();
  const add = page.getByRole("dialog", { name: "Add Contact" });
  await add.getByLabel("Name").fill(spouseName);
  await add.getByLabel("Email").fill(spouseEmail);
  await add.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "Spouse" }).click();
  await add.getByRole("checkbox", { name: "Can access portal" }).check();
  await expect(add.getByText(`Lets this person sign in to ${customerName}'s portal`)).toBeVisible();
  await add.getByRole("button", { name: "Add Contact" }).click();
  await expect(add).toBeHidden();

  const row = contacts.getByRole("listitem", { name: spouseName });
  await expect(row.getByText("Spouse", { exact: true })).toBeVisible();
  await expect(row.getByText(spouseEmail)).toBeVisible();
  await row.getByRole("button", { name: "Send Invite", exact: true }).click();

  const confirm = page.getByRole("dialog", { name: "Send portal invite" });
  await expect(confirm.getByTestId("invite-recipient")).toHaveText(`The invite goes to: ${spouseEmail}`);
  await expect(confirm.getByText(`${spouseName} will see ${customerName}'s account: 1 car (${carName})`)).toBeVisible();
  await confirm.getByRole("button", { name: "Send Invite", exact: true }).click();
  await expect(page.getByText(`Invite sent to ${spouseEmail}`)).toBeVisible();
  await expect(row.getByRole("button", { name: "Resend Invite", exact: true })).toBeDisabled();

  const message = await emailTo(spouseEmail);
  expect(message.Subject).toBe(`You're invited to ${customerName}'s account at Harbor Point Storage`);
  const link = linkIn(message);

  const spouseContext = await browser.newContext();
  const portal = await spouseContext.newPage();
  await portal.goto(link);
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal.getByText(carName, { exact: true })).toBeVisible();
  await expect(portal.getByText(`You're signed in as ${spouseName} on ${customerName}'s account`)).toBeVisible();

  await page.reload();
  await expect(row.getByText("IN PORTAL", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: /^(Send|Resend) Invite$/ })).toHaveCount(0);

  await row.getByRole("button", { name: `Actions for ${spouseName}` }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const edit = page.getByRole("dialog", { name: `Edit ${spouseName}` });
  await edit.getByRole("checkbox", { name: "Can access portal" }).uncheck();
  await expect(edit.getByText(`This signs ${spouseName} out of the portal and cancels pending invites.`)).toBeVisible();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Contact saved")).toBeVisible();

  await portal.reload();
  await expect(portal).toHaveURL(/\/portal\/sign-in/);
  await expect(portal.getByRole("heading", { name: /sign in/i })).toBeVisible();
  await expect(portal.getByText(carName, { exact: true })).toHaveCount(0);
  await spouseContext.close();
});
