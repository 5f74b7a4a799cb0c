import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { emailTo, signInAsStaff, unique } from "./support";

// An 8×8 PNG: small enough to keep in the test, a real image for the server to decode and resize.
const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVR4nGPgLmrFihiGlgQAFb9AgU7nRQwAAAAASUVORK5CYII=";

// The smallest file that starts like a PDF: the server sniffs the bytes, not the name.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("staff keeps a customer's records: a car's photos and history, an invoice paid in part, a contract to sign", async ({
  page,
}) => {
  const name = `Morgan ${unique("R")}`;
  const email = `${unique("records")}@example.com`;
  const carName = "1965 Jaguar E-Type Series 1";
  const photo = path.join(mkdtempSync(path.join(os.tmpdir(), "portico-e2e-")), "front.png");
  writeFileSync(photo, Buffer.from(PNG_BASE64, "base64"));

  await signInAsStaff(page);
  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Email").fill(email);
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();

  // A car, and its page.
  await page.getByRole("button", { name: "Add car" }).first().click();
  const carDialog = page.getByRole("dialog", { name: "Add car" });
  await carDialog.getByLabel("Year").fill("1965");
  await carDialog.getByLabel("Make").fill("Jaguar");
  await carDialog.getByLabel("Model").fill("E-Type Series 1");
  await carDialog.getByLabel("Location").fill("Building A, row 3, slot 12");
  await carDialog.getByRole("button", { name: "Add car" }).click();
  await page.getByRole("listitem", { name: carName }).getByRole("link", { name: carName }).click();
  await expect(page.getByRole("heading", { name: carName, level: 1 })).toBeVisible();
  await expect(page.getByText("Building A, row 3, slot 12")).toBeVisible();
  await expect(page.getByTestId("car-status")).toHaveText("In storage");

  // A photo, uploaded from the picker, shows in the gallery.
  const photos = page.getByRole("region", { name: "Photos" });
  await expect(photos.getByText("No photos yet")).toBeVisible();
  await photos.locator('input[type="file"]').setInputFiles(photo);
  await expect(photos.getByText("1 photo uploaded")).toBeVisible();
  const tile = photos.getByRole("button", { name: "View photo 1 of 1" });
  await expect(tile).toBeVisible();
  await expect
    .poll(() => tile.locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await tile.click();
  const lightbox = page.getByRole("dialog", { name: `${carName} · Photo 1 of 1` });
  await expect(lightbox.getByRole("img", { name: `${carName}, photo 1 of 1` })).toBeVisible();
  await lightbox.getByRole("button", { name: "Close" }).click();

  // A history entry.
  const history = page.getByRole("region", { name: "History" });
  await history.getByRole("button", { name: "Add entry" }).click();
  const entry = page.getByRole("dialog", { name: "Add history entry" });
  await entry.getByRole("combobox", { name: "What happened" }).click();
  await page.getByRole("option", { name: "Washed" }).click();
  await entry.getByLabel("Notes").fill("Hand wash and dry, tyres dressed");
  await entry.getByRole("button", { name: "Add entry" }).click();
  await expect(entry).toBeHidden();
  await expect(history.getByText("Washed", { exact: true })).toBeVisible();
  await expect(history.getByText("Hand wash and dry, tyres dressed")).toBeVisible();

  // Back on the customer: an invoice with two lines, issued, then paid in part.
  await page.getByRole("link", { name: `Back to ${name}` }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const invoices = page.getByRole("region", { name: "Invoices" });
  await invoices.getByRole("button", { name: "New invoice" }).click();
  const newInvoice = page.getByRole("dialog", { name: `New invoice · ${name}` });
  await newInvoice.getByLabel("Description, line 1").fill("Indoor storage, March");
  await newInvoice.getByLabel("Unit price, line 1").fill("450");
  await newInvoice.getByRole("button", { name: "Add line" }).click();
  await newInvoice.getByLabel("Description, line 2").fill("Battery tending");
  await newInvoice.getByLabel("Qty, line 2").fill("4");
  await newInvoice.getByLabel("Unit price, line 2").fill("25");
  await expect(newInvoice.getByTestId("invoice-total")).toHaveText("$550.00");
  await newInvoice.getByRole("button", { name: "Create draft" }).click();

  const drawer = page.getByRole("dialog", { name: /^Invoice INV-\d+$/ });
  await expect(drawer.getByTestId("invoice-status")).toHaveText("Draft");
  const number = ((await drawer.getByRole("heading").first().textContent()) ?? "").replace("Invoice ", "");
  await expect(drawer.getByRole("row", { name: /Battery tending 4 \$25\.00 \$100\.00/ })).toBeVisible();
  // A draft can still change: the same form opens with its lines.
  await drawer.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("dialog", { name: `Edit draft ${number} · ${name}` });
  await expect(edit.getByLabel("Description, line 2")).toHaveValue("Battery tending");
  await edit.getByLabel("Unit price, line 1").fill("400");
  await edit.getByLabel("Qty, line 2").fill("6");
  await expect(edit.getByTestId("invoice-total")).toHaveText("$550.00");
  await edit.getByRole("button", { name: "Save draft" }).click();
  await expect(edit).toBeHidden();
  await expect(drawer.getByRole("row", { name: /Battery tending 6 \$25\.00 \$150\.00/ })).toBeVisible();
  await expect(drawer.getByRole("row", { name: /Indoor storage, March 1 \$400\.00 \$400\.00/ })).toBeVisible();
  await drawer.getByRole("button", { name: "Issue invoice" }).click();
  const issue = page.getByRole("dialog", { name: `Issue ${number}?` });
  await issue.getByRole("button", { name: "Issue invoice" }).click();
  await expect(drawer.getByTestId("invoice-status")).toHaveText("Open");
  // Issuing emails the people on the account who get invoices: the customer, here.
  expect((await emailTo(email)).Subject).toContain(`Invoice ${number}`);

  await drawer.getByRole("button", { name: "Record payment" }).click();
  const payment = page.getByRole("dialog", { name: `Record payment · ${number}` });
  await payment.getByLabel("Amount").fill("200");
  await expect(payment.getByText("$350.00 will still be due after this payment.")).toBeVisible();
  await payment.getByLabel("Reference").fill("Check 1042");
  await payment.getByRole("button", { name: "Record payment" }).click();
  await expect(payment).toBeHidden();
  await expect(drawer.getByTestId("invoice-balance")).toHaveText("$350.00");
  await expect(drawer.getByText("Check 1042")).toBeVisible();
  await drawer.getByRole("button", { name: "Close" }).click();
  await expect(invoices.getByTestId("customer-balance")).toHaveText("Balance due $350.00");
  await expect(
    invoices.getByRole("row", { name: new RegExp(`${number}.*Open.*\\$550\\.00.*\\$350\\.00`) }),
  ).toBeVisible();

  // A contract to sign.
  const documents = page.getByRole("region", { name: "Documents" });
  await documents.getByRole("button", { name: "Upload document" }).click();
  const upload = page.getByRole("dialog", { name: `Upload document · ${name}` });
  await upload
    .locator('input[type="file"]')
    .setInputFiles({ name: "storage-agreement.pdf", mimeType: "application/pdf", buffer: PDF });
  await upload.getByLabel("Title").fill("Storage agreement 2026");
  await upload.getByRole("combobox", { name: "Kind" }).click();
  await page.getByRole("option", { name: "Storage agreement" }).click();
  await expect(upload.getByRole("switch", { name: /^Share with customer/ })).toBeChecked();
  await upload.getByRole("switch", { name: /^Requires signature/ }).check();
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload).toBeHidden();
  const contract = documents.getByRole("listitem", { name: "Storage agreement 2026" });
  await expect(contract.getByText("Awaiting signature")).toBeVisible();
  await expect(contract.getByText("Shared with customer")).toBeVisible();
  // Shared and to be signed: the customer is asked to sign it.
  expect((await emailTo(email, { after: 1 })).Subject).toContain("Please sign: Storage agreement 2026");
});
