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

  it("shows the server's objection to a phone number under Phone", async () => {
    const user = userEvent.setup({ delay: null });
    const objection =
      "“call me maybe” is not a phone number. Enter a phone number like (201) 555-0123, or +country code and number.";
    renderWithProviders(<NewCustomerForm onDone={vi.fn()} />, {
      mocks: [
        {
          request: {
            query: CreateCustomerMutation,
            variables: { input: { name: "Ann Lee", email: null, phone: "call me maybe", address: null, notes: null } },
          },
          result: {
            errors: [{ message: objection, extensions: { code: "BAD_USER_INPUT", fields: { phone: objection } } }],
          },
        },
      ],
    });
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Ann Lee");
    await user.type(screen.getByRole("textbox", { name: "Phone" }), "call me maybe");
    await user.click(screen.getByRole("button", { name: "Add customer" }));

    await waitFor(() => expect(errorUnder(screen.getByRole("textbox", { name: "Phone" }))).toBe(objection));
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
                phone: "+12075550100",
                phoneDisplay: "(207) 555-0100",
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

  it("warns who already has the email and saves anyway only when staff say so", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    const input = { name: "E. Whitaker", email: "ELEANOR@example.com", phone: null, address: null, notes: null };
    const message = "Eleanor Whitaker (customer) already has eleanor@example.com. Save anyway if both should keep it.";
    let created = 0;
    renderWithProviders(<NewCustomerForm onDone={onDone} />, {
      path: "/contacts",
      routes: { "/customers/:id": <p>Customer page</p> },
      mocks: [
        {
          request: { query: CreateCustomerMutation, variables: { input } },
          result: {
            errors: [
              {
                message,
                extensions: {
                  code: "CONFLICT",
                  duplicateEmail: {
                    kind: "CUSTOMER",
                    id: "7",
                    customerId: "7",
                    name: "Eleanor Whitaker",
                    email: "eleanor@example.com",
                  },
                },
              },
            ],
          },
        },
        {
          request: { query: CreateCustomerMutation, variables: { input, allowDuplicateEmail: true } },
          result: () => {
            created++;
            return {
              data: {
                createCustomer: {
                  __typename: "Customer",
                  id: "43",
                  name: "E. Whitaker",
                  email: "eleanor@example.com",
                  phone: null,
                  phoneDisplay: null,
                  carCount: 0,
                  lastInvitedAt: null,
                  portalStatus: {
                    __typename: "PortalStatus",
                    state: "NOT_INVITED",
                    reason: "Not invited yet",
                    action: "SEND",
                    resendAvailableAt: null,
                    changesAt: null,
                  },
                },
              },
            };
          },
        },
      ],
    });
    await user.type(screen.getByRole("textbox", { name: "Name" }), "E. Whitaker");
    await user.type(screen.getByRole("textbox", { name: "Email" }), "ELEANOR@example.com");
    await user.click(screen.getByRole("button", { name: "Add customer" }));

    expect(await screen.findByText(/Eleanor Whitaker \(a customer\) already has eleanor@example\.com/)).toBeTruthy();
    expect(created).toBe(0);
    expect(onDone).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Save anyway" }));
    expect(await screen.findByText("Customer page")).toBeTruthy();
    expect(created).toBe(1);
  });

  it("drops the warning once the email is changed", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { name: "E. Whitaker", email: "eleanor@example.com", phone: null, address: null, notes: null };
    renderWithProviders(<NewCustomerForm onDone={vi.fn()} />, {
      mocks: [
        {
          request: { query: CreateCustomerMutation, variables: { input } },
          result: {
            errors: [
              {
                message: "Eleanor Whitaker (customer) already has eleanor@example.com.",
                extensions: {
                  code: "CONFLICT",
                  duplicateEmail: {
                    kind: "CUSTOMER",
                    id: "7",
                    customerId: "7",
                    name: "Eleanor Whitaker",
                    email: "eleanor@example.com",
                  },
                },
              },
            ],
          },
        },
      ],
    });
    await user.type(screen.getByRole("textbox", { name: "Name" }), "E. Whitaker");
    await user.type(screen.getByRole("textbox", { name: "Email" }), "eleanor@example.com");
    await user.click(screen.getByRole("button", { name: "Add customer" }));
    expect(await screen.findByRole("button", { name: "Save anyway" })).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: "Email" }), "x");
    expect(screen.queryByRole("button", { name: "Save anyway" })).toBeNull();
  });
});
