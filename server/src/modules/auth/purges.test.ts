import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerInPortal, twoFacilities } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import { sha256 } from "../../lib/tokens.js";
import { hitRateLimit, purgeEndedRateLimits } from "./rate-limit.service.js";
import { PORTAL_COOKIE, purgeExpiredSessions, resolvePortalSession } from "./sessions.service.js";

// A purge picks what has ended, then deletes it; on PostgreSQL a request can renew a row in between.
// Each race is forced: another connection holds the row while the renewal and then the purge start,
// so the purge has picked the row before the renewal commits (test/held-locks.ts).
describe("purges delete only what has ended, even while a request renews it", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  it("a throttle window a hit restarts while the purge waits for it is kept, with its hit", async () => {
    const start = app.clock.now();
    await hitRateLimit(app.data, "purge-race", 5, MINUTE, start);
    const later = new Date(start.getTime() + 2 * MINUTE);
    await raceWhileHeld<unknown>(
      app,
      "SELECT 1 FROM rate_limits WHERE key = $1 FOR UPDATE",
      ["purge-race"],
      [() => hitRateLimit(app.data, "purge-race", 5, MINUTE, later), () => purgeEndedRateLimits(app.data, later)],
    );
    expect(await countRows(app, "rate_limits", "key = ? AND count = 1", "purge-race")).toBe(1);
  });

  it("a portal session a request extends while the purge waits for it is kept", async () => {
    const { browser } = await customerInPortal(app, t.asA, t.a.id, { name: "Kept Session", email: "kept@example.com" });
    const token = browser.cookie(PORTAL_COOKIE) as string;
    const idHash = sha256(token);
    const signedInAt = app.clock.now();
    // Used a minute before it would expire, which extends it; the purge runs just after that moment.
    const lastUse = new Date(signedInAt.getTime() + 30 * DAY - MINUTE);
    const purgeAt = new Date(signedInAt.getTime() + 30 * DAY + MINUTE);
    const [resolved] = await raceWhileHeld<unknown>(
      app,
      "SELECT 1 FROM sessions WHERE id_hash = $1 FOR UPDATE",
      [idHash],
      [() => resolvePortalSession(app.data, token, lastUse), () => purgeExpiredSessions(app.data, purgeAt)],
    );
    expect(resolved).toMatchObject({ viewer: { kind: "portal" }, ended: null });
    expect(await countRows(app, "sessions", "id_hash = ?", idHash)).toBe(1);
  });
});
