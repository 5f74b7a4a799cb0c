import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import {
  compilationsDuring,
  countStatements,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../../test/harness.js";
import { MINUTE } from "../../lib/clock.js";

// Every request resolves its sessions first, so their lookup is prepared once per process and the
// portal's one statement also brings the facility's sections (a section check costs nothing more).
describe("session lookup per request", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let owner: TestClient;
  const staffViewer = () => t.asA.ok(`{ staffViewer { name } }`);
  const portalViewer = () => owner.ok(`{ portalViewer { name } }`);
  const portalCars = () => owner.ok(`{ portalViewer { account { cars { displayName } } } }`);
  // A route whose own read is prepared too: what it compiles is the session lookup's.
  const brand = (client: TestClient) => () => client.ok(`{ portalBrand(facility: "nowhere") { name } }`);

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    ({ browser: owner } = await customerInPortal(app, t.asA, t.a.id, {
      name: "Sam Session",
      email: "sam@example.com",
    }));
  });
  afterAll(() => app.close());

  it("compiles no statement for a staff or portal session after the first request", async () => {
    const sessionsOnly = async (request: () => Promise<unknown>) => {
      await request();
      return compilationsDuring(app, request);
    };
    expect(await sessionsOnly(brand(t.asA))).toBe(0);
    expect(await sessionsOnly(brand(owner))).toBe(0);
    expect(await sessionsOnly(staffViewer)).toBe(0);
    expect(await sessionsOnly(portalViewer)).toBe(0);
    expect(await sessionsOnly(portalCars)).toBe(0);
    // The count is not blind: a sign-in reads its staff user through a query built per request.
    expect(await compilationsDuring(app, () => signInStaff(app.client(), t.staffA.email))).toBeGreaterThan(0);
  });

  it("reads the session with its facility in one statement, on either engine", async () => {
    // Measured on the old client: 2 for the staff viewer, 8 for the portal viewer, 10 with its cars.
    // Now 1, 5 and 7: both session lookups bring the facility's row, which no resolver reads again.
    const counts = [];
    for (const request of [staffViewer, portalViewer, portalCars]) {
      await request();
      counts.push((await countStatements(app, request)).statements.length);
    }
    expect(counts).toEqual([1, 5, 7]);
  });

  it("writes when the portal session's last use is old enough to be worth recording, and only then", async () => {
    await portalViewer();
    const quiet = await countStatements(app, portalViewer);
    expect(quiet.statements.some((s) => /^update "sessions"/i.test(s))).toBe(false);
    app.clock.advance(6 * MINUTE);
    const touched = await countStatements(app, portalViewer);
    expect(touched.statements.some((s) => /^update "sessions"/i.test(s))).toBe(true);
  });
});
