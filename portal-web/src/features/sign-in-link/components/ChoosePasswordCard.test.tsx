import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { accountChoice, facility, viewerFixture } from "../../../test/fixtures";
import { renderPage } from "../../../test/render";
import { PortalViewerQuery } from "../../session/api/portal-viewer";
import { RedeemSignInLinkMutation } from "../api/redeem-sign-in-link";
import { SignInLinkQuery } from "../api/sign-in-link";
import { LinkPage } from "./LinkPage";

const token = "p".repeat(43);
const passphrase = "marina at dawn";

const choosePasswordPreview = {
  request: { query: SignInLinkQuery, variables: { token } },
  result: {
    data: {
      signInLink: {
        __typename: "SignInLinkPreview",
        state: "VALID",
        purpose: "INVITE",
        firstName: "Jane",
        choosePassword: true,
        facility,
      },
    },
  },
};

function redeemWith(password: string, result: object, onCall?: () => void) {
  return {
    request: { query: RedeemSignInLinkMutation, variables: { token, password } },
    result: () => {
      onCall?.();
      return result;
    },
  };
}

function badPassword(message: string) {
  return {
    errors: [new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", fields: { password: message } } })],
  };
}

function renderLink(mocks: Parameters<typeof renderPage>[1]["mocks"]) {
  return renderPage(<LinkPage />, { path: "/link/:token", url: `/link/${token}`, mocks });
}

const passwordField = () => screen.getByLabelText("Choose a password");
const confirmField = () => screen.getByLabelText("Confirm password");
/** Pastes where the keys themselves don't matter: each keystroke renders the card again. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

const submitButton = () => screen.getByRole("button", { name: "Set password and continue" });

/** The text a screen reader hears after the field's label: its hint or its error. */
function describedText(field: HTMLElement): string {
  const ids = field.getAttribute("aria-describedby")?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

describe("choosing a password on the invite link", () => {
  it("welcomes the person and asks for a password instead of Continue", async () => {
    renderLink([choosePasswordPreview]);

    expect(await screen.findByRole("heading", { name: "Welcome to Harbor Point Storage" })).toBeTruthy();
    expect(screen.getByText(/Choose a password to finish setting up your account/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Continue" })).toBeNull();
    expect(passwordField().getAttribute("autocomplete")).toBe("new-password");
    expect(screen.getByText("Use 8 or more characters; a short phrase works well.")).toBeTruthy();
  });

  it("counts characters as they are typed and shows the password on request", async () => {
    const user = userEvent.setup({ delay: null });
    renderLink([choosePasswordPreview]);

    await user.type(await screen.findByLabelText("Choose a password"), "marina");
    expect(screen.getByText("6 of 8 characters; a short phrase works well.")).toBeTruthy();
    await user.type(passwordField(), " at dawn");
    expect(screen.getByText("14 characters. Long enough.")).toBeTruthy();

    expect(passwordField().getAttribute("type")).toBe("password");
    await user.click(screen.getByRole("button", { name: "Show password" }));
    expect(passwordField().getAttribute("type")).toBe("text");
    expect(confirmField().getAttribute("type")).toBe("text");
    expect(screen.getByRole("button", { name: "Hide password" })).toBeTruthy();
  });

  it("catches a short password and a mismatch before asking the server", async () => {
    const user = userEvent.setup({ delay: null });
    let called = false;
    renderLink([choosePasswordPreview, redeemWith(passphrase, {}, () => (called = true))]);

    await user.click(await screen.findByRole("button", { name: "Set password and continue" }));
    await waitFor(() => expect(describedText(passwordField())).toBe("Choose a password"));
    expect(passwordField().getAttribute("aria-invalid")).toBe("true");

    await user.type(passwordField(), "boat");
    await user.click(submitButton());
    expect(await screen.findByText("Use at least 8 characters")).toBeTruthy();

    await fill(user, passwordField(), " at the lake");
    await fill(user, confirmField(), "boat at the loch");
    await user.click(submitButton());
    await waitFor(() => expect(describedText(confirmField())).toBe("The passwords don't match"));
    expect(confirmField().getAttribute("aria-invalid")).toBe("true");
    expect(called).toBe(false);
  });

  it("shows the server's reason under the password field", async () => {
    const user = userEvent.setup({ delay: null });
    const tooCommon = "That password is too common. Try a few unrelated words together.";
    renderLink([choosePasswordPreview, redeemWith("password123", badPassword(tooCommon))]);

    await fill(user, await screen.findByLabelText("Choose a password"), "password123");
    await fill(user, confirmField(), "password123");
    await user.click(submitButton());

    await waitFor(() => expect(describedText(passwordField())).toBe(tooCommon));
    expect(passwordField().getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByTestId("landed")).toBeNull();

    // Typing again clears the reason and brings the length hint back.
    await user.type(passwordField(), "!");
    expect(screen.queryByText(tooCommon)).toBeNull();
    expect(screen.getByText("12 characters. Long enough.")).toBeTruthy();
  });

  it("sets the password, signs in with the same request and goes home", async () => {
    const user = userEvent.setup({ delay: null });
    let redeemed = 0;
    const { cache } = renderLink([
      choosePasswordPreview,
      redeemWith(passphrase, { data: { redeemSignInLink: viewerFixture() } }, () => redeemed++),
    ]);

    await fill(user, await screen.findByLabelText("Choose a password"), passphrase);
    await fill(user, confirmField(), passphrase);
    await user.click(submitButton());

    expect((await screen.findByTestId("landed")).textContent).toBe("home");
    expect(redeemed).toBe(1);
    expect(cache.readQuery({ query: PortalViewerQuery })?.portalViewer?.name).toBe("Jane Whitaker");
    // The next sign-in on this device opens on the password form.
    expect(window.localStorage.getItem("portico.portal.signInMethod")).toBe("password");
  });

  it("asks which account to open when the address has several", async () => {
    const user = userEvent.setup({ delay: null });
    const viewer = viewerFixture({
      accounts: [accountChoice("cust-1", "Jane Whitaker", true), accountChoice("cust-2", "Whitaker Marine LLC")],
    });
    renderLink([choosePasswordPreview, redeemWith(passphrase, { data: { redeemSignInLink: viewer } })]);

    await fill(user, await screen.findByLabelText("Choose a password"), passphrase);
    await fill(user, confirmField(), passphrase);
    await user.click(submitButton());

    expect((await screen.findByTestId("landed")).textContent).toBe("choose-account");
  });

  it("switches to the used-link page when the link was used meanwhile", async () => {
    const user = userEvent.setup({ delay: null });
    renderLink([
      choosePasswordPreview,
      { request: { query: PortalViewerQuery }, result: { data: { portalViewer: null } } },
      redeemWith(passphrase, {
        errors: [
          new GraphQLError("This sign-in link has already been used.", {
            extensions: { code: "BAD_USER_INPUT", linkState: "USED" },
          }),
        ],
      }),
    ]);

    await fill(user, await screen.findByLabelText("Choose a password"), passphrase);
    await fill(user, confirmField(), passphrase);
    await user.click(submitButton());
    expect(await screen.findByRole("heading", { name: "This link has already been used" })).toBeTruthy();
  });
});
