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
    await expect(card).toContainText(`${clock} ${zone}`);
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

/** The moment a wall-clock time on a day names in Los Angeles (PDT or PST, whichever it is then). */
function inLosAngeles(day: string, time: string): Date {
  const [y = 0, m = 0, d = 0] = day.split("-").map(Number);
  const [h = 0, mi = 0] = time.split(":").map(Number);
  const clockThere = (at: Date) =>
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "America/Los_Angeles",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(at);
  const candidates = [7, 8].map((hours) => new Date(Date.UTC(y, m - 1, d, h + hours, mi)));
  const found = candidates.find((at) => clockThere(at) === time);
  if (!found) throw new Error(`${day} ${time} is not a time in Los Angeles`);
  return found;
}

test("staff whose browser is in Tokyo schedule an event at the facility's time in Los Angeles", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `${unique("tokyo")}@example.com`;
  const name = `Kai ${unique("T")}`;
  const title = `Late drop-off ${unique("E")}`;

  await signInAsStaff(page);
  const { facility: before } = await staffGql<{ facility: Record<string, unknown> }>(
    page,
    "{ facility { signInMethod inviteExpiryDays resendCooldownHours welcomeMessage timeZone } }",
  );
  const travelling = await browser.newContext({ baseURL: BASE_URL, timezoneId: "Asia/Tokyo" });
  try {
    await staffGql(page, "mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }", {
      input: { ...before, timeZone: "America/Los_Angeles" },
    });
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
      { input: { name, email } },
    );

    // Ten days on, in Los Angeles; 21:30 there is already the next afternoon in Tokyo.
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(
      new Date(Date.now() + 10 * 86_400_000),
    );
    const startsAt = inLosAngeles(day, "21:30");
    const zone = new Intl.DateTimeFormat("en-US", { timeZone: "America/Los_Angeles", timeZoneName: "short" })
      .format(startsAt)
      .split(" ")
      .at(-1) as string;
    const tokyo = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", ...options }).format(startsAt);
    const inTokyo = `${tokyo({ weekday: "short", day: "numeric", month: "short" }).replace(",", "")}, ${tokyo({
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })}`;

    const staff = await travelling.newPage();
    expect(await staff.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Asia/Tokyo");
    await signInAsStaff(staff);
    await staff.goto(`/staff/customers/${createCustomer.id}`);
    await staff.getByRole("region", { name: "Events" }).getByRole("button", { name: "Schedule event" }).click();
    const dialog = staff.getByRole("dialog", { name: "New event" });
    await dialog.getByRole("combobox", { name: "Kind" }).click();
    await staff.getByRole("option", { name: "Drop-off" }).click();
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByLabel("Start date").fill(day);
    await dialog.getByLabel("Start time").fill("21:30");
    await dialog.getByLabel("End time").fill("22:15");
    await dialog.getByLabel("Location").fill("Front gate");
    // The dialog says whose clock it is on, and what that is where the reader is.
    const note = dialog.getByTestId("event-time-zone");
    await expect(note).toHaveText(
      `Times are in America/Los Angeles (${zone}), the facility's time zone. That is ${inTokyo} where you are.`,
    );
    await dialog.screenshot({ path: path.join(SHOTS, "event-dialog-desktop.png") });
    await staff.setViewportSize(PHONE);
    await staff.screenshot({ path: path.join(SHOTS, "event-dialog-phone.png") });
    await staff.setViewportSize({ width: 1280, height: 720 });
    await dialog.getByRole("button", { name: "Schedule event" }).click();
    await expect(staff.getByText(`${title} scheduled for ${name}`)).toBeVisible();

    // Stored as the Los Angeles evening, not Tokyo's.
    const { customer } = await staffGql<{ customer: { events: Array<{ title: string; startsAt: string }> } }>(
      page,
      "query($id: ID!) { customer(id: $id) { events { title startsAt } } }",
      { id: createCustomer.id },
    );
    expect(customer.events.find((e) => e.title === title)?.startsAt).toBe(startsAt.toISOString());

    // The staff lists, in Tokyo, read the facility's clock; so does the edit dialog.
    const item = staff.getByRole("listitem", { name: new RegExp(`^Drop-off: ${title}.* at 21:30 ${zone}$`) });
    await expect(item).toBeVisible();
    const monday = new Date(`${day}T12:00:00Z`);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    await staff.goto(`/staff/schedule?week=${monday.toISOString().slice(0, 10)}`);
    // On the facility's day (Tokyo's is the next one).
    const dayHeading = new Intl.DateTimeFormat("en-GB", {
      timeZone: "America/Los_Angeles",
      weekday: "long",
      day: "numeric",
      month: "long",
    })
      .format(startsAt)
      .replace(",", "");
    const scheduled = staff
      .getByRole("region", { name: dayHeading })
      .getByRole("listitem", { name: new RegExp(`^Drop-off: ${title}.* at 21:30 ${zone}$`) });
    await expect(scheduled).toBeVisible();
    await expect(scheduled.getByText("to 22:15")).toBeVisible();
    await scheduled.getByRole("button", { name: `Actions for ${title}` }).click();
    await staff.getByRole("menuitem", { name: "Edit event" }).click();
    const edit = staff.getByRole("dialog", { name: "Edit event" });
    await expect(edit.getByLabel("Start date")).toHaveValue(day);
    await expect(edit.getByLabel("Start time")).toHaveValue("21:30");
    await expect(edit.getByLabel("End time")).toHaveValue("22:15");
    await edit.getByRole("button", { name: "Cancel" }).click();

    // The customer's portal shows the same evening.
    await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", {
      c: createCustomer.id,
    });
    const customerContext = await browser.newContext({ baseURL: BASE_URL });
    const portal = await customerContext.newPage();
    await portal.goto(await inviteLinkFor(email));
    await portal.getByRole("button", { name: "Continue" }).click();
    // The page leaves the link once the session cookie is set; going elsewhere sooner races it.
    await expect(portal).not.toHaveURL(/\/portal\/link\//);
    await portal.goto("/portal/schedule");
    await expect(portal.getByRole("article", { name: title })).toContainText(`21:30 – 22:15 ${zone}`);
    await customerContext.close();
  } finally {
    await travelling.close();
    // Other browser tests expect the demo facility as seeded.
    await staffGql(page, "mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }", {
      input: before,
    });
  }
});
