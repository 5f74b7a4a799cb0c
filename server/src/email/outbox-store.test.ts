import { describe, expect, it } from "vitest";
import { openOutboxTestData, queueInvite, seedFacility } from "../../test/outbox-fixtures.js";
import { ManualClock } from "../lib/clock.js";
import { createOutboxStore } from "./outbox-store.js";

describe("the outbox claim", () => {
  it("compiles no statement once a first claim has prepared it", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const store = createOutboxStore(data, { workerId: "warm", random: () => 0 });
    const facilityId = await seedFacility({ data });
    await queueInvite({ data }, clock, facilityId, "first@example.com", "First");
    const cold = data.stats.compilations;
    const warmUp = await store.claim(clock.now(), "any");
    expect(warmUp.minted).toHaveLength(1);
    await store.settle(warmUp, [{ outboxId: warmUp.minted[0]?.row.id ?? 0, ok: true, messageId: "m-1" }], clock.now());
    // The claim, its context read, the token insert and the settling statements.
    expect(data.stats.compilations - cold).toBeGreaterThanOrEqual(6);

    await queueInvite({ data }, clock, facilityId, "second@example.com", "Second");
    await queueInvite({ data }, clock, facilityId, "third@example.com", "Third");
    const before = data.stats.compilations;
    const claim = await store.claim(clock.now(), "any");
    const settled = await store.settle(
      claim,
      claim.minted.map((m) => ({ outboxId: m.row.id, ok: true as const, messageId: `m-${m.row.id}` })),
      clock.now(),
    );
    expect(data.stats.compilations - before).toBe(0);
    expect(claim.minted.map((m) => m.row.toEmail)).toEqual(["second@example.com", "third@example.com"]);
    expect(settled).toEqual({ sent: 2, failed: 0, retrying: 0 });
  });

  it("claims sign-in links first, and only them on the sign-in lane", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const store = createOutboxStore(data, { workerId: "lanes" });
    const facilityId = await seedFacility({ data });
    await queueInvite({ data }, clock, facilityId, "invite@example.com", "Invite");
    expect((await store.claim(clock.now(), "sign-in")).minted).toEqual([]);
    expect((await store.claim(clock.now(), "any")).minted.map((m) => m.row.kind)).toEqual(["INVITE"]);
  });
});
