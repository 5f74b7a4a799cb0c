import { expect, type Page, test } from "@playwright/test";
import { POSTMARK_URL, TWILIO_URL } from "../playwright.config";
import { emailTo, linkIn, signInAsStaff, staffGql, unique } from "./support";

// The demo's Eleanor Whitaker has a storage agreement to sign, shared two days before the server
// started, an overdue invoice and one due in nine days. Staff turn on contract reminders with a
// timing that makes today her contract's day, and reminders of invoices due soon, and save: the save starts a reminder pass (the e2e
// server runs none of its own), and Eleanor gets one email with everything due today. The
// facility's zone is set to one where it is daytime now, and put back at the end.

const ELEANOR = "eleanor@example.com";
const ZONES = [
  "Pacific/Honolulu",
  "America/Los_Angeles",
  "America/New_York",
  "Atlantic/Azores",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Bangkok",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
];

const hourIn = (zone: string, at: Date) =>
  Number(new Intl.DateTimeFormat("en-US", { hour: "2-digit", hourCycle: "h23", timeZone: zone }).format(at));
const dayIn = (zone: string, at: Date) =>
  new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: zone }).format(at);
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

type Settings = {
  signInMethod: string;
  inviteExpiryDays: number;
  resendCooldownHours: number;
  welcomeMessage: string | null;
  timeZone: string;
};

async function setZone(page: Page, settings: Settings, timeZone: string) {
  const { signInMethod, inviteExpiryDays, resendCooldownHours, welcomeMessage } = settings;
  await staffGql(page, "mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }", {
    input: { signInMethod, inviteExpiryDays, resendCooldownHours, welcomeMessage, timeZone },
  });
}

