import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

// The message lists come a page at a time, newest first: the staff inbox shows more conversations
// on demand, and a conversation, in the dashboard and in the portal, shows earlier messages above
// the latest ones. Screenshots of each on a desktop and a phone go to SHOTS.

const SHOTS = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), "portico-e2e-messages");
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const CREATE = "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }";
const SEND = "mutation($c: ID!, $body: String!) { sendMessage(customerId: $c, body: $body) { id } }";
const ARCHIVE = "mutation($id: ID!) { archiveCustomer(id: $id) { id } }";
const pad = (n: number) => String(n).padStart(2, "0");

/** Archives the customers a test made, so the next tests meet the inbox and Contacts as before. */
async function archive(page: Page, ids: string[]) {
  for (const id of ids) await staffGql(page, ARCHIVE, { id });
}

test("the staff inbox shows more conversations on demand, and a conversation its earlier messages", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAsStaff(page);
  const run = unique("P");
  const made: string[] = [];
  try {
    // One long conversation, then thirty shorter ones after it: a page of the inbox holds thirty,
    // so the long one, the oldest activity, waits on the second page.
    const longName = `Lena Long ${run}`;
    const { createCustomer: long } = await staffGql<{ createCustomer: { id: string } }>(page, CREATE, {
      input: { name: longName },
    });
    made.push(long.id);
    for (let i = 1; i <= 55; i++) await staffGql(page, SEND, { c: long.id, body: `Update ${pad(i)} for Lena` });
    for (let i = 1; i <= 30; i++) {
      const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(page, CREATE, {
        input: { name: `Page ${pad(i)} ${run}` },
      });
      made.push(createCustomer.id);
      await staffGql(page, SEND, { c: createCustomer.id, body: `Your berth is ready (${i}).` });
    }

    await page.goto("/staff/messages");
    const conversations = page.getByRole("list", { name: "Conversations" });
    const lena = conversations.getByRole("button", { name: longName });
    await expect(conversations.getByRole("button", { name: `Page 30 ${run}` })).toBeVisible();
    await expect(conversations.getByRole("button", { name: `Page 01 ${run}` })).toBeVisible();
    await expect(lena).toHaveCount(0);
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: path.join(SHOTS, "staff-inbox-desktop.png") });
    const showMore = conversations.getByRole("button", { name: "Show more" });
    await showMore.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "staff-inbox-show-more-desktop.png") });
    await showMore.click();
    await expect(lena).toBeVisible();
    await expect(lena).toHaveCount(1);
    await expect(lena).toContainText("Update 55 for Lena");

    // The conversation opens on its latest messages, the newest at the bottom; earlier ones above.
    await lena.click();
    const log = page.getByRole("log", { name: `Conversation with ${longName}` });
    await expect(log.getByText("Update 55 for Lena", { exact: true })).toBeVisible();
    await expect(log.getByText("Update 06 for Lena", { exact: true })).toHaveCount(1);
    await expect(log.getByText("Update 05 for Lena", { exact: true })).toHaveCount(0);
    await expect(log.locator("[data-team]").last()).toContainText("Update 55 for Lena");
    await page.screenshot({ path: path.join(SHOTS, "staff-conversation-desktop.png") });
    const showEarlier = log.getByRole("button", { name: "Show earlier messages" });
    await showEarlier.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "staff-conversation-earlier-desktop.png") });
    await showEarlier.click();
    await expect(log.getByText("Update 01 for Lena", { exact: true })).toHaveCount(1);
    await expect(log.locator("[data-team]").first()).toContainText("Update 01 for Lena");
    await expect(log.locator("[data-team]")).toHaveCount(55);
    await expect(log.getByRole("button", { name: "Show earlier messages" })).toHaveCount(0);

    // A reply shows at the bottom at once, and the conversation moves to the top of the inbox, once.
    const box = page.getByRole("textbox", { name: `Message to ${longName}` });
    await box.fill("See you on Friday, Lena.");
    await box.press("Enter");
    await expect(log.locator("[data-team]").last()).toContainText("See you on Friday, Lena.");
    await expect(log.locator("[data-team]")).toHaveCount(56);
    await expect(conversations.getByRole("listitem").first()).toContainText(longName);
    await expect(lena).toHaveCount(1);
    await expect(conversations.getByRole("button", { name: `Page 01 ${run}` })).toHaveCount(1);

    await page.setViewportSize(PHONE);
    await expect(log.getByText("See you on Friday, Lena.")).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, "staff-conversation-phone.png") });
    await page.getByRole("button", { name: "All conversations" }).click();
    await expect(lena).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, "staff-inbox-phone.png") });
    await page.setViewportSize(DESKTOP);
  } finally {
    await archive(page, made);
  }
});

