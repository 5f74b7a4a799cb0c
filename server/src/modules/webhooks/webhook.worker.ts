import { randomBytes } from "node:crypto";
import os from "node:os";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import type { Database, WriteDb } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { enqueueEmail } from "../../email/outbox.js";
import { renderWebhookTurnedOff } from "../../email/templates/webhook-turned-off.js";
import { type Clock, DAY, MINUTE } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import { createPollLoop } from "../../lib/poll-loop.js";
import { recordAudit } from "../audit/audit.service.js";
import { facilityInTransaction } from "../facilities/facility.service.js";
import { branding } from "../notifications/notify.service.js";
import {
  type PostResult,
  parseWebhookUrl,
  postWebhook,
  resolveTarget,
  signatureHeader,
  WebhookTargetError,
} from "./webhook-target.js";

/** Deliveries claimed at once; each is its own request, sent side by side. */
export const WEBHOOK_BATCH = 20;
/** Attempts of one delivery before it fails for good (about two and a half days of retries). */
export const MAX_WEBHOOK_ATTEMPTS = 10;
/** Deliveries failed for good one after another that turn an endpoint off. */
export const FAILED_DELIVERIES_TO_TURN_OFF = 3;
/** How long an endpoint may fail every attempt before it is turned off. */
export const FAILING_FOR_MS = 3 * DAY;
/** How long a receiver has to answer. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
const TURNED_OFF = "The endpoint is turned off";

/** Wait before the next attempt after `attempts` failed ones: 1, 3, 9, 27 minutes … at most a day. */
export function webhookRetryDelayMs(attempts: number): number {
  return Math.min(DAY, MINUTE * 3 ** Math.max(0, attempts - 1));
}

export type WebhookWorkerDeps = {
  data: Database;
  clock: Clock;
  config: Pick<Config, "publicUrl" | "emailLeaseSeconds" | "webhooksAllowPrivateTargets">;
  logger: Logger;
  /** Wakes the email worker after admins were emailed. */
  nudgeOutbox?: () => void;
  workerId?: string;
  pollMs?: number;
  timeoutMs?: number;
};

type Claimed = {
  id: number;
  facilityId: number;
  endpointId: number;
  eventId: string;
  eventType: string;
  payload: string;
  attempts: number;
};

type Endpoint = { id: number; url: string; secret: string; enabled: boolean };

/**
 * Posts the webhook outbox: claims due deliveries under a lease (FOR UPDATE SKIP LOCKED on
 * PostgreSQL), posts them with no transaction open, records each answer, retries with backoff,
 * and turns off an endpoint that keeps failing, emailing the facility's admins.
 */
