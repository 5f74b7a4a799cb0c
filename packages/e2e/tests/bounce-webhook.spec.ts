import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { BASE_URL, POSTMARK_URL, TWILIO_URL, WEBHOOK_AUTH } from "../playwright.config";
import { emailTo, signInAsStaff, staffGql, unique } from "./support";

type ReceivedMessage = { MessageID: string; To: string };

const BOUNCE_REASON = "The server was unable to deliver your message (ex: unknown user, mailbox not found).";

/** Postmark's Bounce webhook, as it posts one: https://postmarkapp.com/developer/webhooks/bounce-webhook */
function bounceEvent(messageId: string, email: string) {
  return {
    RecordType: "Bounce",
    ID: Math.floor(Math.random() * 2 ** 31),
    Type: "HardBounce",
    TypeCode: 1,
    Name: "Hard bounce",
    Tag: "invite",
    MessageID: messageId,
    ServerID: 23,
    MessageStream: "outbound",
    Description: BOUNCE_REASON,
    Details: "",
    Email: email,
    From: "portal@portico.test",
    BouncedAt: new Date().toISOString(),
    DumpAvailable: false,
    Inactive: true,
    CanActivate: true,
    Subject: "Your Harbor Point Storage portal invite",
  };
}

/** Sends the invite from the customer page that is open; the MessageID Postmark took its email under. */
async function sendInviteFromCustomerPage(page: Page, email: string): Promise<string> {
  await page.getByTestId("invite-action").getByRole("button", { name: "Send Invite", exact: true }).click();
  await page.getByRole("dialog", { name: "Send portal invite" }).getByRole("button", { name: "Send Invite" }).click();
  await expect(page.getByText(`Invite sent to ${email}`)).toBeVisible();
  await emailTo(email);
  const messages = (await (await fetch(`${POSTMARK_URL}/__messages`)).json()) as ReceivedMessage[];
  const sent = messages.filter((m) => m.To.toLowerCase().includes(email)).at(-1);
  expect(sent?.MessageID).toBeTruthy();
  return sent?.MessageID ?? "";
}

/** Posts Postmark's bounce of that message with the webhook's credentials; the outcome the server answers. */
async function postBounce(request: APIRequestContext, messageId: string, email: string): Promise<string> {
  const auth = `Basic ${Buffer.from(`${WEBHOOK_AUTH.user}:${WEBHOOK_AUTH.password}`).toString("base64")}`;
  const response = await request.post(`${BASE_URL}/webhooks/postmark`, {
    headers: { authorization: auth },
    data: bounceEvent(messageId, email),
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { outcome: string }).outcome;
}

test("a hard bounce reported by Postmark's webhook shows on the Contacts row and in the invite timeline", async ({
  page,
  request,
}) => {
  const name = `Bouncer ${unique("B")}`;
  const email = `${unique("bounce")}@example.com`;

  await signInAsStaff(page);
  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Email").fill(email);
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  const messageId = await sendInviteFromCustomerPage(page, email);

  // The worker stores Postmark's MessageID just after Postmark answers; a webhook that beats it is
  // ignored, so a fresh event (Postmark numbers each one) is posted until the server applies one.
  await expect
    .poll(() => postBounce(request, messageId, email), { timeout: 10_000, message: "the bounce webhook to be applied" })
    .toBe("applied");

  const unauthorized = await request.post(`${BASE_URL}/webhooks/postmark`, {
    data: bounceEvent(messageId, email),
  });
  expect(unauthorized.status()).toBe(401);

  await page.goto("/staff/contacts");
  await page.getByRole("searchbox", { name: "Search customers" }).fill(name);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("portal-status")).toHaveText("Bounced");
  await expect(row.getByText(`The last invite could not be delivered: ${BOUNCE_REASON}`)).toBeVisible();
  await expect(row.getByRole("button", { name: "Resend Invite", exact: true })).toBeEnabled();

  await row.getByRole("link", { name }).click();
  const history = page.getByRole("region", { name: "Invite history" });
  const timeline = history.getByLabel("Invite timeline").first();
  await expect(timeline.getByText("Queued", { exact: true })).toBeVisible();
  await expect(timeline.getByText("Bounced", { exact: true })).toBeVisible();
  await expect(timeline.getByText(BOUNCE_REASON)).toBeVisible();
  await expect(history.getByText("Bounced", { exact: true }).first()).toBeVisible();
});

type FakeText = { sid: string; to: string; body: string };

test("an invite email that bounces for good goes out by text to a person who agreed to texts, once, on the timeline", async ({
  page,
  request,
  browser,
}) => {
  const name = `Bounced Texter ${unique("BT")}`;
  const email = `${unique("bounce-text")}@example.com`;
  // A number of its own per run (the text invite's spec uses 555-xxxx), the last four digits from the run.
  const phone = `+1207556${String(Date.now() % 10_000).padStart(4, "0")}`;

  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { name, email, phone } },
  );
  await page.goto(`/staff/customers/${createCustomer.id}`);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  // They agreed to texts but kept email as their channel: the invite goes by email.
  const texts = page.getByRole("region", { name: "Texts" });
  await texts.getByLabel(/Agreed to receive texts/).check();
  await texts.getByLabel("How they agreed").fill("Said yes on the phone");
  await texts.getByRole("button", { name: "Save" }).click();
  await expect(texts.getByTestId("texts-state")).toHaveText("Consent recorded");

  const messageId = await sendInviteFromCustomerPage(page, email);
  const bounce = () => postBounce(request, messageId, email);
  await expect.poll(bounce, { timeout: 10_000, message: "the bounce webhook to be applied" }).toBe("applied");
  // Postmark reports the bounce again: no second text.
  expect(await bounce()).toBe("applied");

  const textsTo = async () =>
    ((await (await fetch(`${TWILIO_URL}/__messages`)).json()) as FakeText[]).filter((t) => t.to === phone);
  await expect.poll(async () => (await textsTo()).length, { message: `a text to ${phone}` }).toBe(1);
  const text = (await textsTo())[0] as FakeText;
  expect(text.body).toContain("invites you to its customer portal");

  const national = phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
  await page.reload();
  const history = page.getByRole("region", { name: "Invite history" });
  const timeline = history.getByLabel("Invite timeline").first();
  await expect(timeline.getByText("Bounced", { exact: true }).first()).toBeVisible();
  await expect(timeline.getByText("Sent by text instead", { exact: true })).toBeVisible();
  await expect(timeline.getByText(`To ${national}`).first()).toBeVisible();
  await expect(timeline.getByText("Text sent", { exact: true })).toBeVisible();

  const link = /https?:\/\/\S+\/portal\/link\/[A-Za-z0-9_-]+/.exec(text.body)?.[0];
  expect(link, text.body).toBeTruthy();
  const customer = await browser.newContext();
  const portal = await customer.newPage();
  await portal.goto(link as string);
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal).not.toHaveURL(/\/link\//);
  await customer.close();
  await page.reload();
  await expect(page.getByText("IN PORTAL").first()).toBeVisible();
  expect(await textsTo()).toHaveLength(1);
});
