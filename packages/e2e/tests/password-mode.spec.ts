import { expect, type Page, test } from "@playwright/test";
import { emailTo, linkIn, unique } from "./support";

// The second demo facility: switching it to passwords leaves Harbor Point, which the other
// browser tests use, on emailed links.
const LAKESIDE_ADMIN = { email: "admin@lakeside.test", password: "portico-demo" };

async function signInAsLakesideStaff(page: Page) {
  await page.goto("/staff/");
  await page.getByLabel("Email", { exact: true }).fill(LAKESIDE_ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill(LAKESIDE_ADMIN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
}

/** Through the API with the staff session the page holds, the same call Settings → Portal makes. */
async function usePasswordSignIn(page: Page) {
  const response = await page.request.post("/graphql", {
    data: {
      query:
        "mutation { updatePortalSettings(input: {signInMethod: PASSWORD, inviteExpiryDays: 7, resendCooldownHours: 24}) { signInMethod } }",
    },
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
  });
  expect(response.ok()).toBe(true);
  expect(await response.json()).toEqual({ data: { updatePortalSettings: { signInMethod: "PASSWORD" } } });
}

test("in password mode, an invited customer chooses a password and signs in with it", async ({ page, browser }) => {
  const email = `${unique("pw")}@example.com`;
  const name = `Paige ${unique("Lake")}`;
  const passphrase = "lanterns over the boathouse";

  await signInAsLakesideStaff(page);
  await usePasswordSignIn(page);

  await page.getByRole("button", { name: "New customer" }).first().click();
  const create = page.getByRole("dialog", { name: "New customer" });
  await create.getByRole("textbox", { name: "Name" }).fill(name);
  await create.getByRole("textbox", { name: "Email" }).fill(email);
  await create.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();

  await page.getByRole("button", { name: "Send Invite" }).first().click();
  const confirm = page.getByRole("dialog");
  await expect(confirm.getByText(email)).toBeVisible();
  await confirm.getByRole("button", { name: "Send Invite" }).click();
  await expect(page.getByText(`Invite sent to ${email}`)).toBeVisible();

  const message = await emailTo(email);
  expect(message.Subject).toContain("Lakeside Boatyard");
  const link = linkIn(message);

  const customer = await browser.newContext();
  const portal = await customer.newPage();
  await portal.goto(link);
  await expect(portal.getByRole("heading", { name: "Welcome to Lakeside Boatyard" })).toBeVisible();
  await expect(portal.getByText(/Choose a password to finish setting up your account/)).toBeVisible();
  await expect(portal.getByRole("button", { name: "Continue", exact: true })).toHaveCount(0);

  const choose = portal.getByLabel("Choose a password");
  const again = portal.getByLabel("Confirm password");
  await choose.fill("password123");
  await again.fill("password123");
  await portal.getByRole("button", { name: "Set password and continue" }).click();
  await expect(portal.getByText(/That password is too common/)).toBeVisible();
  await expect(choose).toHaveAttribute("aria-invalid", "true");

  await choose.fill(passphrase);
  await again.fill(passphrase);
  await portal.getByRole("button", { name: "Set password and continue" }).click();
  await expect(
    portal.getByRole("heading", { level: 1, name: /^Good (morning|afternoon|evening), Paige$/ }),
  ).toBeVisible();
  await expect(portal.getByText("Lakeside Boatyard customer portal")).toBeVisible();

  await portal.getByRole("button", { name: "Account menu" }).click();
  await portal.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(portal.getByText("You're signed out")).toBeVisible();
  // This device last signed in with a password, so the sign-in page opens on it.
  await expect(portal.getByRole("radio", { name: "Use a password" })).toBeChecked();

  await portal.getByLabel("Email address").fill(email);
  await portal.getByLabel("Password", { exact: true }).fill("not the passphrase");
  await portal.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(portal.getByRole("alert")).toHaveText("Email or password is incorrect");

  await portal.getByLabel("Password", { exact: true }).fill(passphrase);
  await portal.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(portal.getByRole("heading", { level: 1, name: /, Paige$/ })).toBeVisible();
  await expect(portal.getByText(name, { exact: true })).toBeVisible();

  // The link did its job once; it doesn't offer the password form again.
  await portal.goto(link);
  await expect(portal.getByText(/already been used/i)).toBeVisible();
  await customer.close();

  await page.reload();
  await expect(page.getByText("IN PORTAL").first()).toBeVisible();
});
