import { expect, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { signInAsStaff, unique } from "./support";

/** A request as an integrator's script makes it: JSON with a Bearer key, no cookies, no browser. */
async function withKey(secret: string, query: string) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

test("an admin creates an API key, sees it used, revokes it, and the key is refused from then on", async ({
  page,
  browser,
}) => {
  const name = unique("Accounting sync");

  await signInAsStaff(page);
  await page.getByRole("link", { name: "Settings" }).first().click();
  await page.getByRole("tab", { name: "API keys" }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);
  await expect(page.getByRole("heading", { name: "API keys" })).toBeVisible();

  await page.getByRole("button", { name: "Create API key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("radio", { name: /Read only/ }).check();
  await dialog.getByRole("button", { name: "Create key" }).click();

  const reveal = page.getByRole("dialog", { name: "Your new API key" });
  await expect(reveal).toContainText("You won't see it again");
  const secret = await reveal.getByLabel(`Secret key for “${name}”`).inputValue();
  expect(secret).toMatch(/^pk_live_[A-Za-z0-9_-]{43}$/);
  await reveal.getByRole("button", { name: "Done" }).click();
  await expect(reveal).toHaveCount(0);

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(`pk_live_…${secret.slice(-4)}`);
  await expect(row).toContainText("Read only");
  await expect(row).toContainText("Never used");
  // The secret itself is nowhere on the page any more.
  await expect(page.getByText(secret)).toHaveCount(0);

  // The integration uses the key: it reads its facility and cannot change anything.
  const read = await withKey(secret, "{ facility { name } }");
  expect(read.status).toBe(200);
  expect(read.body.errors).toBeUndefined();
  expect(read.body.data).toEqual({ facility: { name: expect.any(String) } });
  const write = await withKey(secret, `mutation { createCustomer(input: { name: "Not Allowed" }) { id } }`);
  expect(write.body.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });

  // A developer tries the key in the playground, in a browser with no staff session, and finds the guide.
  const developer = await browser.newContext();
  const playground = await developer.newPage();
  await playground.goto(`${BASE_URL}/graphql`);
  // The example tab is in the editor before a person pastes a key.
  await expect(playground.locator(".graphiql-query-editor")).toContainText("query Facility");
  await playground.getByLabel("API key").fill(secret);
  await playground.getByRole("button", { name: "Use key" }).click();
  await expect(playground.getByText(`Using API key …${secret.slice(-4)}`)).toBeVisible();
  // The key starts the playground afresh, and its editor fills in the example tab a moment later:
  // run it once the query is there, as a person would.
  await expect(playground.locator(".graphiql-query-editor")).toContainText("query Facility");
  await playground.getByRole("button", { name: /Execute query/ }).click();
  await expect(playground.locator(".result-window")).toContainText('"facility"');
  await expect(playground.locator(".result-window")).not.toContainText("errors");
  const [guide] = await Promise.all([
    developer.waitForEvent("page"),
    playground.getByRole("link", { name: "API guide" }).click(),
  ]);
  await expect(guide.getByRole("heading", { name: "The Portico API", level: 1 })).toBeVisible();
  await expect(guide.getByRole("heading", { name: "Checking the signature" })).toBeVisible();
  await developer.close();

  await page.reload();
  await expect(row).not.toContainText("Never used");
  await expect(row).toContainText(/from \S+/);

  await row.getByRole("button", { name: "Revoke" }).click();
  const confirm = page.getByRole("dialog", { name: `Revoke “${name}”?` });
  await expect(confirm).toContainText("refused from its next request");
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  const refused = await withKey(secret, "{ facility { name } }");
  expect(refused.status).toBe(401);
  expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });

  // The audit log tells the key's story.
  await page.getByRole("tab", { name: "Audit log" }).click();
  await expect(page.getByText(`created the read-only API key “${name}”`)).toBeVisible();
  await expect(page.getByText(`revoked the API key “${name}”`)).toBeVisible();
  await expect(page.getByText(/made its first request/).first()).toBeVisible();
});
