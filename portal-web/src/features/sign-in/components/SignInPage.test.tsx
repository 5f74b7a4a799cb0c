import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { accountChoice, viewerFixture } from "../../../test/fixtures";
import { renderPage } from "../../../test/render";
import { PortalViewerQuery } from "../../session/api/portal-viewer";
import { PortalBrandQuery } from "../api/portal-brand";
import { RequestSignInLinkMutation } from "../api/request-sign-in-link";
import { RequestSignInTextMutation } from "../api/request-sign-in-text";
import { SignInWithCodeMutation } from "../api/sign-in-with-code";
import { SignInWithTextCodeMutation } from "../api/sign-in-with-text-code";
import { SignInByTextPage, SignInPage, SignInWithCodePage } from "./SignInPage";

const SAME_ANSWER =
  "If that address can use the portal, a sign-in link is on its way. It works for 15 minutes; check spam if it doesn't arrive.";

const signedOut = { request: { query: PortalViewerQuery }, result: { data: { portalViewer: null } } };

const requestLink = (email: string) => ({
  request: { query: RequestSignInLinkMutation, variables: { email } },
  result: { data: { requestSignInLink: { __typename: "RequestSignInLinkPayload", message: SAME_ANSWER } } },
});

const codeAnswer = (email: string, code: string, result: object) => ({
  request: { query: SignInWithCodeMutation, variables: { email, code } },
  result,
});

const wrongCode = {
  errors: [
    new GraphQLError("That code is not valid or has expired. Check the latest email, or ask for a new link.", {
      extensions: { code: "BAD_USER_INPUT" },
    }),
  ],
};

describe("SignInPage", () => {
  it("shows the server's message after asking for a link, then offers the code", async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      mocks: [signedOut, requestLink("jane@example.com")],
    });

    expect(screen.getByRole("heading", { name: "Sign in to your portal" })).toBeTruthy();
    await user.type(screen.getByLabelText("Email address"), "jane@example.com");
    await user.click(screen.getByRole("button", { name: "Email me a sign-in link" }));

    expect(await screen.findByText(SAME_ANSWER)).toBeTruthy();
    expect(screen.getByText("jane@example.com")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Email me a sign-in link" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Have a code? Enter it" }));
    expect(screen.getByLabelText("Sign-in code")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sign in with code" })).toBeTruthy();
  });

  it("asks for an email address before sending anything", async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<SignInPage />, { path: "/sign-in", url: "/sign-in", mocks: [signedOut] });

    await user.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    expect(await screen.findByText("Enter your email address")).toBeTruthy();
    await user.type(screen.getByLabelText("Email address"), "jane@");
    await user.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    expect(await screen.findByText("Enter a full email address, like name@example.com")).toBeTruthy();
  });

  it("shows a rate limit in the server's words", async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      mocks: [
        signedOut,
        {
          request: { query: RequestSignInLinkMutation, variables: { email: "jane@example.com" } },
          result: {
            errors: [
              new GraphQLError("Too many attempts from this network. Try again in 12 min.", {
                extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds: 700 },
              }),
            ],
          },
        },
      ],
    });

    await user.type(screen.getByLabelText("Email address"), "jane@example.com");
    await user.click(screen.getByRole("button", { name: "Email me a sign-in link" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Too many attempts from this network. Try again in 12 min.",
    );
  });

  it("says so after signing out, without asking the server who is signed in", async () => {
    renderPage(<SignInPage />, { path: "/sign-in", url: "/sign-in", state: { signedOut: true } });
    expect(screen.getByText("You're signed out")).toBeTruthy();
  });

  it("says in one line that the facility turned the person's access off", async () => {
    renderPage(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      mocks: [signedOut],
      state: { from: "/messages", signedOutBecause: "ACCESS_REMOVED" },
    });
    expect((await screen.findByRole("status")).textContent).toBe(
      "Your facility has turned off your access to this portal. Ask them if you need it back.",
    );
    expect(screen.getByRole("heading", { name: "Sign in to your portal" })).toBeTruthy();
  });

  it("sends someone already signed in to their portal", async () => {
    renderPage(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      mocks: [{ request: { query: PortalViewerQuery }, result: { data: { portalViewer: viewerFixture() } } }],
    });
    expect((await screen.findByTestId("landed")).textContent).toBe("home");
  });

  it("goes to the code page with the email typed so far", async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<SignInPage />, { path: "/sign-in", url: "/sign-in", mocks: [signedOut] });
    await user.type(screen.getByLabelText("Email address"), "jane@example.com");
    await user.click(screen.getByRole("button", { name: "I have a code" }));
    const landed = await screen.findByTestId("landed");
    expect(landed.textContent).toBe("sign-in-code");
    expect(JSON.parse(landed.dataset.state ?? "null")).toMatchObject({ email: "jane@example.com" });
  });
});

