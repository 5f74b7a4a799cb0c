import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { signInAsStaff, unique } from "./support";

const SHOTS = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), "portico-e2e-webhooks");
const PHONE = { width: 390, height: 844 };

type Received = { signature: string; eventId: string; body: string };

/** A receiver on this machine that answers 204, or 500 while failing. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { failing: false };
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({
        signature: String(req.headers["portico-signature"] ?? ""),
        eventId: String(req.headers["portico-event-id"] ?? ""),
        body,
      });
      res.statusCode = state.failing ? 500 : 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/portico`,
    received,
    state,
    /** The requests whose event names the customer. */
    about: (name: string) => received.filter((r) => r.body.includes(name)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function addCustomer(page: Page, name: string) {
  await page.getByRole("link", { name: "Contacts" }).first().click();
  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}

test("admins add a webhook endpoint, see its deliveries, and resend one that failed", async ({ page }) => {
  const receiver = await startReceiver();
  try {
    await signInAsStaff(page);
    await page.getByRole("link", { name: "Settings" }).first().click();
    await page.getByRole("tab", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
    const emptyState = page.getByText("No webhook endpoints yet");
    if (await emptyState.isVisible()) {
      await page.screenshot({ path: path.join(SHOTS, "webhooks-empty-desktop.png") });
      await page.setViewportSize(PHONE);
      await page.screenshot({ path: path.join(SHOTS, "webhooks-empty-phone.png") });
      await page.setViewportSize({ width: 1280, height: 720 });
    }

    await page.getByRole("button", { name: "Add endpoint" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Add endpoint" });
    await dialog.getByLabel("Endpoint URL").fill(receiver.url);
    await dialog.getByLabel("Description").fill("Our CRM");
    // Refused without an event.
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    await expect(dialog.getByText("Pick at least one event")).toBeVisible();
    await dialog.getByRole("checkbox", { name: /Customer added/ }).check();
    await dialog.getByRole("checkbox", { name: /Invoice paid/ }).check();
    await dialog.screenshot({ path: path.join(SHOTS, "webhooks-add-desktop.png") });
    await dialog.getByRole("button", { name: "Add endpoint" }).click();

    // The endpoint's page: its secret is hidden until revealed.
    await expect(page.getByRole("heading", { name: receiver.url, level: 1 })).toBeVisible();
    const secretBox = page.getByTestId("webhook-secret");
    await expect(secretBox).not.toContainText(/whsec_[A-Za-z0-9_-]{20}/);
    await page.getByRole("button", { name: "Reveal secret" }).click();
    await expect(secretBox).toHaveText(/^whsec_[A-Za-z0-9_-]{43}$/);
    const secret = (await secretBox.textContent()) ?? "";
    const endpointUrl = page.url();

    // An event: a new customer, posted and signed with the secret.
    const first = `Webhook ${unique("W")}`;
    await addCustomer(page, first);
    await expect.poll(() => receiver.about(first).length, { timeout: 15_000 }).toBe(1);
    const [request] = receiver.about(first);
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(request?.signature ?? "");
    expect(match).not.toBeNull();
    expect(createHmac("sha256", secret).update(`${match?.[1]}.${request?.body}`).digest("hex")).toBe(match?.[2]);
    expect(JSON.parse(request?.body ?? "{}")).toMatchObject({ type: "customer.created", data: { name: first } });

    await page.goto(endpointUrl);
    const log = page.getByRole("table", { name: "Deliveries" });
    await expect(log.getByRole("row").filter({ hasText: "Succeeded" })).toHaveCount(1);

    // The receiver fails: the delivery waits for its retry; Resend queues it again now.
    receiver.state.failing = true;
    const second = `Webhook ${unique("F")}`;
    await addCustomer(page, second);
    await expect.poll(() => receiver.about(second).length, { timeout: 15_000 }).toBe(1);
    await page.goto(endpointUrl);
    const pending = log.getByRole("row").filter({ hasText: "Pending" });
    await expect(pending).toHaveCount(1);
    await expect(pending).toContainText("HTTP 500");
    receiver.state.failing = false;
    await pending.getByRole("button", { name: /^Resend/ }).click();
    await expect(page.getByText("Queued again: it goes out in a moment")).toBeVisible();
    await expect.poll(() => receiver.about(second).length, { timeout: 15_000 }).toBe(2);
    const [failed, resent] = receiver.about(second);
    expect(resent?.eventId).toBe(failed?.eventId);
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(log.getByRole("row").filter({ hasText: "Succeeded" })).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    // A test event goes to this endpoint though it does not listen to it, signed like the rest.
    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByText("Test event queued: it goes out in a moment")).toBeVisible();
    const tests = () => receiver.received.filter((r) => JSON.parse(r.body).type === "webhook.test");
    await expect.poll(() => tests().length, { timeout: 15_000 }).toBe(1);
    const [test] = tests();
    const signed = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(test?.signature ?? "");
    expect(createHmac("sha256", secret).update(`${signed?.[1]}.${test?.body}`).digest("hex")).toBe(signed?.[2]);
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(log.getByRole("row").filter({ hasText: "Test event" })).toContainText("Succeeded", {
        timeout: 1_000,
      });
    }).toPass({ timeout: 15_000 });

    await page.screenshot({ path: path.join(SHOTS, "webhooks-endpoint-desktop.png"), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: path.join(SHOTS, "webhooks-endpoint-phone.png"), fullPage: true });
    await page.getByRole("link", { name: "Webhooks" }).first().click();
    await expect(page.getByRole("button", { name: `Open ${receiver.url}` })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, "webhooks-list-phone.png") });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: path.join(SHOTS, "webhooks-list-desktop.png") });

    // Deleted (after a confirmation), it is gone from the list.
    await page.getByRole("button", { name: `Open ${receiver.url}` }).click();
    await page.getByRole("button", { name: "Delete endpoint" }).click();
    await page
      .getByRole("dialog", { name: "Delete this endpoint?" })
      .getByRole("button", { name: "Delete endpoint" })
      .click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: `Open ${receiver.url}` })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
