import { type Browser, expect, type Page, test } from "@playwright/test";
import { TWILIO_URL } from "../playwright.config";
import { signInAsStaff, staffGql, unique } from "./support";

type FakeText = { sid: string; to: string; body: string };

/** The newest sign-in text (not the invite) the fake Twilio accepted for `to`, once it has arrived. */
async function signInTextTo(to: string): Promise<FakeText> {
  let found: FakeText | undefined;
  await expect
    .poll(
      async () => {
        const texts = (await (await fetch(`${TWILIO_URL}/__messages`)).json()) as FakeText[];
        found = texts.filter((t) => t.to === to && t.body.includes("your sign-in link")).at(-1);
        return found !== undefined;
      },
      { message: `a sign-in text to ${to}` },
    )
    .toBe(true);
  return found as FakeText;
}

/**
 * A customer of the demo facility with only a mobile number, consent to texts recorded by staff,
 * and invited (by text): someone the portal knows. Answers the number as E.164.
 */
async function textablePerson(page: Page, offset: number): Promise<{ phone: string; name: string }> {
  const phone = `+1207555${String((Date.now() + offset) % 10_000).padStart(4, "0")}`;
  const name = `Tia ${unique("S")}`;
  await signInAsStaff(page);
  const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
    page,
    `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
    { input: { name, phone } },
  );
  await staffGql(page, `mutation($input: TextSettingsInput!) { setTextSettings(input: $input) { canText } }`, {
    input: { customerId: createCustomer.id, channel: "TEXT", consent: true, consentNote: "Said yes at the counter" },
  });
  await staffGql(page, `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
    id: createCustomer.id,
  });
  return { phone, name };
}

/** Opens the facility's sign-in page and asks for a text to the number as a person types it. */
async function askForText(browser: Browser, phone: string) {
  const context = await browser.newContext();
  const portal = await context.newPage();
  await portal.goto("/portal/sign-in?facility=harbor-point");
  await portal.getByRole("button", { name: "Text me a link" }).click();
  await expect(portal).toHaveURL(/\/portal\/sign-in\/text\?facility=harbor-point/);
  const national = phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
  await portal.getByLabel("Mobile number").fill(national);
  await portal.getByRole("button", { name: "Text me a sign-in link" }).click();
  await expect(portal.getByText("Check your texts")).toBeVisible();
  await expect(portal.getByText(national)).toBeVisible();
  return { context, portal };
}

test("a person asks for a sign-in text on the portal and its link signs them in", async ({ page, browser }) => {
  const { phone } = await textablePerson(page, 11);
  const { context, portal } = await askForText(browser, phone);

  const text = await signInTextTo(phone);
  expect(text.body).toMatch(/^Harbor Point Storage: your sign-in link .* works once, for 15 minutes\./);
  const link = /https?:\/\/\S+\/portal\/link\/[A-Za-z0-9_-]{43}/.exec(text.body)?.[0];
  expect(link, text.body).toBeTruthy();

  await portal.goto(link as string);
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal.getByText(/Harbor Point Storage/).first()).toBeVisible();
  await expect(portal).not.toHaveURL(/\/link\/|\/sign-in/);
  await context.close();
});

test("a person signs in with the code from the sign-in text", async ({ page, browser }) => {
  const { phone } = await textablePerson(page, 23);
  const { context, portal } = await askForText(browser, phone);

  const text = await signInTextTo(phone);
  const code = /code (\d{8})/.exec(text.body)?.[1];
  expect(code, text.body).toBeTruthy();
  await portal.getByLabel("Sign-in code").fill("00000000" === code ? "11111111" : "00000000");
  await portal.getByRole("button", { name: "Sign in with code" }).click();
  await expect(portal.getByText(/not valid or has expired/)).toBeVisible();

  await portal.getByLabel("Sign-in code").fill(code as string);
  await portal.getByRole("button", { name: "Sign in with code" }).click();
  await expect(portal).not.toHaveURL(/\/sign-in/);
  await expect(portal.getByText(/Harbor Point Storage/).first()).toBeVisible();
  await context.close();
});
