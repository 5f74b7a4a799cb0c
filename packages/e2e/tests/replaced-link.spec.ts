import { expect, test } from "@playwright/test";
import { emailTo, linkIn, signInAsStaff, staffGql, unique } from "./support";

test("a newer sign-in link replaces the invite link, and the old link's page says it was replaced", async ({
  page,
  browser,
}) => {
  const email = `${unique("newer")}@example.com`;
  const name = `Newer ${unique("L")}`;

  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
    { input: { name, email } },
  );
  await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", {
    c: createCustomer.id,
  });
  const inviteLink = linkIn(await emailTo(email));

  const customer = await browser.newContext();
  const portal = await customer.newPage();
  await portal.goto("/portal/");
  await portal.getByLabel("Email address").fill(email);
  await portal.getByRole("button", { name: "Email me a sign-in link" }).click();
  const signInLink = linkIn(await emailTo(email, { after: 1 }));
  expect(signInLink).not.toBe(inviteLink);

  await portal.goto(inviteLink);
  await expect(portal.getByRole("heading", { name: "This link was replaced" })).toBeVisible();
  await expect(portal.getByText(/already been used/i)).toHaveCount(0);

  await portal.goto(signInLink);
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(
    portal.getByRole("heading", { level: 1, name: /^Good (morning|afternoon|evening), Newer$/ }),
  ).toBeVisible();
  await customer.close();
});
