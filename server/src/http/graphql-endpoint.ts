import { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import type { Express, NextFunction, Request, RequestHandler, Response } from "express";
import { endCompressed } from "./compression.js";

/**
 * Apollo's HTTP handler for Express, as `@as-integrations/express5` writes it, with two changes:
 * a complete answer is sent with one `res.end` (Express's `res.send` hashes every body for an ETag
 * that a POST never uses, and writes header and body as two chunks), compressed over a threshold
 * (./compression.ts); an incremental answer streams uncompressed, since a compressor would hold
 * its parts back.
 */
export function graphqlEndpoint<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (args: { req: Request; res: Response }) => Promise<TContext>,
): RequestHandler {
  apollo.assertStarted("graphqlEndpoint()");
  return async (req, res) => {
    if (!("body" in req)) throw new Error("graphqlEndpoint needs the JSON body parser in front of it");
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const query = req.url.indexOf("?");
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method.toUpperCase(),
        headers,
        search: query === -1 ? "" : req.url.slice(query),
        body: req.body,
      },
      context: () => context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === "complete") {
      await endCompressed(req, res, answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

type ErrorHandler = (error: unknown, req: Request, res: Response, next: NextFunction) => void;

/**
 * `POST /graphql` served by its own handlers in order, without Express's router: the router's walk
 * through every layer cost more than all of Apollo on a small query. The request gets exactly what
 * `app.handle` gives it before routing (Express's request and response methods, `res.locals`), so
 * the same middleware runs as under `app.use` — request log, drain, security headers, body parser,
 * Apollo, and the body error handler — and answers the same. Any other request goes to `app`.
 */
/**
 * Request and response classes for `http.createServer` whose objects are born with Express's
 * methods, so the route below need not swap each one's prototype (`Object.setPrototypeOf` on a
 * live object changes its hidden class, and every property read after it pays).
 */
export function expressExchangeClasses(app: Express) {
  class ExpressRequest extends IncomingMessage {}
  Object.setPrototypeOf(ExpressRequest.prototype, app.request);
  class ExpressResponse extends ServerResponse {}
  Object.setPrototypeOf(ExpressResponse.prototype, app.response);
  return { IncomingMessage: ExpressRequest, ServerResponse: ExpressResponse };
}

const isPrototype = (prototype: object, object: object) => Object.prototype.isPrototypeOf.call(prototype, object);

export function withGraphqlPostRoute(
  app: Express,
  handlers: RequestHandler[],
  onError: ErrorHandler,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (rawReq, rawRes) => {
    const url = rawReq.url ?? "";
    if (rawReq.method !== "POST" || !(url === "/graphql" || url.startsWith("/graphql?"))) {
      app(rawReq as Request, rawRes as Response);
      return;
    }
    // Born with Express's methods on a server made with expressExchangeClasses; given them here otherwise.
    const req = (isPrototype(app.request, rawReq) ? rawReq : Object.setPrototypeOf(rawReq, app.request)) as Request;
    const res = (isPrototype(app.response, rawRes) ? rawRes : Object.setPrototypeOf(rawRes, app.response)) as Response;
    req.res = res;
    res.req = req;
    req.originalUrl = url;
    res.locals ??= Object.create(null);
    let index = 0;
    let failed = false;
    const next: NextFunction = (error?: unknown) => {
      if (error !== undefined && error !== "route" && error !== "router") {
        if (failed) {
          // The error handler itself failed (or the answer was already under way): end the exchange.
          res.destroy();
          return;
        }
        failed = true;
        onError(error, req, res, next);
        return;
      }
      const handler = handlers[index++];
      if (!handler) {
        res.status(404).end();
        return;
      }
      try {
        const done = handler(req, res, next) as unknown;
        if (done instanceof Promise) done.catch(next);
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  };
}
