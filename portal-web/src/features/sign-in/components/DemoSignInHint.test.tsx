import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../test/render";
import { PortalViewerQuery } from "../../session/api/portal-viewer";
import { PortalDemoSignInQuery } from "../api/portal-demo-sign-in";
import { SignInPage } from "./SignInPage";

const signedOut = { request: { query: PortalViewerQuery }, result: { data: { portalViewer: null } } };
const demo = (answer: { email: string; mailboxPath: string } | null) => ({
  request: { query: PortalDemoSignInQuery },
  result: {
    data: { portalDemoSignIn: answer && { __typename: "PortalDemoSignIn", ...answer } },
  },
});

describe("the demo sign-in hint", () => {
  it("names the showcase customer, links the mailbox and fills the address in", async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      mocks: [signedOut, demo({ email: "eleanor@example.com", mailboxPath: "/dev/mailbox" })],
    });
    const hint = await screen.findByRole("alert", { name: "Demo sign-in" });
    expect(hint.textContent).toBe(
      "Demo: sign in as eleanor@example.com Fill in. The link arrives in the demo mailbox at /dev/mailbox.",
    );
    expect(screen.getByRole("link", { name: "/dev/mailbox" }).getAttribute("href")).toBe("/dev/mailbox");
    await user.click(screen.getByRole("button", { name: "Fill in" }));
    expect((screen.getByLabelText("Email address") as HTMLInputElement).value).toBe("eleanor@example.com");
  });

  it("is absent outside a demo", async () => {
    renderPage(<SignInPage />, { path: "/sign-in", url: "/sign-in", mocks: [signedOut, demo(null)] });
    expect(await screen.findByRole("heading", { name: "Sign in to your portal" })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("alert", { name: "Demo sign-in" })).toBeNull();
  });
});
