import { expect, type Page, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

const FACILITY_ZONE = "America/Los_Angeles";
const SETTINGS = "{ facility { signInMethod inviteExpiryDays resendCooldownHours timeZone sections } }";
const UPDATE = "mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }";

/** "2 Mar 2026, 21:30 PST": how both apps write a moment, on the facility's clock. */
function facilityMoment(iso: string): string {
  const at = new Date(iso);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("en-GB", { timeZone: FACILITY_ZONE, ...options }).format(at);
  const zone = new Intl.DateTimeFormat("en-US", { timeZone: FACILITY_ZONE, timeZoneName: "short" })
    .format(at)
    .split(" ")
    .at(-1);
  return `${part({ day: "numeric", month: "short", year: "numeric" })}, ${part({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" })} ${zone}`;
}

async function portalGql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/graphql", {
    data: { query, variables },
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", "x-portico-app": "portal" },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, query.slice(0, 60)).toBeUndefined();
  return body.data as T;
}

test("with the browser in Tokyo, car history, messages, requests and signatures show the facility's time", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `Rin ${unique("Z")}`;
  const email = `${unique("zone")}@example.com`;

  await signInAsStaff(page);
  const { facility: before } = await staffGql<{ facility: Record<string, unknown> }>(page, SETTINGS);
  await staffGql(page, UPDATE, {
    input: {
      ...before,
      timeZone: FACILITY_ZONE,
      sections: ["VEHICLES", "DOCUMENTS", "MESSAGES", "SERVICE_REQUESTS"],
    },
  });
  const tokyo = await browser.newContext({ baseURL: BASE_URL, timezoneId: "Asia/Tokyo" });
  // The other browser tests meet the facility as it was.
  try {
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
      { input: { name, email } },
    );
    const { addCar } = await staffGql<{ addCar: { id: string } }>(
      page,
      "mutation($c: ID!, $input: CarInput!) { addCar(customerId: $c, input: $input) { id } }",
      { c: createCustomer.id, input: { year: 1967, make: "Jaguar", model: "E-Type" } },
    );
    const washedAt = new Date(Date.now() - 2 * 86_400_000);
    washedAt.setSeconds(0, 0);
    const { addCarEvent } = await staffGql<{ addCarEvent: { happenedAt: string } }>(
      page,
      "mutation($id: ID!, $input: CarEventInput!) { addCarEvent(carId: $id, input: $input) { happenedAt } }",
      { id: addCar.id, input: { kind: "WASHED", happenedAt: washedAt.toISOString() } },
    );
    const upload = await page.request.post(
      `/uploads/customers/${createCustomer.id}/documents?title=Storage%20agreement&kind=STORAGE_AGREEMENT&requiresSignature=1`,
      { headers: { "x-portico-request": "1", "x-file-name": "agreement.pdf" }, data: Buffer.from("%PDF-1.4\n%%EOF\n") },
    );
    expect(upload.status()).toBe(201);
    await staffGql(page, "mutation($id: ID!) { sendInvite(customerId: $id) { __typename } }", {
      id: createCustomer.id,
    });

    const portal = await tokyo.newPage();
    expect(await portal.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Asia/Tokyo");
    await portal.goto(await inviteLinkFor(email));
    await portal.getByRole("button", { name: "Continue" }).click();
    await expect(portal.getByRole("link", { name: "Messages" }).first()).toBeVisible();

    const { sendPortalMessage } = await portalGql<{ sendPortalMessage: { createdAt: string } }>(
      portal,
      'mutation { sendPortalMessage(body: "Is the Jaguar ready?") { createdAt } }',
    );
    const { requestService } = await portalGql<{ requestService: { createdAt: string } }>(
      portal,
      "mutation($input: ServiceRequestInput!) { requestService(input: $input) { createdAt } }",
      { input: { type: "DETAILING", carId: addCar.id } },
    );
    const { portalDocuments } = await portalGql<{ portalDocuments: Array<{ id: string }> }>(
      portal,
      "{ portalDocuments { id } }",
    );
    const documentId = portalDocuments[0]?.id as string;
    const { signDocument } = await portalGql<{ signDocument: { signature: { signedAt: string } } }>(
      portal,
      "mutation($id: ID!, $input: SignatureInput!) { signDocument(id: $id, input: $input) { signature { signedAt } } }",
      { id: documentId, input: { typedName: name, consent: true } },
    );

    // The customer, in Tokyo.
    await portal.goto(`/portal/vehicles/${addCar.id}`);
    await expect(portal.getByText(facilityMoment(addCarEvent.happenedAt), { exact: true })).toBeVisible();
    await portal.goto("/portal/requests");
    await expect(portal.getByText(`Requested ${facilityMoment(requestService.createdAt)}`)).toBeVisible();
    await portal.goto(`/portal/documents/${documentId}`);
    await expect(
      portal.getByRole("region", { name: "Signature" }).getByText(facilityMoment(signDocument.signature.signedAt)),
    ).toBeVisible();
    await portal.goto("/portal/messages");
    const clock = facilityMoment(sendPortalMessage.createdAt).split(", ")[1] as string;
    await expect(portal.locator(`time[datetime="${sendPortalMessage.createdAt}"]`)).toHaveText(clock);

    // Staff, in Tokyo too.
    const staff = await tokyo.newPage();
    await signInAsStaff(staff);
    await staff.goto(`/staff/customers/${createCustomer.id}/cars/${addCar.id}`);
    await expect(staff.getByText(facilityMoment(addCarEvent.happenedAt), { exact: true })).toBeVisible();
  } finally {
    await tokyo.close();
    await staffGql(page, UPDATE, { input: before });
  }
});
