import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import express, { type RequestHandler, type Response } from "express";
import { buildContext, type Context, type Deps } from "./graphql/context.js";
import { createErrorFormatter } from "./graphql/errors.js";
import { fieldSuggestionGate, introspectionGate, queryLimits } from "./graphql/limits.js";
import { buildPorticoSchema } from "./graphql/schema.js";
import { apiKeyAuth } from "./http/api-key-auth.js";
import { calendarRouter } from "./http/calendar.js";
import { customerExportRouter } from "./http/customer-export.js";
import { devMailboxRouter } from "./http/dev-mailbox.js";
import { filesRouter } from "./http/files.js";
import { expressExchangeClasses, graphqlEndpoint, withGraphqlPostRoute } from "./http/graphql-endpoint.js";
import { healthRouter } from "./http/health.js";
import { jsonBody } from "./http/json-body.js";
import { graphqlBodyErrorHandler } from "./http/json-errors.js";
import { postmarkWebhookRouter } from "./http/postmark-webhook.js";
import { annotateRequest, requestLog } from "./http/request-log.js";
import { securityHeaders } from "./http/security-headers.js";
import { spaRouter } from "./http/static.js";
import { stripeWebhookRouter } from "./http/stripe-webhook.js";
import { twilioWebhookRouter } from "./http/twilio-webhook.js";

/** Repo root: this file is server/src/app.ts in development and server/dist/app.js when built. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type AppOptions = {
  /** Serve the built SPAs and playground from their dist folders (skipped when absent). */
  serveWeb?: boolean;
  /** True once shutdown has begun: readiness fails and connections are not kept alive. */
  isDraining?: () => boolean;
};

/**
 * `responses` holds the HTTP response of each GraphQL request in flight by request id, so the
 * operation can be named in the request's log line (plugins get a copy of the context we built).
 */
function requestLogging(deps: Deps, responses: Map<string, Response>): ApolloServerPlugin<Context> {
  // One listener for every request: what it needs comes with each call.
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ operationName, operation, contextValue }) {
      const res = responses.get(contextValue.requestId);
      if (res) annotateRequest(res, { operation: operationName ?? operation?.operation ?? undefined });
    },
    async didEncounterErrors({ errors, contextValue }) {
      for (const error of errors) {
        const code = error.extensions?.code;
        if (code && code !== "INTERNAL_SERVER_ERROR") continue;
        deps.logger.error("unexpected error", {
          requestId: contextValue.requestId,
          error: error.originalError ?? error,
          path: error.path,
        });
      }
    },
    async willSendResponse({ response, contextValue }) {
      if (response.body.kind !== "single") return;
      for (const error of response.body.singleResult.errors ?? []) {
        if (error.extensions?.code === "INTERNAL_SERVER_ERROR") {
          (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
        }
      }
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

/** What runs first on every request, in order: request log, the drain behaviour, security headers. */
function everyRequest(deps: Deps, options: AppOptions): RequestHandler[] {
  const { isDraining } = options;
  return [
    requestLog(deps.logger),
    (_req, res, next) => {
      // While shutting down, a response closes its kept-alive connection instead of keeping it for
      // another request (the server closes those whose request began before: server.ts).
      if (isDraining?.()) res.setHeader("Connection", "close");
      next();
    },
    securityHeaders(),
  ];
}

/**
 * What every process answers, whatever its role: request logs, the drain behaviour, security
 * headers, `/healthz` and `/readyz`.
 */
function baseApp(deps: Deps, options: AppOptions, first: RequestHandler[]) {
  const app = express();
  app.disable("x-powered-by");
  // Per-IP limits count req.ip: the client's address as the trusted proxies in front report it.
  app.set("trust proxy", deps.config.trustProxy);
  app.use(...first);

  app.use(healthRouter(deps, () => options.isDraining?.() ?? false));
  return app;
}

/** A request listener that can listen, as an Express app can. */
export type HttpApp = http.RequestListener & { listen(port: number, host?: string): http.Server };

/**
 * A background worker's HTTP side: health and readiness for the orchestrator, nothing else. Its
 * loops serve no one directly, so it has no API to expose.
 */
export function createWorkerApp(deps: Deps, options: Pick<AppOptions, "isDraining"> = {}) {
  return baseApp(deps, options, everyRequest(deps, options));
}

export async function createApp(
  deps: Deps,
  options: AppOptions = {},
): Promise<{ app: HttpApp; apollo: ApolloServer<Context> }> {
  const production = deps.config.env === "production";
  const limits = queryLimits();
  const responses = new Map<string, Response>();
  const apollo = new ApolloServer<Context>({
    schema: buildPorticoSchema(),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(deps.logger),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      introspectionGate(production),
      fieldSuggestionGate(production),
      requestLogging(deps, responses),
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
    ],
  });
  await apollo.start();

  const first = everyRequest(deps, options);
  const app = baseApp(deps, options, first);

  const playground = path.join(repoRoot, "packages/playground/dist");
  if (options.serveWeb && fs.existsSync(playground)) {
    app.use("/graphql/playground-assets", express.static(playground, { immutable: true, maxAge: "1y", index: false }));
    app.get("/graphql", (req, res, next) => {
      if (req.accepts(["application/json", "text/html"]) !== "text/html") return next();
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(path.join(playground, "index.html"));
    });
    // docs/api.md as the playground's build rendered it: the guide the playground links to.
    app.get("/graphql/docs", (_req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(path.join(playground, "api.html"));
    });
  }

  const graphql = [
    // A Bearer key is checked before the body is read: a refused key costs no parsing.
    apiKeyAuth(deps),
    // Room for a 5 MB bulk-invite CSV sent as a variable (JSON escaping can double a file full of
    // quotes); the service itself refuses files over 5 MB with a clear message.
    jsonBody(12 * 1024 * 1024),
    graphqlEndpoint(apollo, async ({ req, res }) => {
      const context = await buildContext(deps, req, res);
      responses.set(context.requestId, res);
      res.on("close", () => responses.delete(context.requestId));
      annotateRequest(res, {
        viewer: context.staff?.apiKey ? "api-key" : context.staff ? "staff" : context.portal ? "portal" : "anonymous",
      });
      return context;
    }),
  ];
  const graphqlErrors = graphqlBodyErrorHandler(deps.logger);
  app.use("/graphql", ...graphql, graphqlErrors);

  app.use("/webhooks/postmark", postmarkWebhookRouter(deps));
  app.use("/webhooks/stripe", stripeWebhookRouter(deps));
  app.use("/webhooks/twilio", twilioWebhookRouter(deps));
  app.use(filesRouter(deps));
  app.use(customerExportRouter(deps));
  app.use(calendarRouter(deps));

  // The local mailbox stands in for Postmark on a laptop or a demo: never in production (demo mode
  // never is either), never beside a real token.
  if ((!deps.config.postmark.serverToken || !deps.config.twilio) && !production) {
    app.use("/dev/mailbox", devMailboxRouter(deps.data));
  }

  if (options.serveWeb) {
    app.use("/staff", spaRouter(path.join(repoRoot, "staff-web/dist")));
    app.use("/portal", spaRouter(path.join(repoRoot, "portal-web/dist")));
    app.get("/", (_req, res) => res.redirect("/staff/"));
  }

  const handler = withGraphqlPostRoute(app, [...first, ...graphql], graphqlErrors);
  const exchange = expressExchangeClasses(app);
  const listen = (port: number, host?: string) => http.createServer(exchange, handler).listen(port, host);
  return { app: Object.assign(handler, { listen }), apollo };
}
