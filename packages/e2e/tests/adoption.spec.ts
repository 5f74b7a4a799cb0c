import { expect, type Locator, test } from "@playwright/test";
import { backdateInvite, emailTo, inviteLinkFor, linkIn, signInAsStaff, staffGql, unique } from "./support";

type Totals = Record<"reachable" | "invited" | "delivered" | "opened" | "signedIn" | "active", number>;
const TOTALS = `{ adoptionFunnel { totals { reachable invited delivered opened signedIn active } } }`;

/**
 * Pages through the card's list until `name` shows. The list may still show the previous choice of
 * days while the new one loads: wait for the person or a "Show more" before deciding.
 */
async function showWaiting(card: Locator, name: string) {
  const person = card.getByRole("list", { name: "People waiting" }).getByRole("link", { name });
  const more = card.getByRole("button", { name: "Show more" });
  for (;;) {
    await expect(person.or(more).first()).toBeVisible();
    if (await person.isVisible()) return;
    await more.click();
  }
}

test("the adoption page counts a few new invites and the one who signed in, and lists who still waits", async ({
  page,
  browser,
}) => {
  await signInAsStaff(page);
  const before = (await staffGql<{ adoptionFunnel: { totals: Totals } }>(page, TOTALS)).adoptionFunnel.totals;

  const people = ["Ada", "Ben", "Cy"].map((first) => ({
    name: `${first} ${unique("Funnel")}`,
    email: `${unique(first.toLowerCase())}@example.com`,
  }));
  for (const person of people) {
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: person },
    );
    await staffGql(page, `mutation($id: ID!) { sendInvite(customerId: $id) { __typename } }`, {
      id: createCustomer.id,
    });
  }
  // Ada opens her invite on her phone and signs in; Ben and Cy do nothing.
  const [ada, ben, cy] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const portal = await phone.newPage();
  await portal.goto(await inviteLinkFor(ada.email));
  await portal.getByRole("button", { name: "Continue" }).click();
  // The page leaves the link once she is signed in: the link page's own heading or the facility's
  // name would pass before, and closing the phone then could cut her sign-in short.
  await expect(portal).not.toHaveURL(/\/portal\/link\//);
  await phone.close();

  await page.getByRole("link", { name: "Adoption" }).first().click();
  await expect(page.getByRole("heading", { name: "Portal adoption", level: 1 })).toBeVisible();
  const stages = page.getByRole("list", { name: "Adoption stages" });
  const expected: Totals = {
    reachable: before.reachable + 3,
    invited: before.invited + 3,
    delivered: before.delivered + 1,
    opened: before.opened + 1,
    signedIn: before.signedIn + 1,
    active: before.active + 1,
  };
  for (const [key, count] of Object.entries(expected))
    await expect(stages.getByTestId(`stage-${key}`)).toHaveText(count.toLocaleString("en-US"));

  // This week's cohort in the chart's table holds the three.
  const weekly = page.getByRole("table", { name: "People by week of first invite" });
  await expect(weekly.getByRole("row").last().getByRole("cell").nth(1)).not.toHaveText("0");

  // Everyone waiting, whatever the age of their invite: Ben and Cy, not Ada.
  const card = page.getByRole("region", { name: "Invited, not signed in" });
  await card.getByText("All", { exact: true }).click();
  const waiting = card.getByRole("list", { name: "People waiting" });
  for (const person of [ben, cy]) await showWaiting(card, person.name);
  await expect(waiting.getByRole("link", { name: ada.name })).toHaveCount(0);
  await waiting.getByRole("link", { name: ben.name }).click();
  await expect(page.getByRole("heading", { name: ben.name, level: 1 })).toBeVisible();
});

test("Remind all sends a reminder to everyone waiting, whose link signs them in", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAsStaff(page);
  const people = ["Dee", "Eve"].map((first) => ({
    name: `${first} ${unique("Remind")}`,
    email: `${unique(first.toLowerCase())}@example.com`,
  }));
  for (const person of people) {
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: person },
    );
    await staffGql(page, `mutation($id: ID!) { sendInvite(customerId: $id) { __typename } }`, {
      id: createCustomer.id,
    });
    await emailTo(person.email);
    // Invited four days ago: on the "3+ days" list, and not reminded within the hour.
    await backdateInvite(person.email, 4);
  }
  const [dee, eve] = people as [(typeof people)[0], (typeof people)[0]];

  await page.getByRole("link", { name: "Adoption" }).first().click();
  const card = page.getByRole("region", { name: "Invited, not signed in" });
  await card.getByText("3+ days", { exact: true }).click();
  const waiting = card.getByRole("list", { name: "People waiting" });
  for (const person of people) await showWaiting(card, person.name);
  const count = (await card.getByLabel(/people$/).textContent()) ?? "";

  await card.getByRole("button", { name: "Remind all" }).click();
  const dialog = page.getByRole("dialog", { name: `Send a reminder to ${count} people?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Send reminders" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("alert").filter({ hasText: /^Reminded \d+/ })).toBeVisible();

  // The list shows the reminder on each of them.
  for (const person of people) {
    const row = waiting.getByRole("listitem").filter({ has: page.getByRole("link", { name: person.name }) });
    await expect(row.getByText(/^Reminded /)).toBeVisible();
  }

  // The reminder arrives with a new link, which signs Dee in.
  const reminder = await emailTo(dee.email, { after: 1 });
  expect(reminder.Subject).toMatch(/^Reminder: .+ invited you to its portal$/);
  await emailTo(eve.email, { after: 1 });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const portal = await phone.newPage();
  await portal.goto(linkIn(reminder));
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal).not.toHaveURL(/\/portal\/link\//);
  await phone.close();
});
