import { expect, test } from "@playwright/test";
import { inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

test("staff archive a customer signed in to the portal: gone from Contacts and search, signed out, restored from Archived", async ({
  page,
  browser,
}) => {
  const tag = unique("arch").replace(/[^a-z0-9]/gi, "");
  const name = `Astrid ${tag}`;
  const email = `astrid.${tag}@example.com`;

  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { name, email } },
  );
  await staffGql(page, `mutation($id: ID!) { sendInvite(customerId: $id) { __typename } }`, { id: createCustomer.id });

  // The customer signs in to the portal in a browser of their own.
  const customerContext = await browser.newContext();
  const portal = await customerContext.newPage();
  await portal.goto(await inviteLinkFor(email));
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal.getByRole("link", { name: "Messages" }).first()).toBeVisible();

  // Staff find them in Contacts, open their page and archive them.
  const search = page.getByRole("searchbox", { name: "Search customers" });
  await search.fill(tag);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Archive customer" }).click();
  const dialog = page.getByRole("dialog", { name: `Archive ${name}?` });
  await expect(dialog.getByText(/everyone signed in on their account is signed out/)).toBeVisible();
  await dialog.getByRole("button", { name: "Archive customer" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("archived-banner")).toContainText("Archived on");

  // Gone from Contacts and its search.
  await page.getByRole("link", { name: "Back to Contacts" }).click();
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search customers" }).fill(tag);
  await expect(page.getByTestId("customers-empty")).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveCount(0);

  // The portal is signed out on its next action.
  await portal.getByRole("link", { name: "Messages" }).first().click();
  await expect(portal).toHaveURL(/\/portal\/sign-in/);
  await customerContext.close();

  // Staff find them under Archived and restore them.
  // Mantine's segmented control hides its radios under their labels: the label takes the click.
  const view = page.locator(".mantine-SegmentedControl-root");
  await view.getByText("Archived", { exact: true }).click();
  await expect(page.getByRole("radio", { name: "Archived" })).toBeChecked();
  const archivedRow = page.getByRole("row", { name: new RegExp(name) });
  await expect(archivedRow).toBeVisible();
  await archivedRow.getByRole("button", { name: `Restore ${name}` }).click();
  await expect(page.getByText(`${name} is restored to Contacts`)).toBeVisible();
  await expect(archivedRow).toHaveCount(0);

  await view.getByText("Active", { exact: true }).click();
  await page.getByRole("searchbox", { name: "Search customers" }).fill(tag);
  await expect(page.getByRole("link", { name })).toBeVisible();
});
