import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { documentFixture, signatureFixture, viewerFixture } from "../../../test/fixtures";
import { renderSignedIn } from "../../../test/signed-in";
import { PortalDocumentQuery } from "../api/document";
import { SignDocumentMutation } from "../api/sign-document";
import { DocumentPage } from "./DocumentPage";

const documentMock = (document = documentFixture()) => ({
  request: { query: PortalDocumentQuery, variables: { id: "d1" } },
  result: { data: { document } },
});

const signWith = (typedName: string, result: object) => ({
  request: { query: SignDocumentMutation, variables: { id: "d1", input: { typedName, consent: true } } },
  result,
});

function renderDocument(mocks: object[], viewer = viewerFixture()) {
  return renderSignedIn("documents/:id", <DocumentPage />, {
    url: "/documents/d1",
    viewer,
    mocks: mocks as never,
  });
}

describe("signing a document", () => {
  it("asks for a typed name and consent before sending anything", async () => {
    const user = userEvent.setup({ delay: null });
    renderDocument([documentMock()]);
    await user.click(await screen.findByRole("button", { name: "Sign" }));
    expect(await screen.findByText("Type your full name to sign")).toBeTruthy();
    expect(screen.getByText("Tick the box to agree to sign electronically")).toBeTruthy();

    await user.type(screen.getByLabelText(/Type your full name/), "J");
    await user.click(screen.getByRole("button", { name: "Sign" }));
    expect(await screen.findByText("Type your full name to sign")).toBeTruthy();
  });

  it("links to the document, signs with the typed name and shows the signature record", async () => {
    const user = userEvent.setup({ delay: null });
    renderDocument([
      documentMock(),
      signWith("Jane Whitaker", { data: { signDocument: documentFixture({ signature: signatureFixture() }) } }),
    ]);
    const open = await screen.findByRole("link", { name: "Open the document" });
    expect(open.getAttribute("href")).toBe("/files/41");
    await user.type(screen.getByLabelText(/Type your full name/), "  Jane   Whitaker ");
    await user.click(screen.getByRole("checkbox", { name: "I agree to sign this document electronically" }));
    await user.click(screen.getByRole("button", { name: "Sign" }));

    expect(await screen.findByText("Signed electronically")).toBeTruthy();
    expect(screen.getByLabelText("Typed name: Jane Whitaker")).toBeTruthy();
    expect(screen.getByText("5a838678058f…")).toBeTruthy();
    expect(screen.getByText(/Document fingerprint/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Sign" })).toBeNull();
  });

  it("refuses someone else's name before sending anything, and takes one's own in any case", async () => {
    const user = userEvent.setup({ delay: null });
    renderDocument([
      documentMock(),
      // The only mutation mocked is the one with her own name: sending "Someone Else" would fail the test.
      signWith("jane WHITAKER", { data: { signDocument: documentFixture({ signature: signatureFixture() }) } }),
    ]);
    expect(await screen.findByText(/As it is on your account: Jane Whitaker/)).toBeTruthy();
    await user.type(screen.getByLabelText(/Type your full name/), "Someone Else");
    await user.click(screen.getByRole("checkbox", { name: "I agree to sign this document electronically" }));
    await user.click(screen.getByRole("button", { name: "Sign" }));
    expect(await screen.findByText("Type your own name as it is on your account: Jane Whitaker")).toBeTruthy();

    await user.clear(screen.getByLabelText(/Type your full name/));
    await user.type(screen.getByLabelText(/Type your full name/), "jane   WHITAKER");
    await user.click(screen.getByRole("button", { name: "Sign" }));
    expect(await screen.findByText("Signed electronically")).toBeTruthy();
  });

  it("puts the server's objections under the fields they are about", async () => {
    const user = userEvent.setup({ delay: null });
    renderDocument([
      documentMock(),
      signWith("Jane Whitaker", {
        errors: [
          {
            message: "Type your full name to sign",
            extensions: { code: "BAD_USER_INPUT", fields: { typedName: "Type your full name" } },
          },
        ],
      }),
    ]);
    await user.type(await screen.findByLabelText(/Type your full name/), "Jane Whitaker");
    await user.click(screen.getByRole("checkbox", { name: "I agree to sign this document electronically" }));
    await user.click(screen.getByRole("button", { name: "Sign" }));
    expect(await screen.findByText("Type your full name to sign")).toBeTruthy();
    expect(screen.getByLabelText(/Type your full name/).getAttribute("aria-invalid")).toBe("true");
  });

  it("says so when the document was signed meanwhile, and shows who signed it", async () => {
    const user = userEvent.setup({ delay: null });
    const signedBySam = documentFixture({
      signature: signatureFixture({ typedName: "Sam Whitaker", signerName: "Sam Whitaker" }),
    });
    renderDocument([
      documentMock(),
      signWith("Jane Whitaker", {
        errors: [{ message: "This document has already been signed", extensions: { code: "CONFLICT" } }],
      }),
      documentMock(signedBySam),
    ]);
    await user.type(await screen.findByLabelText(/Type your full name/), "Jane Whitaker");
    await user.click(screen.getByRole("checkbox", { name: "I agree to sign this document electronically" }));
    await user.click(screen.getByRole("button", { name: "Sign" }));
    expect(await screen.findByLabelText("Typed name: Sam Whitaker")).toBeTruthy();
  });

  it("cannot be used in a staff preview", async () => {
    renderDocument([documentMock()], viewerFixture({ preview: true }));
    expect(await screen.findByText("Signing is turned off in a preview.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sign" }).hasAttribute("disabled")).toBe(true);
  });
});
