import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { accountChoice, viewerFixture } from "../../../test/fixtures";
import { renderPage } from "../../../test/render";
import { PortalViewerQuery } from "../../session/api/portal-viewer";
import { SignInWithPasswordMutation } from "../api/sign-in-with-password";
import { SignInPage, SignInWithPasswordPage } from "./SignInPage";

const signedOut = { request: { query: PortalViewerQuery }, result: { data: { portalViewer: null } } };

const passwordAnswer = (email: string, password: string, result: object) => ({
  request: { query: SignInWithPasswordMutation, variables: { email, password } },
  result,
});

const failure = (message: string, code: string) => ({
  errors: [new GraphQLError(message, { extensions: { code } })],
});

function renderPasswordPage(mocks: Parameters<typeof renderPage>[1]["mocks"] = [], state?: unknown) {
  return renderPage(<SignInWithPasswordPage />, {
    path: "/sign-in/password",
    url: "/sign-in/password",
    state,
    mocks: [signedOut, ...mocks],
    pages: { "/sign-in": <SignInPage /> },
  });
}

const emailField = () => screen.getByLabelText("Email address") as HTMLInputElement;
const passwordField = () => screen.getByLabelText("Password") as HTMLInputElement;

async function signInWith(email: string, password: string) {
  const user = userEvent.setup({ delay: null });
  await user.type(emailField(), email);
  await user.type(passwordField(), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  return user;
}

describe("signing in with a password", () => {
  it("offers a password next to the emailed link, which stays the default", async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<SignInPage />, { path: "/sign-in", url: "/sign-in", mocks: [signedOut] });

    expect((screen.getByRole("radio", { name: "Email me a link" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole("button", { name: "Email me a sign-in link" })).toBeTruthy();
    await user.type(emailField(), "jane@example.com");
    await user.click(screen.getByRole("radio", { name: "Use a password" }));

    const landed = await screen.findByTestId("landed");
    expect(landed.textContent).toBe("sign-in-password");
    expect(JSON.parse(landed.dataset.state ?? "null")).toMatchObject({ email: "jane@example.com", method: "password" });
  });

  it("asks for both fields before asking the server", async () => {
    const user = userEvent.setup({ delay: null });
    renderPasswordPage();
    expect((screen.getByRole("radio", { name: "Use a password" }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Enter your email address")).toBeTruthy();
    expect(screen.getByText("Enter your password")).toBeTruthy();
  });

  it("says the email or password is incorrect, in the server's words, and clears the password", async () => {
    renderPasswordPage([
      passwordAnswer("jane@example.com", "wrong horse", failure("Email or password is incorrect", "UNAUTHENTICATED")),
    ]);
    await signInWith("jane@example.com", "wrong horse");

    expect((await screen.findByRole("alert")).textContent).toBe("Email or password is incorrect");
    await waitFor(() => expect(passwordField().value).toBe(""));
    expect(document.activeElement).toBe(passwordField());
    expect(emailField().value).toBe("jane@example.com");
    expect(screen.queryByTestId("landed")).toBeNull();
  });

  it("shows a lockout in the server's words", async () => {
    const message = "Too many tries. Try again in 15 min, or email yourself a sign-in link.";
    renderPasswordPage([passwordAnswer("jane@example.com", "guess again", failure(message, "TOO_MANY_REQUESTS"))]);
    await signInWith("jane@example.com", "guess again");
    expect((await screen.findByRole("alert")).textContent).toBe(message);
  });

  it("switches to the link form with the address filled in when the password is forgotten", async () => {
    const user = userEvent.setup({ delay: null });
    renderPasswordPage([signedOut]);

    await user.type(emailField(), "jane@example.com");
    expect(screen.getByText(/Forgot your password\?/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Email me a sign-in link" }));

    expect(await screen.findByText(/we'll email you a link to sign in/)).toBeTruthy();
    expect((screen.getByRole("radio", { name: "Email me a link" }) as HTMLInputElement).checked).toBe(true);
    expect(emailField().value).toBe("jane@example.com");
    expect(screen.queryByLabelText("Password")).toBeNull();
    expect(screen.getByRole("button", { name: "Email me a sign-in link" }).getAttribute("type")).toBe("submit");
  });

  it("signs in and goes home, and opens on the password next time", async () => {
    const { cache } = renderPasswordPage([
      passwordAnswer("jane@example.com", "marina at dawn", { data: { signInWithPassword: viewerFixture() } }),
    ]);
    await signInWith("  jane@example.com ", "marina at dawn");

    expect((await screen.findByTestId("landed")).textContent).toBe("home");
    expect(cache.readQuery({ query: PortalViewerQuery })?.portalViewer?.name).toBe("Jane Whitaker");
    expect(window.localStorage.getItem("portico.portal.signInMethod")).toBe("password");
  });

  it("asks which account to open when the address has several", async () => {
    const viewer = viewerFixture({
      accounts: [accountChoice("cust-1", "Jane Whitaker", true), accountChoice("cust-2", "Whitaker Marine LLC")],
    });
    renderPasswordPage(
      [passwordAnswer("jane@example.com", "marina at dawn", { data: { signInWithPassword: viewer } })],
      { from: "/cars" },
    );
    await signInWith("jane@example.com", "marina at dawn");

    const landed = await screen.findByTestId("landed");
    expect(landed.textContent).toBe("choose-account");
    expect(JSON.parse(landed.dataset.state ?? "null")).toEqual({ from: "/cars" });
  });

  it("opens on the password form on a device where a password was used last", async () => {
    window.localStorage.setItem("portico.portal.signInMethod", "password");
    renderPage(<SignInPage />, { path: "/sign-in", url: "/sign-in", state: { signedOut: true } });

    const landed = await screen.findByTestId("landed");
    expect(landed.textContent).toBe("sign-in-password");
    expect(JSON.parse(landed.dataset.state ?? "null")).toEqual({ signedOut: true });
  });
});
