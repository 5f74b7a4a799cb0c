import { expect, type Page, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

/** A customer with an appointment three days out, signed in to the portal in a browser of their own. */
async function customerWithAppointment(page: Page, browser: import("@playwright/test").Browser) {
  const email = `${unique("cal")}@example.com`;
  const title = `Spring service ${unique("S")}`;
  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
    { input: { name: `Cal ${unique("C")}`, email } },
  );
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  startsAt.setHours(10, 30, 0, 0);
  const { scheduleEvent } = await staffGql<{ scheduleEvent: { id: string } }>(
    page,
    "mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }",
    {
      input: {
        customerId: createCustomer.id,
        kind: "SERVICE",
        title,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        location: "Service bay 2",
      },
    },
  );
  await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", {
    c: createCustomer.id,
  });
  const context = await browser.newContext({ baseURL: BASE_URL, acceptDownloads: true });
  const portal = await context.newPage();
  await portal.goto(await inviteLinkFor(email));
  await portal.getByRole("button", { name: "Continue" }).click();
  await portal.getByRole("link", { name: "Schedule", exact: true }).first().click();
  await expect(portal.getByRole("heading", { name: "Schedule", exact: true })).toBeVisible();
  return { portal, title, eventId: scheduleEvent.id };
}

test("a portal user subscribes to their schedule, adds one event, and replaces and turns off the link", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const { portal, title, eventId } = await customerWithAppointment(page, browser);
  const card = portal.getByRole("region", { name: "Subscribe in your calendar" });

  await card.getByRole("button", { name: "Create calendar link" }).click();
  const urlBox = card.getByRole("textbox", { name: "Your calendar link" });
  await expect(urlBox).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await urlBox.inputValue();
  await expect(card.getByRole("link", { name: "Open in calendar app" })).toHaveAttribute(
    "href",
    url.replace(/^https?:\/\//, "webcal://"),
  );
  await expect(card.getByText("Not checked by a calendar app yet")).toBeVisible();

  // A calendar app fetches the URL with no cookie of the portal's.
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = await feed.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain(`SUMMARY:${title}`);
  expect(body).toContain("LOCATION:Service bay 2");
  expect(body).toMatch(new RegExp(`UID:event-${eventId}@`));

  await portal.reload();
  await expect(card.getByText("Last checked by your calendar app just now")).toBeVisible();
  // Shown once: after a reload the card offers a new link instead of the old URL.
  await expect(card.getByRole("textbox", { name: "Your calendar link" })).toHaveCount(0);

  // Add to calendar: one event's file, from its card.
  const event = portal.getByRole("article", { name: title });
  const [download] = await Promise.all([
    portal.waitForEvent("download"),
    event.getByRole("link", { name: `Add ${title} to your calendar` }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const file = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(file).toContain(`SUMMARY:${title}`);
  expect(file.match(/BEGIN:VEVENT/g)).toHaveLength(1);

  // A new link voids the old one.
  await card.getByRole("button", { name: "Get a new link" }).click();
  const confirmNew = portal.getByRole("dialog", { name: "Get a new calendar link?" });
  await confirmNew.getByRole("button", { name: "Get a new link" }).click();
  await expect(urlBox).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const fresh = await urlBox.inputValue();
  expect(fresh).not.toBe(url);
  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get(fresh)).status()).toBe(200);

  // Turning it off voids every link.
  await card.getByRole("button", { name: "Turn off" }).click();
  const confirmOff = portal.getByRole("dialog", { name: "Turn off your calendar feed?" });
  await confirmOff.getByRole("button", { name: "Turn off" }).click();
  await expect(card.getByRole("button", { name: "Create calendar link" })).toBeVisible();
  expect((await request.get(fresh)).status()).toBe(404);
  await portal.context().close();
});
