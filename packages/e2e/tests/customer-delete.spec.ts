import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAsStaff, unique } from "./support";

test("an admin exports a customer's data, then deletes them by typing their name; they leave Contacts", async ({
  page,
}) => {
  await signInAsStaff(page);
  const name = `Erin ${unique("Erase")}`;
  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Email").fill(`${unique("erase")}@example.com`);
  await create.getByRole("button", { name: "Add customer" }).click();
  // A new customer's page loads its sections on first open, slowly on a busy machine.
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible({ timeout: 30_000 });

  await page.getByRole("button", { name: "More actions" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Export data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^customer-\d+.*\.zip$/);
  const bytes = await (await download.createReadStream()).toArray();
  // A ZIP starts with its local file header's signature.
  expect(Buffer.concat(bytes).subarray(0, 4).toString("hex")).toBe("504b0304");

  await page.getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Delete customer…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete customer" });
  const confirm = dialog.getByRole("button", { name: "Delete customer" });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole("textbox").fill(name.toLowerCase());
  await expect(confirm).toBeDisabled();
  await dialog.getByRole("textbox").fill(name);
  // E2E_SHOTS=<dir> keeps pictures of the dialog on a desktop and on a phone.
  const shots = process.env.E2E_SHOTS;
  if (shots) {
    mkdirSync(shots, { recursive: true });
    const size = page.viewportSize();
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${shots}/delete-modal-${width}.png` });
    }
    if (size) await page.setViewportSize(size);
  }
  await confirm.click();

  await expect(page.getByText(`${name} and all of their data were deleted`)).toBeVisible();
  await expect(page).toHaveURL(/\/staff\/contacts/);
  await page.getByPlaceholder("Search by name, email or phone").fill(name);
  await expect(page.locator("tbody tr", { hasText: name })).toHaveCount(0);
});