describe("signing in with a code", () => {
  const renderCodePage = (mocks: Parameters<typeof renderPage>[1]["mocks"]) =>
    renderPage(<SignInWithCodePage />, {
      path: "/sign-in/code",
      url: "/sign-in/code",
      state: { email: "jane@example.com" },
      mocks: [signedOut, ...(mocks ?? [])],
    });

  it("wears the facility's branding the sign-in email names, on a device that remembers none", async () => {
    renderPage(<SignInWithCodePage />, {
      path: "/sign-in/code",
      url: "/sign-in/code?facility=harbor-a",
      mocks: [
        signedOut,
        {
          request: { query: PortalBrandQuery, variables: { facility: "harbor-a" } },
          result: {
            data: {
              portalBrand: {
                __typename: "PortalBrand",
                name: "Harbor A",
                brandColor: "#2f9e44",
                logoUrl: null,
                textSignIn: false,
              },
            },
          },
        },
      ],
    });
    expect(screen.getByTestId("facility-name").textContent).toBe("Customer portal");
    await waitFor(() => expect(screen.getByTestId("facility-name").textContent).toBe("Harbor A"));
    expect(screen.getByText(/^Enter the email address Harbor A has for you and the 8.digit code/)).toBeTruthy();
    // Going back to "email me a link" keeps the facility in the address.
    expect(screen.getByRole("link", { name: "Email me a sign-in link instead" }).getAttribute("href")).toBe(
      "/sign-in?facility=harbor-a",
    );
  });

  it("checks the code has 8 digits before asking the server", async () => {
    const user = userEvent.setup({ delay: null });
    renderCodePage([]);
    await user.type(screen.getByLabelText(/Sign-in code/), "1234567");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));
    expect(await screen.findByText("The code has 8 digits; this one has 7")).toBeTruthy();

    await user.clear(screen.getByLabelText(/Sign-in code/));
    await user.type(screen.getByLabelText(/Sign-in code/), "1234abcd");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));
    expect(await screen.findByText("The code is made of digits only")).toBeTruthy();
  });

  it("shows a wrong code under the code field", async () => {
    const user = userEvent.setup({ delay: null });
    renderCodePage([codeAnswer("jane@example.com", "12345678", wrongCode)]);
    const code = screen.getByLabelText(/Sign-in code/);
    await user.type(code, "1234 5678");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));

    expect(
      await screen.findByText("That code is not valid or has expired. Check the latest email, or ask for a new link."),
    ).toBeTruthy();
    await waitFor(() => expect(code.getAttribute("aria-invalid")).toBe("true"));
  });

  it("shows a rate limit in the server's words", async () => {
    const user = userEvent.setup({ delay: null });
    renderCodePage([
      codeAnswer("jane@example.com", "12345678", {
        errors: [
          new GraphQLError("Too many attempts from this network. Try again in 9 min.", {
            extensions: { code: "TOO_MANY_REQUESTS" },
          }),
        ],
      }),
    ]);
    await user.type(screen.getByLabelText(/Sign-in code/), "12345678");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Too many attempts from this network. Try again in 9 min.",
    );
  });

  it("signs in and goes home with the right code", async () => {
    const user = userEvent.setup({ delay: null });
    const { cache } = renderCodePage([
      codeAnswer("jane@example.com", "12345678", { data: { signInWithCode: viewerFixture() } }),
    ]);
    expect((screen.getByLabelText("Email address") as HTMLInputElement).value).toBe("jane@example.com");
    await user.type(screen.getByLabelText(/Sign-in code/), "12345678");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));

    expect((await screen.findByTestId("landed")).textContent).toBe("home");
    expect(cache.readQuery({ query: PortalViewerQuery })?.portalViewer?.name).toBe("Jane Whitaker");
  });

  it("asks which account to open when the address has several", async () => {
    const user = userEvent.setup({ delay: null });
    const viewer = viewerFixture({
      accounts: [accountChoice("cust-1", "Jane Whitaker", true), accountChoice("cust-2", "Whitaker Marine LLC")],
    });
    renderCodePage([codeAnswer("jane@example.com", "12345678", { data: { signInWithCode: viewer } })]);
    await user.type(screen.getByLabelText(/Sign-in code/), "12345678");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));
    expect((await screen.findByTestId("landed")).textContent).toBe("choose-account");
  });
});

