import { expect, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

function isoDay(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test("a new customer signs in and uses every section of the portal", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `${unique("sections")}@example.com`;
  const name = `Morgan ${unique("S")}`;
  const carName = "1973 Porsche 911 Carrera RS";
  const eventTitle = `Harbour breakfast ${unique("E")}`;

  await signInAsStaff(page);

  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
    { input: { name, email } },
  );
  const customerId = createCustomer.id;
  await staffGql(page, "mutation($c: ID!, $input: CarInput!) { addCar(customerId: $c, input: $input) { id } }", {
    c: customerId,
    input: { year: 1973, make: "Porsche", model: "911 Carrera RS", plate: "RS 73", location: "Building A, bay 4" },
  });
  const { createInvoice } = await staffGql<{ createInvoice: { id: string; number: string } }>(
    page,
    "mutation($c: ID!, $input: InvoiceInput!) { createInvoice(customerId: $c, input: $input) { id number } }",
    {
      c: customerId,
      input: {
        dueOn: isoDay(14),
        lines: [
          { description: "Monthly storage, heated", quantity: 1, unitCents: 45_000 },
          { description: "Battery tending", quantity: 2, unitCents: 2_500 },
        ],
      },
    },
  );
  await staffGql(page, "mutation($id: ID!) { issueInvoice(id: $id) { id } }", { id: createInvoice.id });

  const upload = await page.request.post(
    `/uploads/customers/${customerId}/documents?title=Storage%20agreement&kind=STORAGE_AGREEMENT&requiresSignature=1`,
    { headers: { "x-portico-request": "1", "x-file-name": "agreement.pdf" }, data: Buffer.from("%PDF-1.4\n%%EOF\n") },
  );
  expect(upload.status()).toBe(201);

  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  startsAt.setHours(9, 0, 0, 0);
  const { scheduleEvent } = await staffGql<{ scheduleEvent: { id: string } }>(
    page,
    "mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }",
    {
      input: { kind: "SOCIAL", title: eventTitle, startsAt: startsAt.toISOString(), location: "Building A forecourt" },
    },
  );
  // A facility-wide event shows on every customer's page: it goes once this test is done, so the
  // other browser tests still meet customers with no events.
  try {
    await walkThePortal();
  } finally {
    await staffGql(page, "mutation($id: ID!) { cancelEvent(id: $id) }", { id: scheduleEvent.id });
  }

  async function walkThePortal() {
    const { createEstimate } = await staffGql<{ createEstimate: { id: string } }>(
      page,
      "mutation($c: ID!, $input: EstimateInput!) { createEstimate(customerId: $c, input: $input) { id } }",
      {
        c: customerId,
        input: {
          title: "Spring detailing",
          lines: [
            { description: "Paint correction", quantity: 1, unitCents: 65_000 },
            { description: "Leather conditioning", quantity: 1, unitCents: 22_000 },
          ],
        },
      },
    );
    await staffGql(page, "mutation($id: ID!) { sendEstimate(id: $id) { id } }", { id: createEstimate.id });
    await staffGql(page, "mutation($c: ID!, $body: String!) { sendMessage(customerId: $c, body: $body) { id } }", {
      c: customerId,
      body: "Welcome aboard! Your car is washed and ready.",
    });
    await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", { c: customerId });

    const link = await inviteLinkFor(email);
    const customer = await browser.newContext({ baseURL: BASE_URL });
    const portal = await customer.newPage();
    await portal.goto(link);
    await portal.getByRole("button", { name: "Continue" }).click();

    // Home: what needs attention.
    await expect(portal.getByRole("heading", { name: "Needs your attention" })).toBeVisible();
    const balance = portal.getByRole("link", { name: "Balance due: View billing" });
    await expect(balance).toContainText("$500.00");
    await expect(portal.getByRole("link", { name: "Contract to sign: Read and sign" })).toContainText(
      "Storage agreement",
    );
    await expect(portal.getByRole("link", { name: "Estimate waiting: Review and answer" })).toContainText(
      "Spring detailing · $870.00",
    );
    await expect(portal.getByRole("link", { name: "Messages: Read and reply" })).toContainText(
      "1 new message from the team",
    );
    await expect(portal.getByRole("link", { name: "Messages, 1 unread" })).toBeVisible();
    await expect(portal.getByRole("article", { name: carName })).toBeVisible();

    // Documents: sign the storage agreement.
    await portal.getByRole("link", { name: "Contract to sign: Read and sign" }).click();
    await expect(portal.getByRole("heading", { level: 1, name: "Storage agreement" })).toBeVisible();
    await portal.getByRole("button", { name: "Sign" }).click();
    await expect(portal.getByText("Type your full name to sign")).toBeVisible();
    await portal.getByLabel("Type your full name").fill(name);
    await portal.getByRole("checkbox", { name: "I agree to sign this document electronically" }).check();
    await portal.getByRole("button", { name: "Sign" }).click();
    await expect(portal.getByText("Signed electronically")).toBeVisible();
    await expect(portal.getByLabel(`Typed name: ${name}`)).toBeVisible();
    await expect(portal.getByText(/Document fingerprint: [0-9a-f]{12}…/)).toBeVisible();

    // Billing: the invoice with its lines.
    await portal.getByRole("navigation", { name: "Portal sections" }).getByRole("link", { name: "Billing" }).click();
    await expect(portal.getByTestId("outstanding-balance")).toHaveText("$500.00");
    await portal.getByRole("link", { name: new RegExp(`^Invoice ${createInvoice.number}`) }).click();
    await expect(portal.getByRole("heading", { level: 1, name: `Invoice ${createInvoice.number}` })).toBeVisible();
    const lines = portal.getByRole("table", { name: "Invoice lines" });
    await expect(lines).toContainText("Monthly storage, heated");
    await expect(lines).toContainText("Battery tending");
    await expect(portal.getByRole("button", { name: "Print / Save as PDF" })).toBeVisible();

    // Schedule: RSVP to the social event.
    await portal.getByRole("navigation", { name: "Portal sections" }).getByRole("link", { name: "Schedule" }).click();
    const event = portal.getByRole("article", { name: eventTitle });
    await expect(event).toContainText("0 going");
    await event.getByLabel(`Guests you're bringing to ${eventTitle}`).fill("2");
    await event.getByRole("button", { name: "Going" }).click();
    await expect(event).toContainText("3 going");
    await expect(event.getByRole("button", { name: "Going" })).toHaveAttribute("aria-pressed", "true");
    await expect(event).toContainText("You're going with 2 guests.");
    // One more guest: saved on its own, without answering again.
    await event.getByLabel(`Guests you're bringing to ${eventTitle}`).fill("3");
    await event.getByRole("button", { name: "Save" }).click();
    await expect(event).toContainText("4 going");
    await expect(event).toContainText("You're going with 3 guests.");
    const { customer: staffView } = await staffGql<{
      customer: { events: Array<{ title: string; goingCount: number; goingGuests: number }> };
    }>(page, "query($id: ID!) { customer(id: $id) { events { title goingCount goingGuests } } }", {
      id: createCustomer.id,
    });
    expect(staffView.events.find((e) => e.title === eventTitle)).toMatchObject({ goingCount: 4, goingGuests: 3 });

    // Estimates: accept the whole estimate.
    await portal.getByRole("navigation", { name: "Portal sections" }).getByRole("link", { name: "Estimates" }).click();
    await portal.getByRole("link", { name: /Spring detailing/ }).click();
    await portal.getByRole("button", { name: "Accept all" }).click();
    await portal
      .getByRole("dialog", { name: "Accept the whole estimate?" })
      .getByRole("button", { name: "Accept $870.00" })
      .click();
    await expect(portal.getByText("Accepted in full, $870.00")).toBeVisible();

    // Messages: read the team's message (clearing the badge) and reply.
    await portal
      .getByRole("navigation", { name: "Portal sections" })
      .getByRole("link", { name: /^Messages/ })
      .click();
    await expect(portal.getByText("Welcome aboard! Your car is washed and ready.")).toBeVisible();
    await expect(portal.getByRole("link", { name: "Messages", exact: true })).toBeVisible();
    await portal.getByRole("textbox", { name: "Message" }).fill("Thank you! See you at the breakfast.");
    await portal.keyboard.press("Enter");
    await expect(portal.getByText("Thank you! See you at the breakfast.")).toBeVisible();
    const { conversation } = await staffGql<{ conversation: { nodes: Array<{ body: string }> } }>(
      page,
      "query($c: ID!) { conversation(customerId: $c, first: 5) { nodes { body } } }",
      { c: customerId },
    );
    expect(conversation.nodes[0]?.body).toBe("Thank you! See you at the breakfast.");

    // Requests: ask for detailing on the car.
    await portal.getByRole("navigation", { name: "Portal sections" }).getByRole("link", { name: "Requests" }).click();
    await portal.getByRole("link", { name: "New request" }).first().click();
    await portal.getByRole("button", { name: "Send request" }).click();
    await expect(portal.getByText("Pick the kind of work")).toBeVisible();
    await portal.getByRole("combobox", { name: /What do you need/ }).click();
    await portal.getByRole("option", { name: "Detailing" }).click();
    await portal.getByRole("combobox", { name: /^Car/ }).click();
    await portal.getByRole("option", { name: carName }).click();
    await portal.getByLabel("Preferred date").fill(isoDay(3));
    await portal.getByLabel("Notes").fill("Full detail before the breakfast, please.");
    await portal.getByRole("button", { name: "Send request" }).click();
    const request = portal.getByRole("article", { name: "Detailing" });
    await expect(request).toContainText(carName);
    await expect(request).toContainText("Full detail before the breakfast, please.");
    await expect(request.getByRole("list", { name: "Progress" })).toContainText("Received");

    // Vehicles: the car's page.
    await portal.getByRole("navigation", { name: "Portal sections" }).getByRole("link", { name: "Vehicles" }).click();
    await portal.getByRole("link", { name: carName }).click();
    await expect(portal.getByRole("heading", { level: 1, name: carName })).toBeVisible();
    await expect(portal.getByText("Building A, bay 4").first()).toBeVisible();
    await expect(portal.getByRole("heading", { name: "History" })).toBeVisible();
    await expect(portal.getByRole("heading", { name: "Condition reports" })).toBeVisible();

    // Profile: email preferences are saved.
    await portal.getByRole("button", { name: "Account menu" }).click();
    await portal.getByRole("menuitem", { name: "Profile" }).click();
    const marketing = portal.getByRole("switch", { name: /Marketing/ });
    await expect(marketing).not.toBeChecked();
    await marketing.check();
    await portal.getByRole("button", { name: "Save changes" }).click();
    await expect(portal.getByText("Profile saved")).toBeVisible();
    await portal.reload();
    await expect(portal.getByRole("switch", { name: /Marketing/ })).toBeChecked();

    // Back home, nothing is left to sign or answer.
    await portal.goto("/portal/");
    await expect(portal.getByRole("link", { name: "Balance due: View billing" })).toBeVisible();
    await expect(portal.getByRole("link", { name: "Contract to sign: Read and sign" })).toHaveCount(0);
    await expect(portal.getByRole("link", { name: "Estimate waiting: Review and answer" })).toHaveCount(0);
    await customer.close();
  }
});
