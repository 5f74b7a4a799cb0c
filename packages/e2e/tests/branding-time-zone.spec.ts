import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { emailTo, inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

// A 192×64 logo on a transparent background, as designers export them.
const LOGO = path.join(import.meta.dirname, "fixtures/harbor-logo.png");
const SHOTS = process.env.E2E_SCREENSHOTS ?? path.join(os.tmpdir(), "portico-e2e-branding");
const PHONE = { width: 390, height: 844 };

test("an admin uploads a logo and picks the facility's time zone; the portal and emails follow", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `${unique("tz")}@example.com`;
  const name = `Wren ${unique("T")}`;
  const title = `Evening pick-up ${unique("E")}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "portico-e2e-"));
  const svg = path.join(dir, "harbor-logo.svg");
  writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

  await signInAsStaff(page);
  const { facility: before } = await staffGql<{ facility: Record<string, unknown> }>(
    page,
    "{ facility { signInMethod inviteExpiryDays resendCooldownHours welcomeMessage timeZone } }",
  );
  try {
    await page.goto("/staff/settings/portal");
    const branding = page.getByRole("form", { name: "Branding" });
    await expect(branding.getByText("No logo")).toBeVisible();

    // An SVG is refused before it is sent, with the reason.
    await branding.locator('input[type="file"]').setInputFiles(svg);
    await expect(branding.getByRole("alert")).toContainText("SVG logos are not accepted");

    await branding.locator('input[type="file"]').setInputFiles(LOGO);
    await expect(page.getByText("Logo saved")).toBeVisible();
    const preview = branding.getByRole("img", { name: /logo$/ });
    await expect(preview).toBeVisible();
    const logoUrl = (await preview.getAttribute("src")) as string;
    expect(logoUrl).toMatch(/^\/files\/\d+$/);
    await expect(branding.getByRole("button", { name: "Replace logo" })).toBeVisible();
    await expect(branding.getByRole("alert")).toHaveCount(0);
    await branding.screenshot({ path: path.join(SHOTS, "branding-desktop.png") });

    // The time zone: searched for by city, saved with the other settings.
    const zoneField = page.getByLabel("Facility time zone", { exact: true }).and(page.locator("input"));
    await zoneField.click();
    await zoneField.fill("los ang");
    await page.getByRole("option", { name: /America\/Los Angeles/ }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Portal settings saved")).toBeVisible();

    await page.setViewportSize(PHONE);
    await branding.screenshot({ path: path.join(SHOTS, "branding-phone.png") });
    await page.setViewportSize({ width: 1280, height: 720 });

    // An event late in the evening in Los Angeles: already the next day in UTC.
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
      { input: { name, email } },
    );
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    startsAt.setUTCHours(4, 30, 0, 0);
    await staffGql(page, "mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }", {
      input: { customerId: createCustomer.id, kind: "PICK_UP", title, startsAt: startsAt.toISOString() },
    });
    const inLA = (options: Intl.DateTimeFormatOptions, locale = "en-GB") =>
      new Intl.DateTimeFormat(locale, { timeZone: "America/Los_Angeles", ...options }).format(startsAt);
    const localDay = inLA({ weekday: "long", day: "numeric", month: "long", year: "numeric" }).replace(
      /^(\w+) /,
      "$1, ",
    );
    const clock = inLA({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    const zone = inLA({ timeZoneName: "short" }, "en-US").split(" ").at(-1) as string;
    expect(clock).toMatch(/^(20|21):30$/);
    const eventEmail = await emailTo(email);
    expect(eventEmail.TextBody).toContain(`${localDay} at ${clock} ${zone}`);
    expect(eventEmail.HtmlBody).toContain(`src="${BASE_URL}${logoUrl}"`);

    // The staff schedule names the zone too.
    await page.goto(`/staff/customers/${createCustomer.id}`);
    await expect(page.getByRole("listitem", { name: new RegExp(`${title}.*${clock} ${zone}`) })).toBeVisible();

    await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", {
      c: createCustomer.id,
    });
    const customer = await browser.newContext({ baseURL: BASE_URL });
    const portal = await customer.newPage();
    await portal.goto(await inviteLinkFor(email));
    await expect(portal.getByRole("img", { name: "Harbor Point Storage" }).first()).toBeVisible();
    await portal.getByRole("button", { name: "Continue" }).click();
    const header = portal.locator("header").first();
    await expect(header.getByRole("img", { name: "Harbor Point Storage" })).toHaveAttribute("src", logoUrl);
    await header.screenshot({ path: path.join(SHOTS, "portal-header-desktop.png") });

    await portal.goto("/portal/schedule");
    const card = portal.getByRole("article", { name: title });
    await expect(card).toContainText(`${inLA({ hour: "numeric", minute: "2-digit" }, "en-US")} ${zone}`);
    await portal.setViewportSize(PHONE);
    await portal.goto("/portal/");
    await expect(portal.locator("header").first().getByRole("img", { name: "Harbor Point Storage" })).toBeVisible();
    await expect(portal.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await portal.screenshot({ path: path.join(SHOTS, "portal-home-phone.png") });
    await customer.close();
  } finally {
    // Other browser tests expect the demo facility as seeded.
    await staffGql(page, "mutation { removeLogo { id } }");
    await staffGql(page, "mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }", {
      input: before,
    });
  }
});
