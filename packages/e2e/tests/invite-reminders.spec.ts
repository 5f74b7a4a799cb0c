import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { emailTo, linkIn, signInAsStaff, staffGql, unique } from "./support";

const SETTINGS = "{ facility { signInMethod inviteExpiryDays resendCooldownHours timeZone } }";
const UPDATE = "mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }";
const STATUS = "query($id: ID!) { customer(id: $id) { portalStatus { state } } }";

/** Zones an hour apart around the world: one of them is in the middle of its working day now. */
const ZONES = [
  "Pacific/Honolulu",
  "America/Anchorage",
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Halifax",
  "America/Sao_Paulo",
  "America/Noronha",
  "Atlantic/Azores",
  "Atlantic/Reykjavik",
  "Africa/Lagos",
  "Africa/Cairo",
  "Europe/Moscow",
  "Asia/Dubai",
  "Asia/Karachi",
  "Asia/Dhaka",
  "Asia/Bangkok",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Brisbane",
  "Pacific/Noumea",
  "Pacific/Fiji",
  "Pacific/Tongatapu",
  "Pacific/Kiritimati",
];

function zoneInDaytime(): string {
  const zone = ZONES.find((timeZone) => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(new Date()),
    );
    return hour >= 10 && hour < 16;
  });
  if (!zone) throw new Error("no zone in daytime");
  return zone;
}

/**
 * Moves the invite to `email` four days into the past, in the server's database: the reminder job
 * then finds its day-3 reminder due. (The test cannot wait three days, and the server has no clock
 * to set from outside.)
 */
async function backdateInvite(email: string): Promise<void> {
  const serverRequire = createRequire(path.resolve(import.meta.dirname, "../../../server/package.json"));
  const days = 4;
  if (process.env.E2E_DATABASE === "pg") {
    const pg = serverRequire("pg") as {
      Client: new (options: {
        connectionString?: string;
      }) => {
        connect(): Promise<void>;
        query(text: string, values: unknown[]): Promise<unknown>;
        end(): Promise<void>;
      };
    };
    const client = new pg.Client({ connectionString: process.env.E2E_POSTGRES_URL });
    await client.connect();
    try {
      await client.query(
        `UPDATE invitations SET created_at = created_at - make_interval(days => $2) WHERE email = $1 AND state = 'PENDING'`,
        [email, days],
      );
    } finally {
      await client.end();
    }
    return;
  }
  const Sqlite = serverRequire("better-sqlite3") as new (
    file: string,
  ) => {
    pragma(text: string): unknown;
    prepare(text: string): { run(...values: unknown[]): unknown };
    close(): void;
  };
  const db = new Sqlite(process.env.E2E_SQLITE_FILE as string);
  try {
    db.pragma("busy_timeout = 10000");
    db.prepare(`UPDATE invitations SET created_at = created_at - ? WHERE email = ? AND state = 'PENDING'`).run(
      days * 86_400_000,
      email,
    );
  } finally {
    db.close();
  }
}

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
