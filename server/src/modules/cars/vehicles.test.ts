import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCar, createCustomer, twoFacilities, updateFacility } from "../../../test/factories.js";
import {
  compilationsDuring,
  countRows,
  latestEmailTo,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";

const photoOf = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#0b7285" } })
    .jpeg()
    .toBuffer();

describe("vehicles: photos, history, condition reports", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let owner: TestClient;
  let carId: number;
  let otherCarId: number;

  const upload = (client: TestClient, path: string, body: Buffer, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, {
      method: "POST",
      headers: { "x-portico-request": "1", "x-file-name": "front.jpg", cookie: cookieOf(client), ...headers },
      body,
    });
  const cookieOf = (client: TestClient) =>
    ["portico_staff", "portico_portal"]
      .map((n) => (client.cookie(n) ? `${n}=${client.cookie(n)}` : ""))
      .filter(Boolean)
      .join("; ");
  const download = (client: TestClient, url: string) =>
    fetch(`${app.url}${url}`, { headers: { cookie: cookieOf(client) } });

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    const customer = await createCustomer(app, t.a.id, { name: "Vera Vehicle", email: "vera@example.com" });
    carId = (await createCar(app, t.a.id, customer.id, { year: 1965, make: "Jaguar", model: "E-Type" })).id;
    otherCarId = (await createCar(app, t.a.id, (await createCustomer(app, t.a.id, { name: "Other Owner" })).id)).id;
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customer.id),
    });
    await app.deliver();
    owner = app.client();
    await owner.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
      t: (await latestEmailTo(app, "vera@example.com"))?.token,
    });
  });
  afterAll(() => app.close());

  it("stores an uploaded photo resized, with a thumbnail, stripped to WebP", async () => {
    const res = await upload(t.asA, `/uploads/cars/${carId}/photos`, await photoOf(3000, 2000));
    expect(res.status).toBe(201);
    const photo = (await res.json()) as { url: string; thumbnailUrl: string };
    const full = await download(t.asA, photo.url);
    expect(full.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await full.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([2000, 1333]);
    const thumb = await sharp(Buffer.from(await (await download(t.asA, photo.thumbnailUrl)).arrayBuffer())).metadata();
    expect(thumb.width).toBe(480);
  });

  it("refuses files that are not images, too large, or for another facility's car, storing nothing", async () => {
    const before = await countRows(app, "files");
    const notImage = await upload(t.asA, `/uploads/cars/${carId}/photos`, Buffer.from("%PDF-1.7 not a photo"));
    expect(notImage.status).toBe(400);
    expect(((await notImage.json()) as { error: { message: string } }).error.message).toMatch(/not an image/);
    const huge = await upload(t.asA, `/uploads/cars/${carId}/photos`, Buffer.alloc(15 * 1024 * 1024 + 1, 1));
    expect(((await huge.json()) as { error: { message: string } }).error.message).toMatch(/limit is 15 MB/);
    const foreign = await upload(t.asB, `/uploads/cars/${carId}/photos`, await photoOf(100, 100));
    expect(foreign.status).toBe(404);
    const noHeader = await upload(t.asA, `/uploads/cars/${carId}/photos`, await photoOf(100, 100), {
      "x-portico-request": "",
    });
    expect(noHeader.status).toBe(400);
    const anonymous = await upload(app.client(), `/uploads/cars/${carId}/photos`, await photoOf(100, 100));
    expect(anonymous.status).toBe(401);
    expect(await countRows(app, "files")).toBe(before);
  });

  it("lets the owner and their facility download a photo, and nobody else", async () => {
    const { url } = (await (await upload(t.asA, `/uploads/cars/${carId}/photos`, await photoOf(200, 200))).json()) as {
      url: string;
    };
    expect((await download(t.asA, url)).status).toBe(200);
    expect((await download(owner, url)).status).toBe(200);
    expect((await download(t.asB, url)).status).toBe(404);
    expect((await download(app.client(), url)).status).toBe(404);
  });

  it("shows the portal its car with photos, history and reports, and no one else's car", async () => {
    const entry = await t.asA.ok<{ addCarEvent: Record<string, unknown> }>(
      `mutation($id: ID!) { addCarEvent(carId: $id, input: { kind: WASHED, notes: "Hand wash and wax" }) { id kind notes happenedAt recordedBy } }`,
      { id: String(carId) },
    );
    // The created entry comes back, for the dashboard to add to its cache without reading the car again.
    expect(entry.addCarEvent).toEqual({
      id: expect.any(String),
      kind: "WASHED",
      notes: "Hand wash and wax",
      happenedAt: app.clock.now().toISOString(),
      recordedBy: expect.any(String),
    });
    await t.asA.ok(
      `mutation($id: ID!) { updateCar(id: $id, input: { year: 1965, make: "Jaguar", model: "E-Type", status: IN_SERVICE }) { status } }`,
      { id: String(carId) },
    );
    const report = (
      await t.asA.ok<{ addConditionReport: { id: string; inspector: string; odometer: number; photos: unknown[] } }>(
        `mutation($id: ID!) { addConditionReport(carId: $id, input: { inspectedOn: "2026-03-01", inspector: " Sam ", odometer: 51230, notes: "Small chip, left door" }) { id inspectedOn inspector odometer notes photos { id } } }`,
        { id: String(carId) },
      )
    ).addConditionReport;
    expect(report).toEqual({
      id: expect.any(String),
      inspectedOn: "2026-03-01",
      inspector: "Sam",
      odometer: 51230,
      notes: "Small chip, left door",
      photos: [],
    });
    const reportId = report.id;
    expect((await upload(t.asA, `/uploads/condition-reports/${reportId}/photos`, await photoOf(300, 200))).status).toBe(
      201,
    );

    type CarData = {
      car: {
        displayName: string;
        coverThumbnailUrl: string;
        photos: Array<{ thumbnailUrl: string }>;
        history: Array<{ kind: string; notes: string; recordedBy: string | null }>;
        conditionReports: Array<{ odometer: number; photos: Array<{ url: string }> }>;
      };
    };
    const q = `query($id: ID!) { car(id: $id) { displayName coverThumbnailUrl photos { url thumbnailUrl } history { kind notes recordedBy } conditionReports { odometer photos { url } } } }`;
    const seen = (await owner.ok<CarData>(q, { id: String(carId) })).car;
    // The newest photo is the cover, in the single car and in the account's list alike.
    expect(seen.coverThumbnailUrl).toBe(seen.photos[0]?.thumbnailUrl);
    const listed = await owner.ok<{ portalViewer: { account: { cars: Array<{ coverThumbnailUrl: string | null }> } } }>(
      `{ portalViewer { account { cars { coverThumbnailUrl } } } }`,
    );
    expect(listed.portalViewer.account.cars[0]?.coverThumbnailUrl).toBe(seen.coverThumbnailUrl);
    expect(seen.history.map((h) => h.kind)).toEqual(["STATUS_CHANGED", "WASHED"]);
    expect(seen.history[0]).toMatchObject({ notes: "In storage → In service", recordedBy: null });
    expect(seen.conditionReports[0]?.odometer).toBe(51230);
    expect((await download(owner, seen.conditionReports[0]?.photos[0]?.url ?? "")).status).toBe(200);
    expect((await t.asA.ok<CarData>(q, { id: String(carId) })).car.history[0]?.recordedBy).toBe(t.staffA.name);

    const others = await owner.gql(q, { id: String(otherCarId) });
    expect(others.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const foreignStaff = await t.asB.gql(q, { id: String(carId) });
    expect(foreignStaff.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("compiles no statement through the data layer for a second identical car page or vehicles list", async () => {
    const page = `query($id: ID!) { car(id: $id) { displayName coverThumbnailUrl photos { url } history { kind notes recordedBy } conditionReports { odometer photos { url } } } }`;
    const list = `{ portalViewer { account { cars { displayName coverThumbnailUrl } } } }`;
    const requests = [
      () => owner.ok(page, { id: String(carId) }),
      () => t.asA.ok(page, { id: String(carId) }),
      () => owner.ok(list),
    ];
    for (const request of requests) await request(); // warm-up: the first of each compiles its reads once
    for (const request of requests) {
      expect(await compilationsDuring(app, request)).toBe(0);
    }
    // The count is not blind: the answer to a new history entry is read unprepared, so it compiles every time.
    const addEntry = () =>
      t.asA.ok(`mutation($id: ID!) { addCarEvent(carId: $id, input: { kind: NOTE, notes: "Checked" }) { id } }`, {
        id: String(carId),
      });
    await addEntry();
    expect(await compilationsDuring(app, addEntry)).toBeGreaterThan(0);
  });

  it("refuses bad history and report input", async () => {
    const future = await t.asA.gql(
      `mutation($id: ID!, $at: DateTimeISO) { addCarEvent(carId: $id, input: { kind: MOVED, happenedAt: $at }) { id } }`,
      {
        id: String(carId),
        at: "2099-01-01T00:00:00Z",
      },
    );
    expect(future.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const negative = await t.asA.gql(
      `mutation($id: ID!) { addConditionReport(carId: $id, input: { inspectedOn: "2026-03-01", inspector: "Sam", odometer: -5 }) { id } }`,
      { id: String(carId) },
    );
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { odometer: expect.any(String) },
    });
  });

  it("hides vehicles and their photos when the facility turns the section off", async () => {
    const { url } = (await (await upload(t.asA, `/uploads/cars/${carId}/photos`, await photoOf(120, 120))).json()) as {
      url: string;
    };
    await updateFacility(app, t.a.id, { sectionVehicles: false });
    try {
      expect((await download(owner, url)).status).toBe(404);
      const refused = await owner.gql(`query($id: ID!) { car(id: $id) { id } }`, { id: String(carId) });
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await updateFacility(app, t.a.id, { sectionVehicles: true });
    }
  });

  it("deletes a photo's bytes with the photo", async () => {
    const res = await upload(t.asA, `/uploads/cars/${carId}/photos`, await photoOf(150, 150));
    const { id } = (await res.json()) as { id: number };
    const files = await countRows(app, "files");
    await t.asA.ok(`mutation($id: ID!) { removeCarPhoto(id: $id) }`, { id: String(id) });
    expect(await countRows(app, "files")).toBe(files - 2);
    const foreign = await t.asB.gql(`mutation($id: ID!) { removeCarPhoto(id: $id) }`, { id: String(id) });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("two staff moving a car at once record and announce the status change once", async () => {
    const move = () =>
      t.asA.gql(
        `mutation($id: ID!) { updateCar(id: $id, input: { make: "Other", model: "Car", status: OUT }) { status } }`,
        {
          id: String(otherCarId),
        },
      );
    // Another connection holds the car's row while both start, so an unlocked read of its status
    // would happen before either writes (test/held-locks.ts).
    const answers = await raceWhileHeld(app, "SELECT 1 FROM cars WHERE id = $1 FOR UPDATE", [otherCarId], [move, move]);
    expect(answers.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(await countRows(app, "car_events", "car_id = ? AND kind = ?", otherCarId, "STATUS_CHANGED")).toBe(1);
  });
});
