import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { CreateCustomerMutation } from "../api/create-customer";
import { NewCustomerForm } from "./NewCustomerDialog";

/** The message Mantine shows under an input, found the way assistive tech finds it. */
function errorUnder(input: HTMLElement): string | null {
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

const SERVER_MESSAGE = "Enter a valid email address, like name@example.com";

describe("NewCustomerForm", () => {
  it("shows the server's field error under Email", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<NewCustomerForm onDone={vi.fn()} />, {
      mocks: [
        {
          request: {
            query: CreateCustomerMutation,
            variables: {
              input: { name: "Ann Lee", email: "ann@example.c0m", phone: null, address: null, notes: null },
            },
          },
          result: {
            errors: [
              {
                message: SERVER_MESSAGE,
                extensions: { code: "BAD_USER_INPUT", fields: { "input.email": SERVER_MESSAGE } },
              },
            ],
          },
        },
      ],
    });
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Ann Lee");
    await user.type(screen.getByRole("textbox", { name: "Email" }), "ann@example.c0m");
    await user.click(screen.getByRole("button", { name: "Add customer" }));

    const email = screen.getByRole("textbox", { name: "Email" });
    await waitFor(() => expect(errorUnder(email)).toBe(SERVER_MESSAGE));
    expect(errorUnder(screen.getByRole("textbox", { name: "Name" }))).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("checks the obvious before asking the server", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<NewCustomerForm onDone={vi.fn()} />);
    await user.type(screen.getByRole("textbox", { name: "Email" }), "ann@");
    await user.click(screen.getByRole("button", { name: "Add customer" }));
    expect(errorUnder(screen.getByRole("textbox", { name: "Name" }))).toBe("Enter the customer's name");
    expect(errorUnder(screen.getByRole("textbox", { name: "Email" }))).toBe(SERVER_MESSAGE);
  });

  it("opens the new customer's page once created", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    renderWithProviders(<NewCustomerForm onDone={onDone} />, {
      path: "/contacts",
      routes: { "/customers/:id": <p>Customer page</p> },
      mocks: [
        {
          request: {
            query: CreateCustomerMutation,
            variables: { input: { name: "Ann Lee", email: null, phone: "555 0100", address: null, notes: null } },
          },
          result: {
            data: {
              createCustomer: {
                __typename: "Customer",
                id: "42",
                name: "Ann Lee",
                email: null,
                phone: "555 0100",
                carCount: 0,
                lastInvitedAt: null,
                portalStatus: {
                  __typename: "PortalStatus",
                  state: "NO_EMAIL",
                  reason: "Add an email address to invite",
                  action: null,
                  resendAvailableAt: null,
                  changesAt: null,
                },
              },
            },
          },
        },
      ],
    });
    await user.type(screen.getByRole("textbox", { name: "Name" }), "  Ann Lee ");
    await user.type(screen.getByRole("textbox", { name: "Phone" }), "555 0100");
    await user.click(screen.getByRole("button", { name: "Add customer" }));
    expect(await screen.findByText("Customer page")).toBeTruthy();
    expect(onDone).toHaveBeenCalled();
  });
});
