import { expect, test } from "@playwright/test";
import { signInAsStaff, unique } from "./support";

test("search finds words in any order and phones however typed; a bad phone and a duplicate email are caught", async ({
  page,
}) => {
  await signInAsStaff(page);
  const search = page.getByPlaceholder("Search by name, email or phone");
  const eleanor = page.locator("tbody tr", { hasText: "Eleanor Whitaker" });
  for (const text of ["Whitaker Eleanor", "+1 207 555 0148", "(207) 555-0148", "555-0148"]) {
    await search.fill(text);
    await expect(eleanor).toBeVisible();
    await expect(eleanor).toContainText("(207) 555-0148");
  }
  await search.fill("");

  // The first customer with an address, then a second one typing it in capitals.
  const email = `${unique("shared")}@example.com`;
  const firstName = `Robin ${unique("First")}`;
  await page.getByRole("button", { name: "New customer" }).first().click();
  let create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(firstName);
  await create.getByLabel("Email").fill(email);
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name: firstName, level: 1 })).toBeVisible();

  await page.goto("/staff/");
  const secondName = `Robin ${unique("Second")}`;
  await page.getByRole("button", { name: "New customer" }).first().click();
  create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(secondName);
  await create.getByLabel("Email").fill(email.toUpperCase());
  await create.getByLabel("Phone").fill("call me maybe");
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(create.getByText("“call me maybe” is not a phone number.", { exact: false })).toBeVisible();

  await create.getByLabel("Phone").fill("617.555.0111");
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(create.getByText(`${firstName} (a customer) already has ${email}`, { exact: false })).toBeVisible();
  await create.getByRole("button", { name: "Save anyway" }).click();
  await expect(page.getByRole("heading", { name: secondName, level: 1 })).toBeVisible();
  // The profile's line; the Texts card names the number too, in its own words.
  await expect(page.getByRole("definition").filter({ hasText: /^\(617\) 555-0111$/ })).toBeVisible();
});
