import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  openOutboxTestData,
  queueInvite as queueInviteAt,
  seedFacility,
  workerTestConfig,
} from "../../test/outbox-fixtures.js";
import type { Database } from "../db/database.js";
import { ManualClock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import type { EmailTransport, OutgoingEmail, SendResult } from "./transport.js";
import { createEmailWorker, LEASE_MS } from "./worker.js";

const silent: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silent,
  withoutRedaction: () => silent,
  enabled: () => false,
} as unknown as Logger;

/** An outbox row's status, read through the Database. */
async function outboxStatus(data: Database, outboxId: number) {
  const { emailOutbox } = data.t;
  const [row] = await data.read
    .select({ status: emailOutbox.status })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, outboxId));
  return row?.status;
}

const config = workerTestConfig({ serverToken: "t", apiUrl: "http://unused" });

/** A transport whose first calls wait until the test answers them, in any order. */
class ScriptedTransport implements EmailTransport {
  calls: Array<{
    messages: OutgoingEmail[];
    answer: (ok: boolean, permanent?: boolean, refused?: boolean) => void;
  }> = [];
  private waiters: Array<() => void> = [];
  /** Calls after this many are answered at once, with success. */
  constructor(private readonly held: number) {}
  sendBatch(messages: OutgoingEmail[]): Promise<SendResult[]> {
    return new Promise((resolve) => {
      this.calls.push({
        messages,
        answer: (ok, permanent = false, refused = true) =>
          resolve(
            messages.map((m) =>
              ok
                ? { outboxId: m.outboxId, ok: true, messageId: `id-${m.outboxId}-${this.calls.length}` }
                : {
                    outboxId: m.outboxId,
                    ok: false,
                    permanent,
                    refused,
                    errorCode: permanent ? 406 : 500,
                    message: "down",
                  },
            ),
          ),
      });
      if (this.calls.length > this.held) this.calls.at(-1)?.answer(true);
      for (const w of this.waiters.splice(0)) w();
    });
  }
  async whenCalls(n: number): Promise<void> {
    while (this.calls.length < n) await new Promise<void>((r) => this.waiters.push(r));
  }
}

/** One invite queued at a fresh facility. */
async function queueInvite(layer: { data: Database }, clock: ManualClock) {
  return queueInviteAt(layer, clock, await seedFacility(layer, "Harbor"), "jane@example.com", "Jane");
}

describe("one worker's batches under a lapsed lease", () => {
  it("a stale batch's transient failure does not free a row a newer batch of the same worker holds", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const transport = new ScriptedTransport(2);
    const worker = createEmailWorker({ data, clock, config, logger: silent, transport, random: () => 0 });
    const { outboxId } = await queueInvite({ data }, clock);

    // Batch 1's call outlives its lease (a stalled event loop, a slow network).
    const first = worker.runOnce();
    await transport.whenCalls(1);
    clock.advance(LEASE_MS + 1);
    // Batch 2 of the same worker claims the row again and its call is in flight.
    const second = worker.runOnce();
    await transport.whenCalls(2);
    // Batch 1 now answers with a transient failure.
    transport.calls[0]?.answer(false);
    await first;
    // Batch 2 still holds the row: nothing may claim it before its lease ends, though the retry
    // time batch 1 would have set (30 s after a first try) has come.
    clock.advance(LEASE_MS / 2 + 1);
    expect(await worker.runOnce()).toBe(0);
    expect(transport.calls).toHaveLength(2);
    transport.calls[1]?.answer(true);
    await second;
    expect(await outboxStatus(data, outboxId)).toBe("SENT");
  });

  it("a stale batch's permanent failure does not mark failed an invite a newer batch sent", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const transport = new ScriptedTransport(2);
    const worker = createEmailWorker({ data, clock, config, logger: silent, transport, random: () => 0 });
    const { outboxId, invitationId } = await queueInvite({ data }, clock);

    const first = worker.runOnce();
    await transport.whenCalls(1);
    clock.advance(LEASE_MS + 1);
    const second = worker.runOnce();
    await transport.whenCalls(2);
    transport.calls[0]?.answer(false, true);
    await first;
    transport.calls[1]?.answer(true);
    await second;
    expect(await outboxStatus(data, outboxId)).toBe("SENT");
    const { invitations } = data.t;
    const [invitation] = await data.read
      .select({ state: invitations.deliveryState })
      .from(invitations)
      .where(eq(invitations.id, invitationId));
    expect(invitation?.state).toBe("SENT");
  });
});

describe("codes of copies that never went out", () => {
  const tokensOf = (data: Database, linkId: number) =>
    data.read.$count(data.t.signInLinkTokens, eq(data.t.signInLinkTokens.linkId, linkId));

  it("a copy Postmark refused leaves no code a guess could match; a copy that may have gone out keeps its own", async () => {
    const { data } = await openOutboxTestData();
    const clock = new ManualClock();
    const transport = new ScriptedTransport(2);
    const worker = createEmailWorker({ data, clock, config, logger: silent, transport, random: () => 0 });
    const { linkId } = await queueInvite({ data }, clock);

    // Postmark turns the call away (a 429, say): nothing went out.
    const first = worker.runOnce();
    await transport.whenCalls(1);
    transport.calls[0]?.answer(false, false, true);
    await first;
    expect(await tokensOf(data, linkId)).toBe(0);

    // A timeout: the message may have gone out, so its link and code must keep working.
    clock.advance(LEASE_MS);
    const second = worker.runOnce();
    await transport.whenCalls(2);
    transport.calls[1]?.answer(false, false, false);
    await second;
    expect(await tokensOf(data, linkId)).toBe(1);

    clock.advance(LEASE_MS * 2);
    expect(await worker.runOnce()).toBe(1);
    expect(await tokensOf(data, linkId)).toBe(2);
  });
});
