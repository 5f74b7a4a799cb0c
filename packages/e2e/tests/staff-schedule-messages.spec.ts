import { expect, type Page, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { emailTo, linkIn, signInAsStaff, unique } from "./support";

/** Creates a customer from Contacts and lands on their page. */
async function newCustomer(page: Page, { car }: { car?: boolean } = {}) {
  const email = `${unique("sched")}@example.com`;
  const name = `Morgan ${unique("E")}`;
  await page.getByRole("link", { name: "Contacts", exact: true }).first().click();
  await page.getByRole("button", { name: "New customer" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New customer" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("button", { name: /create|save|add/i }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  if (car) {
    await page.getByRole("button", { name: "Add car" }).first().click();
    const carDialog = page.getByRole("dialog", { name: "Add car" });
    await carDialog.getByLabel("Year").fill("1965");
    await carDialog.getByLabel("Make").fill("Jaguar");
    await carDialog.getByLabel("Model").fill("E-Type");
    await carDialog.getByRole("button", { name: "Add car" }).click();
    await expect(page.getByRole("listitem", { name: "1965 Jaguar E-Type" })).toBeVisible();
  }
  const id = /\/customers\/(\d+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a customer page: ${page.url()}`);
  return { id, name, email };
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

test.beforeEach(async ({ page }) => {
  await signInAsStaff(page);
});

test("schedules a detailing for a customer and finds it on the week's schedule", async ({ page }) => {
  const customer = await newCustomer(page, { car: true });
  const day = new Date(Date.now() + 2 * 86_400_000);
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - ((day.getDay() + 6) % 7));
  const title = `Concours detail ${unique("D")}`;

  const events = page.getByRole("region", { name: "Events" });
  await expect(events.getByText("No events yet")).toBeVisible();
  await events.getByRole("button", { name: "Schedule event" }).click();
  const dialog = page.getByRole("dialog", { name: "New event" });
  // The customer comes from the page; it cannot be left out unless the event is social.
  await expect(dialog.getByRole("combobox", { name: "Customer" })).toHaveValue(customer.name);
  await dialog.getByRole("combobox", { name: "Kind" }).click();
  await page.getByRole("option", { name: "Detailing" }).click();
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByRole("combobox", { name: "Car" }).click();
  await page.getByRole("option", { name: "1965 Jaguar E-Type" }).click();
  await dialog.getByLabel("Start date").fill(isoDay(day));
  await dialog.getByLabel("Start time").fill("10:30");
  await dialog.getByLabel("End time").fill("09:00");
  await dialog.getByRole("button", { name: "Schedule event" }).click();
  await expect(dialog.getByText("Ends after it starts")).toBeVisible();
  await dialog.getByLabel("End time").fill("13:00");
  await dialog.getByLabel("Location").fill("Detail bay 2");
  await dialog.getByRole("button", { name: "Schedule event" }).click();
  await expect(page.getByText(`${title} scheduled for ${customer.name}`)).toBeVisible();
  await expect(events.getByRole("listitem", { name: new RegExp(`^Detailing: ${title}`) })).toBeVisible();

  const scheduled = await emailTo(customer.email);
  expect(scheduled.Subject).toBe(`Scheduled: ${title} · Harbor Point Storage`);

  await page.getByRole("link", { name: "Schedule", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Schedule", exact: true })).toBeVisible();
  await page.goto(`/staff/schedule?week=${isoDay(monday)}`);
  const item = page.getByRole("listitem", { name: new RegExp(`^Detailing: ${title}`) });
  await expect(item).toBeVisible();
  await expect(item.getByRole("link", { name: customer.name })).toBeVisible();
  await expect(item.getByText("1965 Jaguar E-Type")).toBeVisible();
  await expect(item.getByText("Detail bay 2")).toBeVisible();
  await expect(item.getByText("10:30")).toBeVisible();
});

test("a message written from the customer page shows in the inbox", async ({ page }) => {
  const customer = await newCustomer(page);
  const body = `Your car is ready for collection (${unique("M")}).`;

  await page.getByRole("link", { name: "Message", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/messages\\?customer=${customer.id}$`));
  await expect(page.getByText(`No messages with ${customer.name} yet`)).toBeVisible();
  const box = page.getByRole("textbox", { name: `Message to ${customer.name}` });
  await box.press("Enter");
  await expect(page.getByText("Write a message first")).toBeVisible();
  await box.fill(body);
  await box.press("Enter");
  await expect(page.getByRole("log").getByText(body)).toBeVisible();
  await expect(box).toHaveValue("");

  await page.goto("/staff/messages");
  const conversations = page.getByRole("list", { name: "Conversations" });
  await expect(conversations.getByRole("button", { name: customer.name })).toContainText(body);
  await conversations.getByRole("button", { name: customer.name }).click();
  await expect(page.getByRole("log", { name: `Conversation with ${customer.name}` }).getByText(body)).toBeVisible();
});

