import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, customerInPortal, signInStaff, twoFacilities, updateFacility } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";

const FACILITY = `{ facility { name logoUrl } }`;
type Refusal = { error: { code: string; message: string; fields?: Record<string, string> } };
const PORTAL_FACILITY = `{ portalViewer { facility { name logoUrl } } }`;
const REMOVE = `mutation { removeLogo { logoUrl } }`;

/** A logo with a transparent background, as designers export them. */
const logoOf = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 11, g: 114, b: 133, alpha: 0 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#0b7285"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer();

describe("branding: the facility's logo", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let staffOfA: TestClient;

  const cookieOf = (client: TestClient) =>
    ["portico_staff", "portico_portal"]
      .map((n) => (client.cookie(n) ? `${n}=${client.cookie(n)}` : ""))
      .filter(Boolean)
      .join("; ");
  const upload = (client: TestClient, body: Buffer, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/uploads/facility/logo`, {
      method: "POST",
      headers: { "x-portico-request": "1", "x-file-name": "harbor.png", cookie: cookieOf(client), ...headers },
      body,
    });
  const logoOfA = async () => (await t.asA.ok<{ facility: { logoUrl: string | null } }>(FACILITY)).facility.logoUrl;
  const logoFileOf = async (facilityId: number) => {
    const { facilities } = app.data.t;
    const [facility] = await app.data.read
      .select({ id: facilities.logoFileId })
      .from(facilities)
      .where(eq(facilities.id, facilityId));
    return facility?.id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    const staff = await createStaff(app, t.a.id, { role: "STAFF" });
    staffOfA = await signInStaff(app.client(), staff.email);
  });
  afterAll(() => app.close());

  it("lets an admin upload a logo, stored as a transparent PNG of at most 512 px", async () => {
    const res = await upload(t.asA, await logoOf(1600, 800));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { logoUrl: string; width: number; height: number };
    expect(body).toMatchObject({ width: 512, height: 256 });
    expect(body.logoUrl).toMatch(/^\/files\/\d+$/);
    expect(await logoOfA()).toBe(body.logoUrl);

    // Public: the logo is shown on sign-in pages and in emails, where nobody is signed in.
    const download = await fetch(`${app.url}${body.logoUrl}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/png");
    const meta = await sharp(Buffer.from(await download.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "png", width: 512, height: 256, hasAlpha: true });
  });

  it("keeps a small logo at its own size", async () => {
    const res = await upload(t.asA, await logoOf(120, 40));
    expect(((await res.json()) as { width: number }).width).toBe(120);
  });

  it("deletes the old logo's bytes when a new one replaces it", async () => {
    await upload(t.asA, await logoOf(300, 100));
    const first = await logoFileOf(t.a.id);
    const files = await countRows(app, "files");
    await upload(t.asA, await logoOf(200, 200));
    expect(await logoFileOf(t.a.id)).not.toBe(first);
    expect(await countRows(app, "files", "id = ?", first)).toBe(0);
    expect(await countRows(app, "files")).toBe(files);
    expect((await fetch(`${app.url}/files/${first}`)).status).toBe(404);
  });

  it("refuses staff who are not admins, and anyone signed out", async () => {
    const before = await logoFileOf(t.a.id);
    const files = await countRows(app, "files");
    const asStaff = await upload(staffOfA, await logoOf(100, 100));
    expect(asStaff.status).toBe(403);
    expect(await asStaff.json()).toEqual({
      error: { code: "FORBIDDEN", message: "Only admins can change the branding" },
    });
    expect((await upload(app.client(), await logoOf(100, 100))).status).toBe(401);
    expect((await staffOfA.gql(REMOVE)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await logoFileOf(t.a.id)).toBe(before);
    expect(await countRows(app, "files")).toBe(files);
  });

  it("refuses files that are not PNG, JPEG or WebP, SVG, too large or missing the header, storing nothing", async () => {
    const before = await logoFileOf(t.a.id);
    const files = await countRows(app, "files");

    const pdf = await upload(t.asA, Buffer.from("%PDF-1.7 not a logo"));
    expect(pdf.status).toBe(400);
    expect(await pdf.json()).toEqual({
      error: {
        code: "BAD_USER_INPUT",
        message: "That file is not an image we can read. Use a PNG, JPEG or WebP logo.",
        fields: { file: "Not an image" },
      },
    });

    const svg = await upload(
      t.asA,
      Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`),
    );
    expect(svg.status).toBe(400);
    expect((await svg.json()) as Refusal).toMatchObject({
      error: { message: expect.stringMatching(/^SVG logos are not accepted/), fields: { file: "Format not accepted" } },
    });

    const gif = await upload(
      t.asA,
      await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000" } })
        .gif()
        .toBuffer(),
    );
    expect(gif.status).toBe(400);

    const huge = await upload(t.asA, Buffer.alloc(5 * 1024 * 1024 + 1, 1));
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as Refusal).error.message).toBe("The image is 5.0 MB; the limit is 5 MB.");

    const overParser = await upload(t.asA, Buffer.alloc(17 * 1024 * 1024, 1));
    expect(overParser.status).toBe(413);
    expect(((await overParser.json()) as Refusal).error).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { file: "Too large" },
    });

    expect((await upload(t.asA, Buffer.alloc(0))).status).toBe(400);
    expect((await upload(t.asA, await logoOf(50, 50), { "x-portico-request": "" })).status).toBe(400);

    expect(await logoFileOf(t.a.id)).toBe(before);
    expect(await countRows(app, "files")).toBe(files);
  });

  it("keeps each facility's logo its own", async () => {
    const logoA = await logoOfA();
    expect(logoA).not.toBeNull();
    const res = await upload(t.asB, await logoOf(64, 64));
    const { logoUrl: logoB } = (await res.json()) as { logoUrl: string };
    expect(logoB).not.toBe(logoA);
    expect(await logoOfA()).toBe(logoA);
    expect((await t.asB.ok<{ facility: { logoUrl: string } }>(FACILITY)).facility.logoUrl).toBe(logoB);

    await t.asB.ok(REMOVE);
    expect(await logoOfA()).toBe(logoA);
    expect(await logoFileOf(t.b.id)).toBeNull();
  });

  it("shows the logo in the portal and, as an absolute address, in emails", async () => {
    const logoUrl = await logoOfA();
    const { browser } = await customerInPortal(app, t.asA, t.a.id, { name: "Lena Logo", email: "lena@example.com" });
    expect(
      (await browser.ok<{ portalViewer: { facility: { logoUrl: string } } }>(PORTAL_FACILITY)).portalViewer.facility
        .logoUrl,
    ).toBe(logoUrl);

    const invite = await latestEmailTo(app, "lena@example.com");
    expect(invite?.html).toContain(`<img src="http://portico.test${logoUrl}" alt="Harbor A"`);

    // Notifications are rendered when queued: they carry the absolute address too.
    await t.asA.ok(`mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }`, {
      input: {
        customerId: String(
          (
            await app.data.read
              .select({ id: app.data.t.customers.id })
              .from(app.data.t.customers)
              .where(eq(app.data.t.customers.email, "lena@example.com"))
          )[0]?.id,
        ),
        kind: "SERVICE",
        title: "Annual service",
        startsAt: "2026-03-10T15:00:00.000Z",
      },
    });
    await app.deliver();
    const notification = await latestEmailTo(app, "lena@example.com");
    expect(notification?.subject).toBe("Scheduled: Annual service · Harbor A");
    expect(notification?.html).toContain(`<img src="http://portico.test${logoUrl}"`);
  });

  it("removes the logo: the bytes go, and the portal and emails fall back to the name", async () => {
    const logoUrl = (await logoOfA()) as string;
    await updateFacility(app, t.a.id, { logoUrl: null });
    expect((await t.asA.ok<{ removeLogo: { logoUrl: string | null } }>(REMOVE)).removeLogo.logoUrl).toBeNull();
    expect((await fetch(`${app.url}${logoUrl}`)).status).toBe(404);
    expect(await logoOfA()).toBeNull();
  });

  it("still shows a logo configured by address when none was uploaded", async () => {
    await updateFacility(app, t.a.id, { logoUrl: "https://cdn.example.com/harbor.png", logoFileId: null });
    expect(await logoOfA()).toBe("https://cdn.example.com/harbor.png");
    await upload(t.asA, await logoOf(80, 80));
    expect(await logoOfA()).toMatch(/^\/files\/\d+$/);
  });
});
