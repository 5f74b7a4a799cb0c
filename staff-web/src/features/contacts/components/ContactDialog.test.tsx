import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { PortalState } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { AddContactMutation } from "../api/add-contact";
import { UpdateContactMutation } from "../api/update-contact";
import { ContactForm } from "./ContactDialog";
import { CUSTOMER, contact, invitation, portalStatus } from "./test-fixtures";

/** The message Mantine shows under an input, found the way assistive tech finds it. */
function errorUnder(input: HTMLElement): string | null {
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

const textbox = (name: string) => screen.getByRole("textbox", { name });
const box = (name: string | RegExp) => screen.getByRole("checkbox", { name });

// happy-dom runs no CSS transitions, so the opened dropdown still counts as hidden.
/** Typing key by key is slow under a parallel run; pasting fires the same change. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

async function chooseRole(user: ReturnType<typeof userEvent.setup>, role: string) {
  await user.click(screen.getByRole("combobox", { name: "Role" }));
  await user.click(await screen.findByRole("option", { name: role, hidden: true }));
}

const NO_PREFERENCES = {
  invoices: false,
  estimates: false,
  scheduling: false,
  carUpdates: false,
  contracts: false,
  socialEvents: false,
  marketing: false,
};

describe("ContactForm", () => {
  it("asks for a name and a role, and a valid email when one is given, before calling the server", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ContactForm customer={CUSTOMER} contact={null} onDone={vi.fn()} />);
    await fill(user, textbox("Email"), "sam@");
    await user.click(screen.getByRole("button", { name: "Add Contact" }));
    expect(errorUnder(textbox("Name"))).toBe("Enter the contact's name");
    expect(errorUnder(textbox("Email"))).toBe("Enter a valid email address, like name@example.com");
    expect(errorUnder(screen.getByRole("combobox", { name: "Role" }))).toBe("Choose this person's role");
  });

  it("offers the seven communication preferences with the help centre's descriptions", () => {
    renderWithProviders(<ContactForm customer={CUSTOMER} contact={null} onDone={vi.fn()} />);
    const group = screen.getByRole("group", { name: "Communication preferences" });
    const labels = within(group)
      .getAllByRole("checkbox")
      .map((c) => (c as HTMLInputElement).labels?.[0]?.textContent);
    expect(labels).toEqual([
      "Invoices",
      "Estimates",
      "Scheduling",
      "Car Updates",
      "Contracts",
      "Social Events",
      "Marketing",
    ]);
    expect(within(group).getByText("Vehicle status changes, photo sessions, and condition reports")).toBeTruthy();
    expect(screen.getByText("Lets this person sign in to Ann Lee's portal")).toBeTruthy();
  });

  it("puts the server's field error under Email and keeps the dialog open", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    const message = "Enter a valid email address, like name@example.com";
    renderWithProviders(<ContactForm customer={CUSTOMER} contact={null} onDone={onDone} />, {
      mocks: [
        {
          request: {
            query: AddContactMutation,
            variables: {
              customerId: "7",
              input: {
                name: "Sam Lee",
                email: "sam@example.c0m",
                phone: null,
                role: "BOOKKEEPER",
                canAccessPortal: true,
                preferences: { ...NO_PREFERENCES, invoices: true, estimates: true },
              },
            },
          },
          result: { errors: [{ message, extensions: { code: "BAD_USER_INPUT", fields: { email: message } } }] },
        },
      ],
    });
    await fill(user, textbox("Name"), "Sam Lee");
    await fill(user, textbox("Email"), "sam@example.c0m");
    await chooseRole(user, "Bookkeeper");
    await user.click(box("Can access portal"));
    await user.click(screen.getByRole("button", { name: "Add Contact" }));

    await waitFor(() => expect(errorUnder(textbox("Email"))).toBe(message));
    expect(errorUnder(textbox("Name"))).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("suggests preferences for the role until staff choose their own, then adds the contact", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    const input = {
      name: "Sam Lee",
      email: "sam@example.com",
      phone: "555 0100",
      role: "VEHICLE_HANDLER",
      canAccessPortal: false,
      preferences: { ...NO_PREFERENCES, scheduling: true, carUpdates: true, marketing: true },
    };
    renderWithProviders(<ContactForm customer={CUSTOMER} contact={null} onDone={onDone} />, {
      mocks: [
        {
          request: { query: AddContactMutation, variables: { customerId: "7", input } },
          result: {
            data: {
              addContact: contact({
                role: "VEHICLE_HANDLER",
                canAccessPortal: false,
                portalStatus: portalStatus({
                  state: "ACCESS_DISABLED",
                  action: null,
                  reason: "Turn on “Can access portal” to invite",
                }),
              }),
            },
          },
        },
      ],
    });
    await fill(user, textbox("Name"), "Sam Lee");
    await fill(user, textbox("Email"), "sam@example.com");
    await fill(user, textbox("Phone"), "555 0100");
    await chooseRole(user, "Bookkeeper");
    expect((box("Invoices") as HTMLInputElement).checked).toBe(true);
    await chooseRole(user, "Vehicle handler");
    expect((box("Invoices") as HTMLInputElement).checked).toBe(false);
    expect((box("Car Updates") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Suggested for a vehicle handler/)).toBeTruthy();
    await user.click(box("Marketing"));
    await chooseRole(user, "Vehicle handler");
    expect((box("Marketing") as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "Add Contact" }));

    expect(await screen.findByText("Sam Lee added to Ann Lee's account")).toBeTruthy();
    expect(onDone).toHaveBeenCalled();
  });

  it.each<[PortalState, boolean]>([
    ["IN_PORTAL", true],
    ["INVITED", true],
    ["BOUNCED", true],
    ["NOT_INVITED", false],
  ])("warns before turning portal access off for someone %s: %s", async (state, warns) => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <ContactForm
        customer={CUSTOMER}
        contact={contact({ portalStatus: portalStatus({ state, action: null }) })}
        onDone={vi.fn()}
      />,
    );
    const warning = "This signs Sam Lee out of the portal and cancels pending invites.";
    expect(screen.queryByText(warning)).toBeNull();
    await user.click(box("Can access portal"));
    expect(!!screen.queryByText(warning)).toBe(warns);
  });

  it("saves an edit, sending the preferences without the cache's type names", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    const existing = contact({
      portalStatus: portalStatus({ state: "IN_PORTAL", action: null, reason: "Has signed in to the portal" }),
      lastInvitation: invitation({ state: "ACCEPTED" }),
    });
    const input = {
      name: "Sam Lee",
      email: "sam@example.com",
      phone: "(207) 555-0100",
      role: "SPOUSE",
      canAccessPortal: false,
      preferences: { ...NO_PREFERENCES, invoices: true, scheduling: true, carUpdates: true },
    };
    renderWithProviders(<ContactForm customer={CUSTOMER} contact={existing} onDone={onDone} />, {
      mocks: [
        {
          request: { query: UpdateContactMutation, variables: { id: "12", input } },
          result: {
            data: {
              updateContact: {
                ...existing,
                canAccessPortal: false,
                portalStatus: portalStatus({ state: "ACCESS_DISABLED", action: null }),
              },
            },
          },
        },
      ],
    });
    await user.click(box("Can access portal"));
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Contact saved")).toBeTruthy();
    expect(onDone).toHaveBeenCalled();
  });

  it("warns that someone on the account has the email, naming them, and adds anyway when staff say so", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    const input = {
      name: "Someone Else",
      email: "eleanor@example.com",
      phone: null,
      role: "OTHER",
      canAccessPortal: false,
      preferences: NO_PREFERENCES,
    };
    renderWithProviders(<ContactForm customer={CUSTOMER} contact={null} onDone={onDone} />, {
      mocks: [
        {
          request: { query: AddContactMutation, variables: { customerId: "7", input } },
          result: {
            errors: [
              {
                message:
                  "Eleanor Whitaker (customer) already has eleanor@example.com. Save anyway if both should keep it.",
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
          request: { query: AddContactMutation, variables: { customerId: "7", input, allowDuplicateEmail: true } },
          result: { data: { addContact: contact({ name: "Someone Else", email: "eleanor@example.com" }) } },
        },
      ],
    });
    await fill(user, textbox("Name"), "Someone Else");
    await fill(user, textbox("Email"), "eleanor@example.com");
    await chooseRole(user, "Other");
    await user.click(screen.getByRole("button", { name: "Add Contact" }));

    expect(await screen.findByText(/Eleanor Whitaker \(a customer\) already has eleanor@example\.com/)).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Save anyway" }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });
});