export function createWebhookWorker(deps: WebhookWorkerDeps) {
  const { data, clock, config } = deps;
  const { t } = data;
  const d = t.webhookDeliveries;
  const e = t.webhookEndpoints;
  const workerId = deps.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const logger = deps.logger.child({ component: "webhook-worker", workerId });
  const leaseMs = config.emailLeaseSeconds * 1000;
  let claims = 0;

  async function claim(now: Date): Promise<{ owner: string; rows: Array<{ row: Claimed; endpoint: Endpoint }> }> {
    const owner = `${workerId}#${++claims}`;
    return data.transaction(async (tx) => {
      const due = data.dialect.forUpdate(
        tx
          .select({ id: d.id })
          .from(d)
          .where(
            and(eq(d.status, "PENDING"), lte(d.nextAttemptAt, now), or(isNull(d.leaseUntil), lt(d.leaseUntil, now))),
          )
          .orderBy(asc(d.nextAttemptAt), asc(d.id))
          .limit(WEBHOOK_BATCH),
        { skipLocked: true },
      );
      const rows: Claimed[] = await tx
        .update(d)
        .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${d.attempts} + 1` })
        .where(inArray(d.id, due))
        .returning({
          id: d.id,
          facilityId: d.facilityId,
          endpointId: d.endpointId,
          eventId: d.eventId,
          eventType: d.eventType,
          payload: d.payload,
          attempts: d.attempts,
        });
      if (rows.length === 0) return { owner, rows: [] };
      const endpoints = new Map(
        (
          await tx
            .select({ id: e.id, url: e.url, secret: e.secret, enabled: e.enabled })
            .from(e)
            .where(
              inArray(
                e.id,
                rows.map((r) => r.endpointId),
              ),
            )
        ).map((endpoint) => [endpoint.id, endpoint]),
      );
      const ready: Array<{ row: Claimed; endpoint: Endpoint }> = [];
      for (const row of rows.sort((a, b) => a.id - b.id)) {
        const endpoint = endpoints.get(row.endpointId);
        if (endpoint?.enabled) {
          ready.push({ row, endpoint });
        } else {
          // Turned off by an admin (or for failing) since it was queued: it is not sent.
          await tx
            .update(d)
            .set({
              status: "FAILED",
              attempts: row.attempts - 1,
              lastError: TURNED_OFF,
              completedAt: now,
              leaseOwner: null,
              leaseUntil: null,
            })
            .where(and(eq(d.id, row.id), eq(d.leaseOwner, owner)));
        }
      }
      return { owner, rows: ready };
    });
  }

  async function send(row: Claimed, endpoint: Endpoint): Promise<PostResult> {
    try {
      const url = parseWebhookUrl(endpoint.url);
      const target = await resolveTarget(url, config.webhooksAllowPrivateTargets);
      return await postWebhook({
        url,
        target,
        body: row.payload,
        headers: {
          "portico-signature": signatureHeader(endpoint.secret, row.payload, clock.now()),
          "portico-event-id": row.eventId,
          "portico-event-type": row.eventType,
        },
        timeoutMs: deps.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
      });
    } catch (error) {
      if (error instanceof WebhookTargetError) return { ok: false, status: null, error: error.message };
      logger.error("webhook post threw", { error });
      return { ok: false, status: null, error: "Could not send" };
    }
  }

  async function turnOff(
    tx: WriteDb,
    endpoint: { id: number; facilityId: number; url: string },
    reason: string,
    now: Date,
  ) {
    await tx.update(e).set({ enabled: false, disabledReason: reason, updatedAt: now }).where(eq(e.id, endpoint.id));
    await tx
      .update(d)
      .set({ status: "FAILED", lastError: TURNED_OFF, completedAt: now, leaseOwner: null, leaseUntil: null })
      .where(and(eq(d.endpointId, endpoint.id), eq(d.status, "PENDING")));
    const admins = await tx
      .select({ name: t.staffUsers.name, email: t.staffUsers.email })
      .from(t.staffUsers)
      .where(
        and(
          eq(t.staffUsers.facilityId, endpoint.facilityId),
          eq(t.staffUsers.role, "ADMIN"),
          eq(t.staffUsers.status, "ACTIVE"),
        ),
      )
      .orderBy(asc(t.staffUsers.id));
    const facility = branding(await facilityInTransaction(tx, t, endpoint.facilityId), config.publicUrl);
    for (const admin of admins) {
      await enqueueEmail(tx, t, {
        facilityId: endpoint.facilityId,
        kind: "WEBHOOK_TURNED_OFF",
        toEmail: admin.email,
        rendered: renderWebhookTurnedOff({
          facility,
          recipientName: admin.name,
          endpointUrl: endpoint.url,
          reason,
          settingsUrl: `${config.publicUrl}/staff/settings/webhooks`,
        }),
        now,
      });
    }
    await recordAudit(tx, t, new FacilityScope(endpoint.facilityId), now, {
      action: "WEBHOOK_TURNED_OFF",
      subject: endpoint.url,
      details: { reason },
    });
    logger.warn("webhook endpoint turned off", { endpointId: endpoint.id, reason });
  }

  /** Records one answer; answers whether the endpoint was turned off. */
  async function settle(tx: WriteDb, owner: string, row: Claimed, result: PostResult, now: Date): Promise<boolean> {
    const mine = and(eq(d.id, row.id), eq(d.status, "PENDING"), eq(d.leaseOwner, owner));
    const [endpoint] = await data.dialect.forUpdate(tx.select().from(e).where(eq(e.id, row.endpointId)));
    if (result.ok) {
      await tx
        .update(d)
        .set({
          status: "SUCCEEDED",
          responseCode: result.status,
          lastError: null,
          lastAttemptAt: now,
          completedAt: now,
          leaseOwner: null,
          leaseUntil: null,
        })
        .where(mine);
      if (endpoint && (endpoint.failedInARow > 0 || endpoint.failingSince))
        await tx.update(e).set({ failedInARow: 0, failingSince: null }).where(eq(e.id, endpoint.id));
      return false;
    }
    const final = row.attempts >= MAX_WEBHOOK_ATTEMPTS;
    const changed = await tx
      .update(d)
      .set({
        status: final ? "FAILED" : "PENDING",
        nextAttemptAt: final ? now : new Date(now.getTime() + webhookRetryDelayMs(row.attempts)),
        responseCode: result.status,
        lastError: result.error.slice(0, 500),
        lastAttemptAt: now,
        completedAt: final ? now : null,
        leaseOwner: null,
        leaseUntil: null,
      })
      .where(mine)
      .returning({ id: d.id });
    if (!endpoint || changed.length === 0 || !endpoint.enabled) return false;
    const failingSince = endpoint.failingSince ?? now;
    const failedInARow = endpoint.failedInARow + (final ? 1 : 0);
    await tx.update(e).set({ failingSince, failedInARow }).where(eq(e.id, endpoint.id));
    if (failedInARow >= FAILED_DELIVERIES_TO_TURN_OFF) {
      await turnOff(tx, endpoint, `its last ${failedInARow} events could not be delivered`, now);
      return true;
    }
    if (now.getTime() - failingSince.getTime() >= FAILING_FOR_MS) {
      await turnOff(tx, endpoint, "every delivery to it has failed for 3 days", now);
      return true;
    }
    return false;
  }

  async function processBatch(): Promise<number> {
    const { owner, rows } = await claim(clock.now());
    if (rows.length === 0) return 0;
    const results = await Promise.all(rows.map(({ row, endpoint }) => send(row, endpoint)));
    const now = clock.now();
    const turnedOff = await data.transaction(async (tx) => {
      let any = false;
      for (const [index, { row }] of rows.entries()) {
        const result = results[index];
        if (result && (await settle(tx, owner, row, result, now))) any = true;
      }
      return any;
    });
    if (turnedOff) deps.nudgeOutbox?.();
    logger.info("webhook batch processed", { deliveries: rows.length });
    return rows.length;
  }

  const loop = createPollLoop<number>({
    pollMs: deps.pollMs ?? 1000,
    batch: () => processBatch(),
    more: (processed) => processed >= WEBHOOK_BATCH,
    async release() {
      await data.transaction((tx) =>
        tx
          .update(d)
          .set({ leaseOwner: null, leaseUntil: null })
          .where(and(eq(d.status, "PENDING"), sql`${d.leaseOwner} LIKE ${`${workerId}#%`}`)),
      );
    },
    onError: (error) => logger.error("webhook worker run failed", { error }),
  });

  return { runOnce: loop.runOnce, start: loop.start, stop: loop.stop, nudge: loop.nudge };
}

export type WebhookWorker = ReturnType<typeof createWebhookWorker>;
