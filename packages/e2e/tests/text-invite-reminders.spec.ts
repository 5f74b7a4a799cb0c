import { expect, test } from "@playwright/test";
import { TWILIO_URL } from "../playwright.config";
import { backdateInvite, signInAsStaff, staffGql, unique, zoneInDaytime } from "./support";

const SETTINGS = "{ facility { signInMethod inviteExpiryDays resendCooldownHours timeZone } }";
const UPDATE = "mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }";
const STATUS = "query($id: ID!) { customer(id: $id) { portalStatus { state } } }";

type FakeText = { sid: string; to: string; body: string };

/** The `index`-th text the fake Twilio accepted for `to` (0: the first), once it has arrived. */
async function textTo(to: string, index = 0): Promise<FakeText> {
  let found: FakeText | undefined;
  await expect
    .poll(
      async () => {
        const texts = (await (await fetch(`${TWILIO_URL}/__messages`)).json()) as FakeText[];
        found = texts.filter((t) => t.to === to)[index];
        return found !== undefined;
      },
      { message: `text ${index + 1} to ${to}`, timeout: 30_000 },
    )
    .toBe(true);
  return found as FakeText;
}

const linkIn = (text: FakeText) => {
  const link = /https?:\/\/\S+\/portal\/link\/[A-Za-z0-9_-]+/.exec(text.body)?.[0];
  expect(link, text.body).toBeTruthy();
  return link as string;
};

test("a text invite not accepted gets its reminder by text, whose link signs the customer in", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // A number of its own per run: the last four digits from the run.
  const phone = `+1207556${String(Date.now() % 10_000).padStart(4, "0")}`;
  const name = `Rita ${unique("TR")}`;

  await signInAsStaff(page);
  const { facility: before } = await staffGql<{ facility: Record<string, unknown> }>(page, SETTINGS);
  try {
    await staffGql(page, UPDATE, {
      input: { ...before, timeZone: zoneInDaytime(), inviteRemindersEnabled: true, inviteReminderDays: [3, 7] },
    });
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
      { input: { name, phone } },
    );
    await staffGql(page, "mutation($input: TextSettingsInput!) { setTextSettings(input: $input) { canText } }", {
      input: { customerId: createCustomer.id, channel: "TEXT", consent: true, consentNote: "Said yes at the counter" },
    });
    await staffGql(page, "mutation($id: ID!) { sendInvite(customerId: $id) { __typename } }", {
      id: createCustomer.id,
    });
    const invite = await textTo(phone);
    expect(invite.body).not.toMatch(/^Reminder/);

    await backdateInvite({ phone });
    const reminder = await textTo(phone, 1);
    expect(reminder.body).toMatch(/^Reminder from Harbor Point Storage: your customer portal invite is waiting\./);
    expect(reminder.body).toContain("Reply STOP to opt out");
    const link = linkIn(reminder);
    expect(link).not.toBe(linkIn(invite));

    // The timeline says how the reminder went.
    await page.goto(`/staff/customers/${createCustomer.id}`);
    const timeline = page.getByLabel("Invite timeline").first();
    await expect(timeline.getByText("Reminder sent by text")).toBeVisible();
    // Stored as sent (E.164), shown as the facility dials it.
    const national = phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
    await expect(timeline.getByText(`Reminder 1 by text to ${national}`)).toBeVisible();

    const customer = await browser.newContext();
    const portal = await customer.newPage();
    await portal.goto(link);
    await portal.getByRole("button", { name: "Continue" }).click();
    await expect(portal.getByText(/Harbor Point Storage/).first()).toBeVisible();
    await expect(portal).not.toHaveURL(/\/link\//);
    await expect
      .poll(
        async () =>
          (
            await staffGql<{ customer: { portalStatus: { state: string } } }>(page, STATUS, {
              id: createCustomer.id,
            })
          ).customer.portalStatus.state,
      )
      .toBe("IN_PORTAL");
    // The invite's own link was replaced by the reminder's.
    await portal.goto(linkIn(invite));
    await expect(portal.getByRole("button", { name: "Continue" })).toHaveCount(0);
    await customer.close();
  } finally {
    await staffGql(page, UPDATE, { input: before });
  }
});