test("the portal's Messages shows earlier messages above the latest ones", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInAsStaff(page);
  const email = `${unique("pages")}@example.com`;
  const name = `Rory ${unique("M")}`;
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(page, CREATE, {
    input: { name, email },
  });
  try {
    await staffGql(page, SEND, { c: createCustomer.id, body: "Welcome to the marina, Rory." });
    await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", {
      c: createCustomer.id,
    });
    const context = await browser.newContext({ baseURL: BASE_URL, viewport: DESKTOP });
    const portal = await context.newPage();
    await portal.goto(await inviteLinkFor(email));
    await portal.getByRole("button", { name: "Continue" }).click();
    await expect(portal.getByRole("link", { name: "Messages, 1 unread" })).toBeVisible();

    // More messages than a page holds: the customer's questions, sent as the portal sends them.
    for (let i = 1; i <= 34; i++) {
      const response = await portal.request.post("/graphql", {
        headers: { "content-type": "application/json", "apollo-require-preflight": "true", "x-portico-app": "portal" },
        data: {
          query: "mutation($body: String!) { sendPortalMessage(body: $body) { id } }",
          variables: { body: `Question ${pad(i)} about the mooring` },
        },
      });
      expect((await response.json()).errors).toBeUndefined();
    }
    await staffGql(page, SEND, { c: createCustomer.id, body: "All answered in the harbour office, Rory." });

    await portal
      .getByRole("navigation", { name: "Portal sections" })
      .getByRole("link", { name: /^Messages/ })
      .click();
    const log = portal.getByRole("log", { name: "Conversation" });
    await expect(log.getByText("All answered in the harbour office, Rory.")).toBeVisible();
    await expect(log.getByText("Question 06 about the mooring")).toHaveCount(1);
    await expect(log.getByText("Question 05 about the mooring")).toHaveCount(0);
    await expect(log.getByText("Welcome to the marina, Rory.")).toHaveCount(0);
    await portal.screenshot({ path: path.join(SHOTS, "portal-messages-desktop.png") });
    const showEarlier = log.getByRole("button", { name: "Show earlier messages" });
    await showEarlier.scrollIntoViewIfNeeded();
    await portal.screenshot({ path: path.join(SHOTS, "portal-messages-earlier-desktop.png") });
    await portal.setViewportSize(PHONE);
    await showEarlier.scrollIntoViewIfNeeded();
    await portal.screenshot({ path: path.join(SHOTS, "portal-messages-earlier-phone.png") });
    await portal.setViewportSize(DESKTOP);
    await showEarlier.click();
    await expect(log.getByText("Welcome to the marina, Rory.")).toBeVisible();
    await expect(log.getByText("Question 01 about the mooring")).toHaveCount(1);
    await expect(log.getByRole("button", { name: "Show earlier messages" })).toHaveCount(0);
    const bubbles = log.locator("[data-side] > div");
    await expect(bubbles.first()).toHaveText("Welcome to the marina, Rory.");
    await expect(bubbles.last()).toHaveText("All answered in the harbour office, Rory.");
    await expect(bubbles).toHaveCount(36);

    // A message sent now goes at the bottom, below everything loaded.
    await portal.getByRole("textbox", { name: "Message" }).fill("Thanks, see you there.");
    await portal.keyboard.press("Enter");
    await expect(bubbles.last()).toHaveText("Thanks, see you there.");
    await expect(bubbles).toHaveCount(37);

    await portal.setViewportSize(PHONE);
    await expect(log.getByText("Thanks, see you there.")).toBeVisible();
    await portal.screenshot({ path: path.join(SHOTS, "portal-messages-phone.png") });
    await context.close();
  } finally {
    await archive(page, [createCustomer.id]);
  }
});
