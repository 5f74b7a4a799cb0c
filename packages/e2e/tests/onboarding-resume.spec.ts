import { expect, test } from "@playwright/test";
import { inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

type Settings = {
  signInMethod: string;
  inviteExpiryDays: number;
  resendCooldownHours: number;
  onboarding: { signContracts: boolean; addPaymentMethod: boolean; completeProfile: boolean };
};

const SETTINGS = `{ facility { signInMethod inviteExpiryDays resendCooldownHours onboarding { signContracts addPaymentMethod completeProfile } } }`;
const UPDATE = `mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }`;

test("reopening the welcome steps resumes at the first one not yet done", async ({ page, browser }) => {
  const name = `Avery ${unique("O")}`;
  const email = `${unique("onboarding")}@example.com`;

  await signInAsStaff(page);
  const { facility } = await staffGql<{ facility: Settings }>(page, SETTINGS);
  const settings = (onboarding: Settings["onboarding"]) => ({
    input: {
      signInMethod: facility.signInMethod,
      inviteExpiryDays: facility.inviteExpiryDays,
      resendCooldownHours: facility.resendCooldownHours,
      onboarding,
    },
  });
  await staffGql(page, UPDATE, settings({ signContracts: true, addPaymentMethod: false, completeProfile: true }));
  // The other browser tests meet a facility without welcome steps.
  try {
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
      { input: { name, email } },
    );
    const upload = await page.request.post(
      `/uploads/customers/${createCustomer.id}/documents?title=Storage%20agreement&kind=STORAGE_AGREEMENT&requiresSignature=1`,
      { headers: { "x-portico-request": "1", "x-file-name": "agreement.pdf" }, data: Buffer.from("%PDF-1.4\n%%EOF\n") },
    );
    expect(upload.status()).toBe(201);
    await staffGql(page, "mutation($id: ID!) { sendInvite(customerId: $id) { __typename } }", {
      id: createCustomer.id,
    });

    const context = await browser.newContext();
    const portal = await context.newPage();
    await portal.goto(await inviteLinkFor(email));
    await portal.getByRole("button", { name: "Continue" }).click();
    await expect(portal).toHaveURL(/\/portal\/welcome/);

    const agreement = portal.getByRole("region", { name: "Sign Storage agreement" });
    await agreement.getByLabel(/Type your full name/).fill(name);
    await agreement.getByRole("checkbox", { name: "I agree to sign this document electronically" }).check();
    await agreement.getByRole("button", { name: "Sign" }).click();
    await expect(portal.getByText("All signed. Thank you!")).toBeVisible();

    // Leaves before the last step, and comes back later: home sends them to the welcome steps again.
    await portal.goto("/portal/");
    await expect(portal).toHaveURL(/\/portal\/welcome/);
    await expect(portal.getByRole("button", { name: "Save and finish" })).toBeVisible();
    await expect(portal.getByText("All signed. Thank you!")).toHaveCount(0);
    await expect(portal.getByRole("button", { name: "Sign contracts" })).toHaveAttribute("data-completed", "true");
    await context.close();
  } finally {
    await staffGql(page, UPDATE, settings(facility.onboarding));
  }
});
