import { expect, test } from "@playwright/test";
import { signInAsStaff } from "./support";

const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

test("staff end a session of theirs from another browser; that browser is signed out on its next action", async ({
  page,
  browser,
}) => {
  const other = await browser.newContext({ userAgent: FIREFOX_WINDOWS });
  const elsewhere = await other.newPage();
  await signInAsStaff(elsewhere);
  await signInAsStaff(page);

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  const sessions = page.getByRole("list", { name: "Sessions" });
  await expect(sessions.getByRole("listitem").filter({ hasText: "This device" })).toHaveCount(1);
  await expect(sessions.getByText("Firefox on Windows").first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("account-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("account-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Sign out Firefox on Windows" }).first().click();
  await expect(page.getByText("Signed out Firefox on Windows")).toBeVisible();

  // The other browser's next action finds its session gone.
  await elsewhere.getByRole("link", { name: "Messages" }).first().click();
  await elsewhere.reload();
  await expect(elsewhere.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  // This one goes on.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await other.close();
});
