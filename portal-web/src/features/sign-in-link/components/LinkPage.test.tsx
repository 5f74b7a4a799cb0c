import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { accountChoice, facility, viewerFixture } from "../../../test/fixtures";
import { renderPage } from "../../../test/render";
import { PortalViewerQuery } from "../../session/api/portal-viewer";
import { RequestSignInLinkMutation } from "../../sign-in/api/request-sign-in-link";
import { RedeemSignInLinkMutation } from "../api/redeem-sign-in-link";
import { SignInLinkQuery } from "../api/sign-in-link";
import { LinkPage } from "./LinkPage";

const token = "t".repeat(43);
const SAME_ANSWER =
  "If that address can use the portal, a sign-in link is on its way. It works for 15 minutes; check spam if it doesn't arrive.";

function previewMock(
  state: "VALID" | "USED" | "REPLACED" | "EXPIRED" | "INVALID",
  purpose: "INVITE" | "SIGN_IN" = "INVITE",
) {
  return {
    request: { query: SignInLinkQuery, variables: { token } },
    result: {
      data: {
        signInLink: {
          __typename: "SignInLinkPreview",
          state,
          purpose: state === "INVALID" ? null : purpose,
          firstName: state === "VALID" ? "Jane" : null,
          choosePassword: false,
          facility: state === "INVALID" ? null : facility,
        },
      },
    },
  };
}

const signedOutViewer = {
  request: { query: PortalViewerQuery },
  result: { data: { portalViewer: null } },
};

function renderLink(mocks: Parameters<typeof renderPage>[1]["mocks"]) {
  return renderPage(<LinkPage />, { path: "/link/:token", url: `/link/${token}`, mocks });
}

describe("LinkPage", () => {
  it("greets the person on a valid link and signs in only when Continue is pressed", async () => {
    const user = userEvent.setup({ delay: null });
    let redeemed = false;
    renderLink([
      previewMock("VALID"),
      {
        request: { query: RedeemSignInLinkMutation, variables: { token } },
        result: () => {
          redeemed = true;
          return { data: { redeemSignInLink: viewerFixture() } };
        },
      },
    ]);

    expect(await screen.findByRole("heading", { name: "Continue to Harbor Point Storage portal" })).toBeTruthy();
    expect(screen.getByText("Hi Jane,")).toBeTruthy();
    expect(redeemed).toBe(false);

    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect((await screen.findByTestId("landed")).textContent).toBe("home");
    expect(redeemed).toBe(true);
  });

  it("asks which account to open after Continue when the address has several", async () => {
    const user = userEvent.setup({ delay: null });
    const viewer = viewerFixture({
      accounts: [accountChoice("cust-1", "Jane Whitaker", true), accountChoice("cust-2", "Whitaker Marine LLC")],
    });
    renderLink([
      previewMock("VALID"),
      {
        request: { query: RedeemSignInLinkMutation, variables: { token } },
        result: { data: { redeemSignInLink: viewer } },
      },
    ]);
    await user.click(await screen.findByRole("button", { name: "Continue" }));
    expect((await screen.findByTestId("landed")).textContent).toBe("choose-account");
  });

  it("offers a new link on an expired link and shows the server's answer word for word", async () => {
    const user = userEvent.setup({ delay: null });
    renderLink([
      previewMock("EXPIRED"),
      signedOutViewer,
      {
        request: { query: RequestSignInLinkMutation, variables: { email: "jane@example.com" } },
        result: { data: { requestSignInLink: { __typename: "RequestSignInLinkPayload", message: SAME_ANSWER } } },
      },
    ]);

    expect(await screen.findByRole("heading", { name: "This link has expired" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Continue" })).toBeNull();
    expect(screen.getByText("Harbor Point Storage")).toBeTruthy();

    await user.type(screen.getByLabelText("Email address"), "  jane@example.com ");
    await user.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    expect(await screen.findByText(SAME_ANSWER)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Have a code? Enter it" })).toBeTruthy();
  });

  it("says a used link was used", async () => {
    renderLink([previewMock("USED"), signedOutViewer]);
    expect(await screen.findByRole("heading", { name: "This link has already been used" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Email me a sign-in link" })).toBeTruthy();
  });

  it("says a voided link was replaced, not used", async () => {
    renderLink([previewMock("REPLACED"), signedOutViewer]);
    expect(await screen.findByRole("heading", { name: "This link was replaced" })).toBeTruthy();
    expect(screen.getByText(/the email address on the account changed/)).toBeTruthy();
    expect(screen.queryByText(/already been used/)).toBeNull();
    expect(screen.getByRole("button", { name: "Email me a sign-in link" })).toBeTruthy();
  });

  it("switches to the replaced-link page when Continue finds the link replaced", async () => {
    const user = userEvent.setup({ delay: null });
    renderLink([
      previewMock("VALID"),
      signedOutViewer,
      {
        request: { query: RedeemSignInLinkMutation, variables: { token } },
        result: {
          errors: [
            new GraphQLError("This sign-in link was replaced by a newer one.", {
              extensions: { code: "BAD_USER_INPUT", linkState: "REPLACED" },
            }),
          ],
        },
      },
    ]);

    await user.click(await screen.findByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("heading", { name: "This link was replaced" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Continue" })).toBeNull();
  });

  it("says an unknown link isn't valid", async () => {
    renderLink([previewMock("INVALID"), signedOutViewer]);
    expect(await screen.findByRole("heading", { name: "This link isn't valid" })).toBeTruthy();
    expect(screen.getByLabelText("Email address")).toBeTruthy();
  });

  it("offers a way through when the person opening an old link is still signed in", async () => {
    renderLink([
      previewMock("USED"),
      { request: { query: PortalViewerQuery }, result: { data: { portalViewer: viewerFixture() } } },
    ]);
    expect(await screen.findByText("You're already signed in as Jane Whitaker")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Go to your portal" })).toBeTruthy();
  });

  it("switches to the used-link page when Continue finds the link already used", async () => {
    const user = userEvent.setup({ delay: null });
    renderLink([
      previewMock("VALID"),
      signedOutViewer,
      {
        request: { query: RedeemSignInLinkMutation, variables: { token } },
        result: {
          errors: [
            new GraphQLError("This sign-in link has already been used.", {
              extensions: { code: "BAD_USER_INPUT", linkState: "USED" },
            }),
          ],
        },
      },
    ]);

    await user.click(await screen.findByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("heading", { name: "This link has already been used" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Continue" })).toBeNull();
    expect(screen.getByRole("button", { name: "Email me a sign-in link" })).toBeTruthy();
  });

  it("keeps Continue available when the network fails, with a plain message", async () => {
    const user = userEvent.setup({ delay: null });
    renderLink([
      previewMock("VALID"),
      { request: { query: RedeemSignInLinkMutation, variables: { token } }, error: new TypeError("Failed to fetch") },
    ]);

    await user.click(await screen.findByRole("button", { name: "Continue" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Check your connection");
    expect(screen.getByRole("button", { name: "Continue" })).toBeTruthy();
  });

  it("offers to try again when the link cannot be looked up", async () => {
    const user = userEvent.setup({ delay: null });
    renderLink([
      { request: { query: SignInLinkQuery, variables: { token } }, error: new TypeError("Failed to fetch") },
      previewMock("VALID"),
    ]);

    await user.click(await screen.findByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: "Continue" })).toBeTruthy();
  });
});
