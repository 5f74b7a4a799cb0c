import { expect, test } from "@playwright/test";
import { inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

const PREFERENCES = {
  carUpdates: true,
  contracts: true,
  estimates: true,
  invoices: true,
  marketing: false,
  scheduling: true,
  socialEvents: false,
};

test("a contact whose access is turned off while signed in lands on sign-in, told why", async ({ page, browser }) => {
  const customerName = `Quinn ${unique("Q")}`;
  const contactName = `Sasha ${unique("S")}`;
  const contactEmail = `${unique("sasha")}@example.com`;

  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { name: customerName } },
  );
  const contact = { name: contactName, email: contactEmail, role: "ASSISTANT", preferences: PREFERENCES };
  const { addContact } = await staffGql<{ addContact: { id: string } }>(
    page,
    `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id } }`,
    { customerId: createCustomer.id, input: { ...contact, canAccessPortal: true } },
  );
  await staffGql(page, `mutation($id: ID!) { sendContactInvite(contactId: $id) { __typename } }`, {
    id: addContact.id,
  });

  const contactContext = await browser.newContext();
  const portal = await contactContext.newPage();
  await portal.goto(await inviteLinkFor(contactEmail));
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal.getByText(`You're signed in as ${contactName} on ${customerName}'s account`)).toBeVisible();

  await staffGql(page, `mutation($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { id } }`, {
    id: addContact.id,
    input: { ...contact, canAccessPortal: false },
  });

  // The next page the contact opens, without reloading: no error card, no avatar, the sign-in page.
  await portal.getByRole("link", { name: "Messages" }).first().click();
  await expect(portal).toHaveURL(/\/portal\/sign-in/);
  await expect(
    portal.getByText("Harbor Point Storage has turned off your access to this portal. Ask them if you need it back."),
  ).toBeVisible();
  await expect(portal.getByText("We couldn't load this page")).toHaveCount(0);
  await expect(portal.getByRole("button", { name: /account menu/i })).toHaveCount(0);
  await contactContext.close();
});