describe("signing in by text", () => {
  const brand = (textSignIn: boolean) => ({
    request: { query: PortalBrandQuery, variables: { facility: "harbor-a" } },
    result: {
      data: {
        portalBrand: { __typename: "PortalBrand", name: "Harbor A", brandColor: "#2f9e44", logoUrl: null, textSignIn },
      },
    },
  });
  const TEXT_ANSWER =
    "If that number can sign in to this portal, a text with a sign-in link and code is on its way. It works for 15 minutes.";

  it("offers Text me a link only when the page names a facility whose server can text", async () => {
    const user = userEvent.setup({ delay: null });
    const texting = renderPage(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in?facility=harbor-a",
      mocks: [signedOut, brand(true)],
    });
    await user.click(await screen.findByRole("button", { name: "Text me a link" }));
    expect((await screen.findByTestId("landed")).textContent).toBe("sign-in-text");
    texting.unmount();

    renderPage(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in?facility=harbor-a",
      mocks: [signedOut, brand(false)],
    });
    await waitFor(() => expect(screen.getByTestId("facility-name").textContent).toBe("Harbor A"));
    expect(screen.queryByRole("button", { name: "Text me a link" })).toBeNull();
  });

  it("offers Text me a link to a returning person whose device remembers the facility", async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<SignInPage />, {
      path: "/sign-in",
      url: "/sign-in",
      mocks: [signedOut, brand(true)],
      brand: { name: "Harbor A", brandColor: "#2f9e44", logoUrl: null, slug: "harbor-a" },
    });
    await user.click(await screen.findByRole("button", { name: "Text me a link" }));
    expect((await screen.findByTestId("landed")).textContent).toBe("sign-in-text");
  });

  it("texts a link, then signs in with the code from the text", async () => {
    const user = userEvent.setup({ delay: null });
    renderPage(<SignInByTextPage />, {
      path: "/sign-in/text",
      url: "/sign-in/text?facility=harbor-a",
      mocks: [
        signedOut,
        brand(true),
        {
          request: { query: RequestSignInTextMutation, variables: { facility: "harbor-a", phone: "(207) 555-0148" } },
          result: { data: { requestSignInText: { __typename: "RequestSignInLinkPayload", message: TEXT_ANSWER } } },
        },
        {
          request: {
            query: SignInWithTextCodeMutation,
            variables: { facility: "harbor-a", phone: "(207) 555-0148", code: "12345678" },
          },
          result: { data: { signInWithTextCode: viewerFixture() } },
        },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Text me a sign-in link" }));
    expect(await screen.findByText("Enter your mobile number")).toBeTruthy();
    await user.type(screen.getByLabelText(/Mobile number/), "(207) 555-0148");
    await user.click(screen.getByRole("button", { name: "Text me a sign-in link" }));
    expect(await screen.findByText(TEXT_ANSWER)).toBeTruthy();
    expect(screen.getByText("(207) 555-0148")).toBeTruthy();
    await user.type(screen.getByLabelText(/Sign-in code/), "1234 5678");
    await user.click(screen.getByRole("button", { name: "Sign in with code" }));
    expect((await screen.findByTestId("landed")).textContent).toBe("home");
  });

  it("goes back to the email form when the facility cannot text", async () => {
    renderPage(<SignInByTextPage />, {
      path: "/sign-in/text",
      url: "/sign-in/text?facility=harbor-a",
      mocks: [signedOut, brand(false)],
    });
    expect((await screen.findByTestId("landed")).textContent).toBe("sign-in");
  });
});
