import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { CreateApiKeyMutation } from "../api/create-api-key";
import { CreateApiKeyModal } from "./CreateApiKeyModal";

const SECRET = `pk_live_${"a".repeat(39)}WXYZ`;

const key = {
  __typename: "ApiKey" as const,
  id: "3",
  name: "Booking site",
  scope: "READ_WRITE" as const,
  hint: "WXYZ",
  createdAt: "2026-12-06T02:00:00.000Z",
  createdByName: "Alex Morgan",
  lastUsedAt: null,
  lastUsedFrom: null,
  revokedAt: null,
};

describe("CreateApiKeyModal", () => {
  it("asks for a name, creates the key with the chosen access, and shows its secret once", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    renderWithProviders(<CreateApiKeyModal onClose={onClose} />, {
      mocks: [
        {
          request: { query: CreateApiKeyMutation, variables: { input: { name: "Booking site", scope: "READ_WRITE" } } },
          result: { data: { createApiKey: { __typename: "CreatedApiKey", secret: SECRET, key } } },
        },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Create key" }));
    expect(await screen.findByText("Name the key after what will use it")).toBeTruthy();

    await user.type(screen.getByLabelText(/^Name/), "  Booking site ");
    await user.click(screen.getByRole("radio", { name: /Read and write/ }));
    await user.click(screen.getByRole("button", { name: "Create key" }));

    expect(await screen.findByText("You won't see it again.", { exact: false })).toBeTruthy();
    expect((screen.getByLabelText("Secret key for “Booking site”") as HTMLInputElement).value).toBe(SECRET);
    expect(onClose).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Done" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it("shows the server's field message under the name", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CreateApiKeyModal onClose={() => {}} />, {
      mocks: [
        {
          request: { query: CreateApiKeyMutation, variables: { input: { name: "Taken", scope: "READ_ONLY" } } },
          result: {
            errors: [
              new GraphQLError("At most 80 characters", {
                extensions: { code: "BAD_USER_INPUT", fields: { name: "At most 80 characters" } },
              }),
            ],
          },
        },
      ],
    });
    await user.type(await screen.findByLabelText(/^Name/), "Taken");
    await user.click(screen.getByRole("button", { name: "Create key" }));
    expect(await screen.findByText("At most 80 characters")).toBeTruthy();
    expect(screen.queryByText("You won't see it again.", { exact: false })).toBeNull();
  });
});
