import { screen } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../test/render";
import { PortalViewerQuery } from "./api/portal-viewer";
import { RequireSession } from "./RequireSession";

function viewerRefused(signedOutBecause: string) {
  return {
    request: { query: PortalViewerQuery },
    result: {
      errors: [
        new GraphQLError("Your access to this portal has been turned off", {
          extensions: { code: "UNAUTHENTICATED", signedOutBecause },
        }),
      ],
    },
  };
}

describe("RequireSession", () => {
  it("sends a person whose access was just turned off to sign-in, with the reason", async () => {
    renderPage(
      <RequireSession>
        <p>Messages</p>
      </RequireSession>,
      { path: "/messages", url: "/messages", mocks: [viewerRefused("ACCESS_REMOVED")] },
    );
    const landed = await screen.findByTestId("landed");
    expect(landed.textContent).toBe("sign-in");
    expect(JSON.parse(landed.dataset.state ?? "null")).toEqual({
      from: "/messages",
      signedOutBecause: "ACCESS_REMOVED",
    });
    expect(screen.queryByText("Messages")).toBeNull();
  });

  it("sends someone without a session to sign-in without a reason", async () => {
    renderPage(
      <RequireSession>
        <p>Messages</p>
      </RequireSession>,
      { path: "/messages", url: "/messages", mocks: [viewerRefused("NO_SESSION")] },
    );
    const landed = await screen.findByTestId("landed");
    expect(JSON.parse(landed.dataset.state ?? "null")).toEqual({ from: "/messages" });
  });
});
