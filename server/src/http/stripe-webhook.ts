import express, { Router } from "express";
import { FacilityScope } from "../db/tenancy.js";
import type { Deps } from "../graphql/context.js";
import {
  applyStripeEvent,
  refreshSavedCard,
  stripeAccountOf,
  stripeClient,
} from "../modules/payments/stripe.service.js";

/**
 * Stripe's webhook for one facility's account (each facility has its own signing secret). The raw
 * body is verified with the official client before anything is read from it.
 */
export function stripeWebhookRouter(deps: Deps): Router {
  const router = Router();
  router.post("/:facilityId", express.raw({ type: () => true, limit: "1mb" }), async (req, res) => {
    const facilityId = Number(req.params.facilityId);
    const account = Number.isSafeInteger(facilityId) ? await stripeAccountOf(deps.data, facilityId) : null;
    if (!account?.secretKey || !account.webhookSecret) {
      res.status(404).json({ error: "No Stripe account is set up here" });
      return;
    }
    const stripe = await stripeClient(deps.config, account.secretKey);
    let event: ReturnType<typeof stripe.webhooks.constructEvent>;
    try {
      event = stripe.webhooks.constructEvent(
        req.body as Buffer,
        req.get("stripe-signature") ?? "",
        account.webhookSecret,
      );
    } catch {
      res.status(400).json({ error: "The Stripe signature does not match" });
      return;
    }
    const scope = new FacilityScope(facilityId);
    const outcome = await applyStripeEvent(deps.data, scope, event, deps.clock.now());
    const session = event.data.object as { object?: string; mode?: string; customer?: unknown };
    if (outcome === "applied" && session.mode === "setup" && typeof session.customer === "string") {
      // Which card was saved: worth a call to Stripe, not worth failing the webhook (it is applied).
      await refreshSavedCard({ data: deps.data, config: deps.config }, scope, session.customer).catch(
        (error: unknown) => deps.logger.warn("could not read the saved card from Stripe", { error, facilityId }),
      );
    }
    res.status(200).json({ received: true, outcome });
  });
  return router;
}
