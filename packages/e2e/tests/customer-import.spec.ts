import { readFile, writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInAsStaff, staffGql, unique } from "./support";

test("staff import customers from the template: preview with a duplicate and a bad line, run, report, customers in Contacts", async ({
  page,
}, testInfo) => {
  await signInAsStaff(page);
  const { customers } = await staffGql<{ customers: { nodes: Array<{ name: string; email: string | null }> } }>(
    page,
    `query { customers(first: 50) { nodes { name email } } }`,
  );
  const existing = customers.nodes.find((c) => c.email);
  expect(existing).toBeDefined();
  const tag = unique("imp").replace(/[^a-z0-9]/gi, "");

  await page.getByRole("link", { name: "Import customers" }).click();
  await expect(page.getByRole("heading", { name: "Import customers" })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath("import-desktop-empty.png"), fullPage: true });

  const [templateDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download template" }).click(),
  ]);
  expect(templateDownload.suggestedFilename()).toBe("portico-customer-import-template.csv");
  const header = (await readFile(await templateDownload.path(), "utf8")).trim();
  expect(header).toBe("name,email,phone,address,notes,car_make,car_model,car_year,car_plate,car_colour,car_vin");

  const csvPath = testInfo.outputPath("customers.csv");
  await writeFile(
    csvPath,
    [
      header,
      `Ivy ${tag},ivy.${tag}@customer.example,,1 Harbor Rd,,Porsche,911,1973,IVY 1,Silver,`,
      `Ivy ${tag},ivy.${tag}@customer.example,,,,Jaguar,E-Type,1965,,,`,
      `Jon ${tag},,+1 207 555 0147,,,,,,,,`,
      `Copy of existing,${existing?.email?.toUpperCase()},,,,,,,,,`,
      `Bad ${tag},not-an-email,,,,,,,,,`,
      "",
    ].join("\n"),
  );
  await page.locator('input[type="file"]').setInputFiles(csvPath);
  await expect(page.getByTestId("import-preview-summary")).toHaveText(
    "2 new customers with 2 cars; 1 duplicate and 1 error skipped",
  );
  const problems = page.getByTestId("import-problems");
  await expect(problems.getByRole("row", { name: /^5 .*Duplicate/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /^6 .*not a valid email address/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("import-desktop-preview.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("import-phone-preview.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole("button", { name: "Run import" }).click();
  await expect(page.getByTestId("import-report-summary")).toHaveText(
    "Imported 2 customers and 2 cars; 2 lines skipped",
    { timeout: 20_000 },
  );
  await page.screenshot({ path: testInfo.outputPath("import-desktop-report.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("import-phone-report.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  const [report] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download report" }).click(),
  ]);
  const reportText = await readFile(await report.path(), "utf8");
  expect(reportText.split(/\r?\n/)[0]).toBe("line,outcome,reason,customer_id,name,email,phone,car");
  expect(reportText).toContain("Customer created");
  expect(reportText).toContain("Car added");

  await page.getByRole("link", { name: "See contacts" }).click();
  await page.getByPlaceholder(/search/i).fill(tag);
  await expect(page.getByText(`Ivy ${tag}`)).toBeVisible();
  await expect(page.getByText(`Jon ${tag}`)).toBeVisible();
});
