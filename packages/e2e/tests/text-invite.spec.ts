import { expect, test } from "@playwright/test";
import { TWILIO, TWILIO_URL } from "../playwright.config";
import { signInAsStaff, staffGql, unique } from "./support";

type FakeText = { sid: string; to: string; from: string | null; body: string; statusCallback: string | null };

/** The texts the fake Twilio accepted for `to`, once at least one has arrived. */
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

test("staff invite a person who has only a phone number with consent: the text arrives and its link signs in", async ({
  page,
  browser,
}) => {
  // A number of its own per run: 555-01xx numbers, the last four digits from the run.
  const phone = `+1207555${String(Date.now() % 10_000).padStart(4, "0")}`;
  const name = `Tex ${unique("T")}`;

  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { name, phone } },
  );
  await page.goto(`/staff/customers/${createCustomer.id}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();

  // No email and no consent yet: nobody to invite. Staff record the consent on the Texts card.
  const texts = page.getByRole("region", { name: "Texts" });
  await expect(texts.getByTestId("texts-state")).toHaveText("No consent");
  await texts.getByLabel(/Agreed to receive texts/).check();
  await texts.getByLabel("How they agreed").fill("Said yes at the counter");
  await texts.getByRole("button", { name: "Save" }).click();
  await expect(texts.getByTestId("texts-state")).toHaveText("Consent recorded");

  await page.getByRole("button", { name: "Send Invite" }).first().click();
  const dialog = page.getByRole("dialog");
  const national = phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
  await expect(dialog.getByTestId("invite-recipient")).toHaveText(`Will send by text to ${national}`);
  await dialog.getByRole("button", { name: "Send Invite" }).click();
  await expect(page.getByText(`Invite sent to ${national}`)).toBeVisible();

  const text = await textTo(phone);
  expect(text.from).toBe(TWILIO.from);
  expect(text.body).toContain("Reply STOP to opt out");
  const link = /https?:\/\/\S+\/portal\/link\/[A-Za-z0-9_-]+/.exec(text.body)?.[0];
  expect(link, text.body).toBeTruthy();

  // Twilio reports it delivered: the invite's timeline says so, as it would for an email.
  const callback = await fetch(`${TWILIO_URL}/__status`, {
    method: "POST",
    body: JSON.stringify({ sid: text.sid, status: "delivered" }),
  });
  expect(((await callback.json()) as { status: number }).status).toBe(200);
  await page.reload();
  await expect(page.getByText("Text delivered").first()).toBeVisible();

  const customer = await browser.newContext();
  const portal = await customer.newPage();
  await portal.goto(link as string);
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal.getByText(/Harbor Point Storage/).first()).toBeVisible();
  await expect(portal).not.toHaveURL(/\/link\//);
  await customer.close();

  await page.reload();
  await expect(page.getByText("IN PORTAL").first()).toBeVisible();
});
