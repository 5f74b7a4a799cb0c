import { type Browser, expect, type Page, test } from "@playwright/test";
import jsQR from "jsqr";
import { signInAsStaff, unique } from "./support";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A new customer made through the page, left open on their page. */
async function newCustomer(page: Page, first: string): Promise<{ name: string; email: string }> {
  const name = `${first} ${unique("C")}`;
  const email = `${unique(first.toLowerCase())}@example.com`;
  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Email").fill(email);
  await create.getByRole("button", { name: /create|save|add/i }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  return { name, email };
}

/** The QR code on the page, decoded from its pixels. */
async function decodeQr(page: Page): Promise<string> {
  const image = page.getByTestId("invite-qr");
  await expect(image).toBeVisible();
  const pixels = await image.evaluate(async (node) => {
    const img = node as HTMLImageElement;
    await img.decode();
    const size = 400;
    const canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, size, size);
    context.imageSmoothingEnabled = false;
    context.drawImage(img, 0, 0, size, size);
    return { data: Array.from(context.getImageData(0, 0, size, size).data), size };
  });
  const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size);
  if (!decoded) throw new Error("the QR code on the page did not decode");
  return decoded.data;
}

/** Opens the link on a phone of its own, presses Continue and lands in the portal. */
async function continueOnPhone(browser: Browser, url: string, firstName: string) {
  const phone = await browser.newContext(PHONE);
  const portal = await phone.newPage();
  await portal.goto(url);
  await expect(portal.getByRole("button", { name: "Continue" })).toBeVisible();
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(
    portal.getByRole("heading", { level: 1, name: new RegExp(`^Good (morning|afternoon|evening), ${firstName}$`) }),
  ).toBeVisible();
  // One use only: the same link now says so.
  await portal.goto(url);
  await expect(portal.getByText(/already been used/i)).toBeVisible();
  await phone.close();
}

test("staff show a QR code at the counter; the customer scans it on their phone and is in the portal", async ({
  page,
  browser,
}) => {
  await signInAsStaff(page);
  const customer = await newCustomer(page, "Quincy");

  await page.getByRole("button", { name: "Send Invite" }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("region", { name: "In person" })).toBeVisible();
  await dialog.getByRole("button", { name: "Show QR code" }).click();
  await expect(dialog.getByTestId("in-person-countdown")).toHaveText(/^1[45]:\d\d$/);

  const url = await decodeQr(page);
  expect(url).toMatch(/\/portal\/link\/[A-Za-z0-9_-]{43}$/);
  await continueOnPhone(browser, url, "Quincy");

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { name: customer.name })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("IN PORTAL").first()).toBeVisible();
  const timeline = page.getByLabel("Invite timeline").first();
  await expect(timeline.getByText("QR code shown at the counter")).toBeVisible();
  await expect(timeline.getByText("Signed in")).toBeVisible();
});

test("Copy link gives staff the same one-time link, on the clipboard and in the field", async ({ browser }) => {
  const desk = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await desk.newPage();
  await signInAsStaff(page);
  const customer = await newCustomer(page, "Cory");

  await page.getByRole("button", { name: "Send Invite" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Copy link" }).click();
  const field = dialog.getByTestId("in-person-url");
  await expect(field).toHaveValue(/\/portal\/link\/[A-Za-z0-9_-]{43}$/);
  const url = await field.inputValue();
  await expect(dialog.getByText("Copied to the clipboard")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  await continueOnPhone(browser, url, "Cory");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { name: customer.name })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^Link copied by /).first()).toBeVisible();
  await desk.close();
});
