import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { emailTo, inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

/**
 * A platform authenticator (a phone's or laptop's built-in one) for `page`, through Chromium's
 * WebAuthn DevTools domain: it keeps discoverable credentials, verifies the user and answers at
 * once, so the browser's own passkey dialogs go through with no one to touch them. Answers a
 * function that lists the credentials it holds.
 */
async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
}

/** Full-page screenshots of `page` at desktop and phone widths, beside the test's other output. */
async function screenshots(page: Page, name: string) {
  const desktop = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.screenshot({ path: test.info().outputPath(`${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath(`${name}-phone.png`), fullPage: true });
  await page.setViewportSize(desktop);
}

// Passkeys are bound to the host the apps are served from: the server's RP id comes from its public URL.
const RP_ID = new URL(BASE_URL).hostname;

test("a customer adds a passkey from the offer on Home, signs out, and signs back in with it, no email needed", async ({
  page,
  browser,
}) => {
  const first = unique("Avery").replace("-", "");
  const name = `${first} Keys`;
  const email = `${unique("avery")}@example.com`;

  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
    { input: { name, email } },
  );
  await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", {
    c: createCustomer.id,
  });

  const context = await browser.newContext();
  const portal = await context.newPage();
  const credentials = await virtualAuthenticator(context, portal);
  await portal.goto(await inviteLinkFor(email));
  await portal.getByRole("button", { name: "Continue" }).click();
  const home = portal.getByRole("heading", {
    level: 1,
    name: new RegExp(`^Good (morning|afternoon|evening), ${first}$`),
  });
  await expect(home).toBeVisible();

  // The offer on Home, for a person with no passkey yet.
  const offer = portal.getByRole("alert").filter({ hasText: "Sign in faster next time: add a passkey" });
  await expect(offer).toBeVisible();
  await screenshots(portal, "portal-home-offer");
  await offer.getByRole("button", { name: "Add a passkey" }).click();
  await expect(portal.getByText("Next time, sign in with your passkey.")).toBeVisible();
  await expect(offer).toHaveCount(0);
  const made = await credentials();
  expect(made).toHaveLength(1);
  expect(made[0]).toMatchObject({ rpId: RP_ID, isResidentCredential: true });

  // Signed out, then back in with the passkey alone: no address typed, no email sent.
  await portal.getByRole("button", { name: "Account menu" }).click();
  await portal.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(portal).toHaveURL(/\/portal\/sign-in/);
  await portal.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(home).toBeVisible();
  await expect(portal).toHaveURL(`${BASE_URL}/portal/`);

  // Profile: the passkey, used, and the sign-ins: the invite's and the passkey's.
  await portal.getByRole("button", { name: "Account menu" }).click();
  await portal.getByRole("menuitem", { name: "Profile" }).click();
  const passkeys = portal.getByRole("region", { name: "Passkeys" });
  await expect(passkeys.getByRole("button", { name: /^Remove / })).toHaveCount(1);
  await expect(passkeys.getByText(/· last used /)).toBeVisible();
  const signIns = portal.getByRole("list", { name: "Sign-ins" }).getByRole("listitem");
  await expect(signIns).toHaveCount(2);
  await expect(signIns.first()).toContainText(`${name} signed in`);
  await passkeys.scrollIntoViewIfNeeded();
  await screenshots(portal, "portal-profile-passkeys");

  // The list's newest sign-in is the passkey's, as the API tells it.
  const response = await portal.request.post("/graphql", {
    data: { query: "{ portalSignIns(first: 5) { nodes { name method } } }" },
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", "x-portico-app": "portal" },
  });
  const body = (await response.json()) as {
    data?: { portalSignIns: { nodes: Array<{ name: string; method: string }> } };
  };
  expect(body.data?.portalSignIns.nodes).toEqual([
    { name, method: "PASSKEY" },
    { name, method: "INVITE" },
  ]);
  await context.close();
});

test("a staff member adds a passkey on Your account, signs out, and signs in with it instead of a password", async ({
  page,
  browser,
}) => {
  const name = `Morgan ${unique("M").replace("-", "")}`;
  const email = `${unique("morgan")}@example.com`;
  await signInAsStaff(page);
  await staffGql(page, "mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { id } }", {
    input: { name, email, role: "STAFF" },
  });
  const invite = /https?:\/\/\S+\/staff\/accept-invite\/[A-Za-z0-9_-]{43}/.exec((await emailTo(email)).TextBody ?? "");
  expect(invite, "the invite link").not.toBeNull();

  const context = await browser.newContext();
  const staff = await context.newPage();
  const credentials = await virtualAuthenticator(context, staff);
  await staff.goto(invite?.[0] ?? "");
  await staff.getByLabel("New password", { exact: true }).fill("harbor lantern sunday");
  await staff.getByLabel("Repeat the password", { exact: true }).fill("harbor lantern sunday");
  await staff.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(staff.getByRole("heading", { name: "Contacts" })).toBeVisible();
  // The offer after signing in; this walk adds the passkey from Your account instead.
  await expect(staff.getByRole("alert").filter({ hasText: "Sign in faster next time: add a passkey" })).toContainText(
    "You can remove it any time from Your account.",
  );
  await screenshots(staff, "staff-contacts-offer");

  await staff.getByRole("button", { name: `Account menu for ${name}` }).click();
  await staff.getByRole("menuitem", { name: "Your account" }).click();
  await expect(staff.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  const passkeys = staff.getByRole("region", { name: "Passkeys" });
  await expect(passkeys.getByText("No passkeys yet.")).toBeVisible();
  await passkeys.getByRole("button", { name: "Add a passkey" }).click();
  await expect(staff.getByText("You can sign in with it now.")).toBeVisible();
  await expect(passkeys.getByRole("button", { name: /^Remove / })).toHaveCount(1);
  await expect(passkeys.getByText("· not used yet", { exact: false })).toBeVisible();
  expect(await credentials()).toEqual([expect.objectContaining({ rpId: RP_ID, isResidentCredential: true })]);

  await staff.getByRole("button", { name: `Account menu for ${name}` }).click();
  await staff.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(staff.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await staff.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(staff.getByRole("heading", { name: "Contacts" })).toBeVisible();
  // The passkey's owner, not whoever signed in last in another tab.
  await expect(staff.getByRole("button", { name: `Account menu for ${name}` })).toBeVisible();

  await staff.getByRole("button", { name: `Account menu for ${name}` }).click();
  await staff.getByRole("menuitem", { name: "Your account" }).click();
  await expect(passkeys.getByText(/· last used /)).toBeVisible();
  await passkeys.scrollIntoViewIfNeeded();
  await screenshots(staff, "staff-account-passkeys");
  await context.close();
});
