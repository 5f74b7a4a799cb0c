import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { portalError } from "./errors";

const unreachable = "We can't reach the portal right now. Check your connection and try again.";

describe("portalError", () => {
  it("speaks of the portal when the network fails", () => {
    expect(portalError(new TypeError("Failed to fetch"))).toMatchObject({ code: "NETWORK", message: unreachable });
  });

  it("treats a server that is down like an unreachable one", () => {
    const error = new ServerError("Bad gateway", { response: new Response("", { status: 502 }), bodyText: "" });
    expect(portalError(error)).toMatchObject({ code: "NETWORK", message: unreachable });
  });

  it("keeps the server's own words for a GraphQL error", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: "Too many attempts from this network. Try again in 3 min.",
          extensions: { code: "TOO_MANY_REQUESTS" },
        },
      ],
    });
    expect(portalError(error)).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Too many attempts from this network. Try again in 3 min.",
    });
  });
});