test("creates an estimate with two lines and sends it; the customer is emailed", async ({ page }) => {
  const customer = await newCustomer(page);
  const estimates = page.getByRole("region", { name: "Estimates" });
  await estimates.getByRole("button", { name: "New estimate" }).click();
  const dialog = page.getByRole("dialog", { name: `New estimate for ${customer.name}` });
  await dialog.getByLabel("Title").fill("Spring recommissioning");
  await dialog.getByRole("button", { name: "Save draft" }).click();
  await expect(dialog.getByText("Describe the item")).toBeVisible();
  await dialog.getByRole("textbox", { name: "Description, line 1" }).fill("Fluids change");
  await dialog.getByRole("textbox", { name: "Unit price, line 1" }).fill("485");
  await dialog.getByRole("button", { name: "Add line" }).click();
  await dialog.getByRole("textbox", { name: "Description, line 2" }).fill("New tyres");
  await dialog.getByRole("textbox", { name: "Quantity, line 2" }).fill("4");
  await dialog.getByRole("textbox", { name: "Unit price, line 2" }).fill("320.50");
  await expect(dialog.getByTestId("estimate-total")).toHaveText("Total $1,767.00");
  await dialog.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/Draft EST-\d+ saved/)).toBeVisible();

  const estimate = estimates.getByRole("listitem", { name: /^EST-\d+: Spring recommissioning$/ });
  await expect(estimate.getByText("Draft", { exact: true })).toBeVisible();
  await expect(estimate.getByText("$1,767.00").first()).toBeVisible();
  await estimate.getByRole("button", { name: "Send to customer" }).click();
  const confirm = page.getByRole("dialog", { name: /^Send EST-\d+ to / });
  await confirm.getByRole("button", { name: "Send estimate" }).click();
  await expect(page.getByText(new RegExp(`EST-\\d+ sent to ${customer.name}`))).toBeVisible();
  await expect(estimate.getByText("Sent", { exact: true })).toBeVisible();

  const email = await emailTo(customer.email);
  expect(email.Subject).toMatch(/^Estimate EST-\d+: Spring recommissioning · Harbor Point Storage$/);
  expect(email.TextBody).toContain("$1,767.00");
});

test("the requests queue filters by status, and a reply moves a customer's request along", async ({
  page,
  playwright,
}) => {
  const customer = await newCustomer(page);
  // The customer signs in to the portal from their invite and asks for work, through the API.
  await page.getByRole("button", { name: "Send Invite" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Send Invite" }).click();
  const token = /\/portal\/link\/([A-Za-z0-9_-]{43})/.exec(linkIn(await emailTo(customer.email)))?.[1];
  const portal = await playwright.request.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: { "apollo-require-preflight": "true", "x-portico-app": "portal" },
  });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await portal.post("/graphql", { data: { query, variables } });
    const json = await res.json();
    expect(json.errors).toBeUndefined();
    return json.data;
  };
  await gql("mutation($t: String!) { redeemSignInLink(token: $t) { __typename } }", { t: token });
  const notes = `Interior detail, please (${unique("R")})`;
  await gql("mutation($input: ServiceRequestInput!) { requestService(input: $input) { id } }", {
    input: { type: "DETAILING", notes },
  });
  // More open requests than a page holds, asked after the detailing, so that it stays on the first.
  const fillers = Array.from({ length: 50 }, (_, i) => `Wash ${i + 1} (${unique("F")})`);
  for (const fillerNotes of fillers) {
    await gql("mutation($input: ServiceRequestInput!) { requestService(input: $input) { id } }", {
      input: { type: "SERVICE", notes: fillerNotes },
    });
  }
  const emailsBefore = 1;

  await page
    .getByRole("link", { name: /^Requests/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Service requests" })).toBeVisible();
  const filters = page.getByRole("group", { name: "Filter by status" });
  for (const open of ["New", "Scheduled", "In progress"]) {
    await expect(filters.getByRole("checkbox", { name: open })).toBeChecked();
  }
  for (const closed of ["Done", "Cancelled"]) {
    await expect(filters.getByRole("checkbox", { name: closed })).not.toBeChecked();
  }
  const row = page.getByRole("listitem", { name: `Detailing for ${customer.name}, New` });
  await expect(row).toContainText(notes);
  // The queue comes a page at a time, oldest first: the last request asked waits on the next page.
  const lastFiller = page.getByRole("listitem").filter({ hasText: fillers.at(-1) as string });
  await expect(page.getByText(/^50\+ open requests$/)).toBeVisible();
  await expect(lastFiller).toHaveCount(0);
  await page.getByRole("button", { name: "Show more requests" }).click();
  await expect(lastFiller).toBeVisible();
  await expect(page.getByText(/^\d+ open requests$/)).toBeVisible();

  await row.getByRole("button", { name: "Detailing" }).click();
  const drawer = page.getByRole("dialog", { name: "Service request" });
  await expect(drawer.getByText(notes)).toBeVisible();
  await drawer.getByRole("textbox", { name: "Reply to the customer" }).fill("Booked for Thursday morning.");
  await drawer.getByRole("combobox", { name: "Status" }).click();
  await page.getByRole("option", { name: "Scheduled" }).click();
  await drawer.getByRole("button", { name: "Send & update status" }).click();
  await expect(page.getByText("Request marked Scheduled")).toBeVisible();
  await expect(drawer.getByText("Booked for Thursday morning.")).toBeVisible();
  const update = await emailTo(customer.email, { after: emailsBefore });
  expect(update.Subject).toBe("Your request is scheduled · Harbor Point Storage");
  await page.keyboard.press("Escape");

  // Scheduled requests come after every new one: past the first page here.
  await page.getByRole("button", { name: "Show more requests" }).click();
  await expect(page.getByRole("listitem", { name: `Detailing for ${customer.name}, Scheduled` })).toBeVisible();
  // Mantine's chips hide their checkbox behind the label, which is what people click.
  await filters.locator("label", { hasText: "Scheduled" }).click();
  await expect(filters.getByRole("checkbox", { name: "Scheduled" })).not.toBeChecked();
  await expect(page.getByRole("listitem", { name: new RegExp(`^Detailing for ${customer.name}`) })).toHaveCount(0);
  await filters.locator("label", { hasText: "Done" }).click();
  await expect(page).toHaveURL(/status=NEW%2CIN_PROGRESS%2CDONE|status=NEW,IN_PROGRESS,DONE/);
  await portal.dispose();
});
