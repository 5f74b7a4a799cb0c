import { expect, type Page, test } from "@playwright/test";
import { emailTo, signInAsStaff, staffGql, unique } from "./support";

/** The link of a staff email (an invite or a password reset), from its text part. */
function staffLinkIn(message: { Subject: string; TextBody?: string }, page: "accept-invite" | "reset-password") {
  const link = new RegExp(`https?://\\S+/staff/${page}/[A-Za-z0-9_-]+`).exec(message.TextBody ?? "")?.[0];
  if (!link) throw new Error(`no ${page} link in "${message.Subject}"`);
  return link;
}

/**
 * The dashboard's first page after signing in: its code and its list load only then, and a
 * password was just hashed, so a busy machine gets more room than the default.
 */
async function expectDashboard(page: Page) {
  await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible({ timeout: 30_000 });
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("an admin invites a colleague, who chooses a password and signs in; once deactivated they are signed out on their next action", async ({
  page,
  browser,
}) => {
  // Three browsers' worth of sign-ins, each hashing a password: slow on a busy machine.
  test.setTimeout(120_000);
  const name = `Rowan ${unique("R")}`;
  const email = `${unique("rowan")}@example.com`;
  const password = "harbor lantern seven";

  await signInAsStaff(page);
  await page.getByRole("link", { name: "Settings" }).first().click();
  await page.getByRole("tab", { name: "Team" }).click();
  await expect(page).toHaveURL(/\/settings\/team$/);
  const team = page.getByRole("table");
  await expect(team.getByRole("row").filter({ hasText: "(you)" })).toHaveCount(1);

  await page.getByRole("button", { name: "Invite a colleague" }).click();
  const invite = page.getByRole("dialog", { name: "Invite a colleague" });
  await invite.getByLabel("Name").fill(name);
  await invite.getByLabel("Email").fill(email);
  await invite.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "Staff", exact: true }).click();
  await invite.getByRole("button", { name: "Send invite" }).click();
  await expect(page.getByText(`Invite sent to ${email}`)).toBeVisible();
  await expect(invite).toHaveCount(0);
  const row = team.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText(name);
  await expect(row).toContainText("Invited");
  await expect(row.getByRole("combobox", { name: `Role of ${name}` })).toHaveValue("Staff");

  // The invite reaches their mailbox; they open it in a browser of their own.
  const message = await emailTo(email);
  expect(message.Subject).toContain("You're invited to the");
  const colleague = await browser.newContext();
  const theirs = await colleague.newPage();
  await theirs.goto(staffLinkIn(message, "accept-invite"));
  await expect(theirs.getByText(`Welcome, ${name}. Choose a password to sign in as ${email}.`)).toBeVisible();
  await theirs.getByLabel("New password", { exact: true }).fill(password);
  await theirs.getByLabel("Repeat the password", { exact: true }).fill(password);
  await theirs.getByRole("button", { name: "Set password and sign in" }).click();
  await expectDashboard(theirs);
  await expect(theirs).not.toHaveURL(/accept-invite/);

  // The admin's list, read again, shows them active.
  await page.reload();
  await expect(row).toContainText("Active");
  await expect(row).not.toContainText("Invited");

  await row.getByRole("button", { name: `Actions for ${name}` }).click();
  await page.getByRole("menuitem", { name: "Deactivate" }).click();
  const confirm = page.getByRole("dialog", { name: `Deactivate ${name}?` });
  await expect(confirm).toContainText("signed out everywhere at once");
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(row).toContainText("Deactivated");

  // Their next action, without a reload, finds their session gone; their password no longer works.
  await theirs.getByRole("link", { name: "Messages" }).first().click();
  await expect(theirs.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(theirs).toHaveURL(/\/staff\/sign-in/);
  await signIn(theirs, email, password);
  await expect(theirs.getByRole("alert")).toContainText("Email or password is incorrect");
  await colleague.close();
});

test("Forgot password? emails a reset link; the new password signs in and the old one no longer does", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `Marlow ${unique("M")}`;
  const email = `${unique("marlow")}@example.com`;
  const first = "first harbor password";
  const second = "second quay password";

  // A colleague who joined the team earlier.
  await signInAsStaff(page);
  await staffGql(page, `mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { id } }`, {
    input: { name, email, role: "STAFF" },
  });
  const joining = await browser.newContext();
  const joined = await joining.newPage();
  await joined.goto(staffLinkIn(await emailTo(email), "accept-invite"));
  await joined.getByLabel("New password", { exact: true }).fill(first);
  await joined.getByLabel("Repeat the password", { exact: true }).fill(first);
  await joined.getByRole("button", { name: "Set password and sign in" }).click();
  await expectDashboard(joined);
  await joining.close();

  // Later, on another device, they have forgotten it.
  const context = await browser.newContext();
  const theirs = await context.newPage();
  await theirs.goto("/staff/");
  await theirs.getByRole("link", { name: "Forgot password?" }).click();
  await expect(theirs).toHaveURL(/\/staff\/forgot-password$/);
  // The address changes first; the sign-in page, with an Email field of its own, stays until the
  // new page's code has loaded.
  await expect(theirs.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await theirs.getByLabel("Email", { exact: true }).fill(email);
  await theirs.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(theirs.getByText(`If ${email} belongs to an active account`)).toBeVisible();

  const reset = await emailTo(email, { after: 1 });
  expect(reset.Subject).toContain("Reset your Portico password");
  await theirs.goto(staffLinkIn(reset, "reset-password"));
  await expect(theirs.getByText(`For ${email}`)).toBeVisible();
  await theirs.getByLabel("New password", { exact: true }).fill(second);
  await theirs.getByLabel("Repeat the password", { exact: true }).fill(second);
  await theirs.getByRole("button", { name: "Set new password" }).click();
  await expect(theirs.getByText("Your new password is set")).toBeVisible();
  await theirs.getByRole("link", { name: "Sign in" }).click();

  await signIn(theirs, email, first);
  await expect(theirs.getByRole("alert")).toContainText("Email or password is incorrect");
  await signIn(theirs, email, second);
  await expectDashboard(theirs);
  await context.close();
});
