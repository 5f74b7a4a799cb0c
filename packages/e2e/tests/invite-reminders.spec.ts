import { expect, test } from "@playwright/test";
import { backdateInvite, emailTo, linkIn, signInAsStaff, staffGql, unique, zoneInDaytime } from "./support";

const SETTINGS = "{ facility { signInMethod inviteExpiryDays resendCooldownHours timeZone } }";
const UPDATE = "mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }";
const STATUS = "query($id: ID!) { customer(id: $id) { portalStatus { state } } }";

test("an invite not accepted gets a reminder, whose link signs the customer in; the timeline says so", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `${unique("remind")}@example.com`;
  const name = `Remy ${unique("R")}`;

  await signInAsStaff(page);
  const { facility: before } = await staffGql<{ facility: Record<string, unknown> }>(page, SETTINGS);
  try {
    await staffGql(page, UPDATE, {
      input: { ...before, timeZone: zoneInDaytime(), inviteRemindersEnabled: true, inviteReminderDays: [3, 7] },
    });
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
      { input: { name, email } },
    );
    await staffGql(page, "mutation($id: ID!) { sendInvite(customerId: $id) { __typename } }", {
      id: createCustomer.id,
    });
    const invite = await emailTo(email);
    expect(invite.Subject).not.toMatch(/^Reminder/);

    await backdateInvite(email);
    const reminder = await emailTo(email, { after: 1 });
    expect(reminder.Subject).toBe("Reminder: Harbor Point Storage invited you to its portal");
    expect(reminder.TrackLinks).toBe("None");
    const link = linkIn(reminder);
    expect(link).not.toBe(linkIn(invite));

    const customer = await browser.newContext();
    const portal = await customer.newPage();
    await portal.goto(link);
    await portal.getByRole("button", { name: "Continue" }).click();
    await expect(portal.getByText(/Harbor Point Storage/).first()).toBeVisible();
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
    // The first invite's link was replaced by the reminder's.
    await portal.goto(linkIn(invite));
    await expect(portal.getByRole("button", { name: "Continue" })).toHaveCount(0);
    await customer.close();

    await page.goto(`/staff/customers/${createCustomer.id}`);
    const timeline = page.getByLabel("Invite timeline").first();
    await expect(timeline.getByText("Reminder sent")).toBeVisible();
    await expect(timeline.getByText("Signed in")).toBeVisible();
  } finally {
    await staffGql(page, UPDATE, { input: before });
  }
});
