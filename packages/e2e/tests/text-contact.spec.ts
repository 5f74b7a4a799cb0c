import { expect, test } from "@playwright/test";
import { TWILIO_URL } from "../playwright.config";
import { signInAsStaff, staffGql, unique } from "./support";

type FakeText = { sid: string; to: string; body: string };

/** The latest text the fake Twilio accepted for `to`, once one has arrived. */
async function textTo(to: string): Promise<FakeText> {
  let found: FakeText | undefined;
  await expect
    .poll(
      async () => {
        const texts = (await (await fetch(`${TWILIO_URL}/__messages`)).json()) as FakeText[];
        found = texts.filter((t) => t.to === to).at(-1);
        return found !== undefined;
      },
      { message: `a text to ${to}` },
    )
    .toBe(true);
  return found as FakeText;
}

test("staff record a contact's consent in the contact's row and invite them by text: the texted link signs them in", async ({
  page,
  browser,
}) => {
  // A number of its own per run, and not the account holder's text-invite spec's.
  const phone = `+1207556${String(Date.now() % 10_000).padStart(4, "0")}`;
  const holder = `Holder ${unique("H")}`;
  const name = `Spouse ${unique("S")}`;

  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { name: holder, email: `${unique("holder")}@example.com` } },
  );
  await staffGql(
    page,
    `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id } }`,
    {
      customerId: createCustomer.id,
      input: {
        name,
        phone,
        role: "SPOUSE",
        canAccessPortal: true,
        preferences: {
          invoices: false,
          estimates: false,
          scheduling: true,
          carUpdates: true,
          contracts: false,
          socialEvents: true,
          marketing: false,
        },
      },
    },
  );
  await page.goto(`/staff/customers/${createCustomer.id}`);
  await expect(page.getByRole("heading", { name: holder })).toBeVisible();

  // The contact has a number but no email and no consent: no invite button yet.
  const row = page.getByRole("listitem", { name });
  await expect(row.getByTestId("contact-invite-action").getByRole("button")).toHaveCount(0);
  const toggle = row.getByTestId("contact-texts-toggle");
  await expect(toggle).toContainText("No consent");
  await toggle.click();
  const texts = row.getByTestId("contact-texts");
  await texts.getByLabel(/Agreed to receive texts/).check();
  await texts.getByLabel("How they agreed").fill("Said yes on the phone");
  await texts.getByRole("button", { name: "Save" }).click();
  await expect(toggle).toContainText("Consent recorded");
  await expect(texts.getByText(/Recorded by .*: Said yes on the phone/)).toBeVisible();
  // The account holder's own Texts card is theirs alone: nothing was recorded for them.
  await expect(page.getByRole("region", { name: "Texts" }).getByTestId("texts-state")).toHaveText("No consent");

  await row.getByTestId("contact-invite-action").getByRole("button", { name: "Send Invite" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Send Invite" }).click();
  await expect(dialog).toBeHidden();

  const text = await textTo(phone);
  expect(text.body).toContain("Reply STOP to opt out");
  const link = /https?:\/\/\S+\/portal\/link\/[A-Za-z0-9_-]+/.exec(text.body)?.[0];
  expect(link, text.body).toBeTruthy();
  // The text shows in the contact's recent texts.
  await page.reload();
  await row.getByTestId("contact-texts-toggle").click();
  await expect(row.getByTestId("contact-texts").getByText("Portal invite")).toBeVisible();

  const contact = await browser.newContext();
  const portal = await contact.newPage();
  await portal.goto(link as string);
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal).not.toHaveURL(/\/link\//);
  await expect(portal.getByText(/Harbor Point Storage/).first()).toBeVisible();
  await contact.close();

  await page.reload();
  await expect(row.getByText("IN PORTAL")).toBeVisible();
});
