import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { emailTo, signInAsStaff, staffGql, unique } from "./support";

const SHOTS = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), "portico-e2e-branding");

test("the email's code page wears the facility's branding on a device that has never seen the portal", async ({
  page,
  browser,
}) => {
  const email = `${unique("code")}@example.com`;
  await signInAsStaff(page);
  const { facility } = await staffGql<{ facility: { name: string } }>(page, "{ facility { name } }");
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
    { input: { name: `Noor ${unique("C")}`, email } },
  );
  await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", {
    c: createCustomer.id,
  });
  const invite = await emailTo(email);
  const code = /enter this code on the sign-in page: (\d{8})/.exec(invite.TextBody ?? "")?.[1];
  const codePage = /https?:\/\/\S+\/portal\/sign-in\/code\?facility=[\w-]+/.exec(invite.TextBody ?? "")?.[0];
  expect(code).toBeTruthy();
  expect(codePage).toBeTruthy();
  const codeUrl = new URL(codePage as string);

  for (const [name, viewport] of [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    const fresh = await browser.newContext({ baseURL: BASE_URL, viewport });
    const portal = await fresh.newPage();
    await portal.goto(`${codeUrl.pathname}${codeUrl.search}`);
    await expect(portal.getByTestId("facility-name")).toHaveText(facility.name);
    await expect(portal.getByText(`Enter the email address ${facility.name} has for you`)).toBeVisible();
    await portal.screenshot({ path: path.join(SHOTS, `code-page-${name}.png`), fullPage: true });
    if (name === "phone") {
      await portal.getByLabel("Email address").fill(email);
      await portal.getByLabel("Sign-in code").fill(code as string);
      await portal.getByRole("button", { name: "Sign in with code" }).click();
      await expect(portal).not.toHaveURL(/sign-in/);
      await expect(portal.locator("header").first()).toContainText(facility.name);
    }
    await fresh.close();
  }
});