test("a reminder kind turned on in Settings → Portal sends a customer one email of the day's reminders", async ({
  page,
  browser,
}) => {
  await signInAsStaff(page);
  const { facility } = await staffGql<{ facility: Settings & { name: string } }>(
    page,
    "{ facility { name signInMethod inviteExpiryDays resendCooldownHours welcomeMessage timeZone } }",
  );
  // A zone where it is between 10:00 and 16:00 now: inside daytime with room for the test to run.
  const now = new Date();
  const zone = ZONES.find((z) => hourIn(z, now) >= 10 && hourIn(z, now) <= 16);
  if (!zone) throw new Error("no zone in daytime now");
  await setZone(page, facility, zone);

  try {
    const { customers } = await staffGql<{
      customers: {
        nodes: Array<{
          id: string;
          email: string;
          documents: Array<{ id: string; title: string; createdAt: string }>;
          invoices: Array<{ id: string; number: string; dueOn: string | null; status: string }>;
        }>;
      };
    }>(
      page,
      `query($s: String!) { customers(search: $s) { nodes { id email documents { id title createdAt } invoices { id number dueOn status } } } }`,
      { s: "Eleanor Whitaker" },
    );
    const eleanor = customers.nodes.find((c) => c.email === ELEANOR);
    if (!eleanor) throw new Error("the demo's Eleanor is missing");
    const today = dayIn(zone, now);
    const agreement = eleanor.documents.find((d) => d.title === "Storage Agreement 2026");
    const dueSoon = eleanor.invoices.find((i) => i.status === "OPEN" && i.dueOn && i.dueOn > today);
    if (!agreement || !dueSoon?.dueOn) throw new Error("the demo's agreement or open invoice is missing");
    const sharedDaysAgo = daysFrom(dayIn(zone, new Date(agreement.createdAt)), today);
    const dueInDays = daysFrom(today, dueSoon.dueOn);

    // Every kind off to start with (saving starts a pass, which must send her nothing yet).
    await staffGql(page, "mutation($input: CareReminderSettingsInput!) { updateCareReminders(input: $input) { id } }", {
      input: {
        contracts: false,
        contractsAfterDays: 3,
        invoicesDue: false,
        invoicesDueDays: dueInDays,
        invoicesOverdue: false,
        estimates: false,
        estimatesAfterDays: 3,
        events: false,
      },
    });
    const before = ((await (await fetch(`${POSTMARK_URL}/__messages`)).json()) as Array<{ To: string }>).filter((m) =>
      m.To.toLowerCase().includes(ELEANOR),
    ).length;

    // A customer who chose texts, with consent for their number, and an invoice due the same day as
    // Eleanor's: the same pass texts them.
    const texterName = `Rhea Reminder ${unique("R")}`;
    const phone = `+1207557${String(Date.now() % 10_000).padStart(4, "0")}`;
    const { createCustomer: texter } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { name: texterName, email: `${unique("rhea")}@example.com`, phone } },
    );
    await staffGql(page, "mutation($input: TextSettingsInput!) { setTextSettings(input: $input) { canText } }", {
      input: { customerId: texter.id, channel: "TEXT", consent: true, consentNote: "Asked for texts" },
    });
    const { createInvoice } = await staffGql<{ createInvoice: { id: string } }>(
      page,
      `mutation($id: ID!, $input: InvoiceInput!) { createInvoice(customerId: $id, input: $input) { id } }`,
      { id: texter.id, input: { dueOn: dueSoon.dueOn, lines: [{ description: "Winter storage", unitCents: 42_000 }] } },
    );
    await staffGql(page, "mutation($id: ID!) { issueInvoice(id: $id) { id } }", { id: createInvoice.id });

    await page.goto("/staff/settings/portal");
    const card = page.getByRole("form", { name: "Reminders" });
    const contracts = card.getByRole("switch", { name: /^Contracts waiting for a signature/ });
    await expect(contracts).not.toBeChecked();
    await contracts.check();
    await card
      .getByRole("textbox", { name: /Contracts waiting for a signature: days after sharing/ })
      .fill(String(sharedDaysAgo));
    const invoices = card.getByRole("switch", { name: /^Invoices due soon/ });
    await invoices.check();
    await expect(card.getByText(`${dueInDays} days before an open invoice's due date.`)).toBeVisible();
    await card.getByRole("button", { name: "Save reminders" }).click();
    await expect(page.getByText("Reminders saved")).toBeVisible();

    const email = await emailTo(ELEANOR, { after: before });
    expect(email.Subject).toBe(`2 things need your attention · ${facility.name}`);
    expect(email.TextBody).toContain("Sign “Storage Agreement 2026”");
    expect(email.TextBody).toContain(`Invoice ${dueSoon.number}`);
    const link = /https?:\/\/\S+\/portal\/billing\/\d+/.exec(email.TextBody ?? "")?.[0];
    expect(link).toBeDefined();
    expect(email.TextBody).not.toMatch(/\/portal\/link\//);

    // The texter got the day's text, and staff see it on the customer page as they see Eleanor's email.
    type FakeText = { to: string; body: string };
    const textsTo = async () =>
      ((await (await fetch(`${TWILIO_URL}/__messages`)).json()) as FakeText[]).filter((t) => t.to === phone);
    await expect.poll(async () => (await textsTo()).length, { message: `a text to ${phone}` }).toBe(1);
    expect((await textsTo())[0]?.body).toContain("due");
    await page.goto(`/staff/customers/${texter.id}`);
    const texted = page.getByRole("region", { name: "Reminders sent" }).getByTestId("reminder-sent");
    await expect(texted).toHaveCount(1);
    await expect(texted.getByText("Text", { exact: true })).toBeVisible();
    await expect(texted.getByText("Invoice due soon")).toBeVisible();
    const national = phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
    await expect(texted.getByText(`By text to ${national}`)).toBeVisible();
    await page.goto(`/staff/customers/${eleanor.id}`);
    // Her spouse, a contact who takes contract reminders, has a line of his own.
    const emailed = page
      .getByRole("region", { name: "Reminders sent" })
      .getByTestId("reminder-sent")
      .filter({ hasText: "Eleanor Whitaker" });
    await expect(emailed).toHaveCount(1);
    await expect(emailed.getByText("Email", { exact: true })).toBeVisible();
    await expect(emailed.getByText("Contract to sign · Invoice due soon")).toBeVisible();
    await expect(emailed.getByText(`By email to ${ELEANOR}`)).toBeVisible();

    // Eleanor, signed in, follows the email's invoice link to the invoice.
    const context = await browser.newContext();
    const portal = await context.newPage();
    await portal.goto("/portal/");
    await portal.getByLabel("Email address").fill(ELEANOR);
    await portal.getByRole("button", { name: "Email me a sign-in link" }).click();
    await portal.goto(linkIn(await emailTo(ELEANOR, { after: before + 1 })));
    await portal.getByRole("button", { name: "Continue" }).click();
    await expect(
      portal.getByRole("heading", { level: 1, name: /^Good (morning|afternoon|evening), Eleanor$/ }),
    ).toBeVisible();
    await portal.goto(link ?? "");
    await expect(portal.getByRole("heading", { name: new RegExp(`Invoice ${dueSoon.number}`) })).toBeVisible();
    await context.close();
  } finally {
    await setZone(page, facility, facility.timeZone);
  }
});
