import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { CUSTOMER, contact, invitation, portalStatus } from "../../contacts/components/test-fixtures";
import { ContactInvitePreviewQuery } from "../api/contact-invite-preview";
import { SendContactInviteMutation } from "../api/send-contact-invite";
import { InviteDialog } from "./InviteDialog";

function previewMock({ cars, contactOverrides = {} }: { cars: string[]; contactOverrides?: object }) {
  const { preferences: _p, invitations: _i, phone: _ph, phoneDisplay: _pd, ...target } = contact(contactOverrides);
  return {
    request: { query: ContactInvitePreviewQuery, variables: { customerId: "7" } },
    result: {
      data: {
        customer: {
          __typename: "Customer" as const,
          id: "7",
          name: "Ann Lee",
          cars: cars.map((displayName, i) => ({ __typename: "Car" as const, id: String(i + 1), displayName })),
          contacts: [target],
        },
      },
    },
  };
}

describe("InviteDialog for a contact", () => {
  it("shows the contact, where the invite goes and whose account they will see", async () => {
    renderWithProviders(
      <InviteDialog contact={contact()} customer={CUSTOMER} mode="SEND" opened onClose={() => {}} />,
      {
        mocks: [previewMock({ cars: ["1967 Ford Mustang Fastback", "1973 Porsche 911 Carrera RS"] })],
      },
    );
    const dialog = await screen.findByRole("dialog", { name: "Send portal invite" });
    expect(within(dialog).getByText("Sam Lee")).toBeTruthy();
    expect(within(dialog).getByText("Spouse · on Ann Lee's account")).toBeTruthy();
    expect(within(dialog).getByTestId("invite-recipient").textContent).toBe("The invite goes to: sam@example.com");
    expect(
      await within(dialog).findByText(
        "Sam Lee will see Ann Lee's account: 2 cars (1967 Ford Mustang Fastback, 1973 Porsche 911 Carrera RS)",
      ),
    ).toBeTruthy();
    // Payment setup is the account holder's business, not part of a contact's invite.
    expect(within(dialog).queryByText(/payment/i)).toBeNull();
  });

  it("for a resend says what happened to the last invite", async () => {
    const bounced = invitation({ deliveryState: "BOUNCED", deliveryDetail: "Mailbox full" });
    const status = portalStatus({
      state: "BOUNCED",
      action: "RESEND",
      reason: "The last invite could not be delivered",
    });
    renderWithProviders(
      <InviteDialog
        contact={contact({ portalStatus: status })}
        customer={CUSTOMER}
        mode="RESEND"
        opened
        onClose={() => {}}
      />,
      { mocks: [previewMock({ cars: [], contactOverrides: { portalStatus: status, lastInvitation: bounced } })] },
    );
    const dialog = await screen.findByRole("dialog", { name: "Resend portal invite" });
    expect(await within(dialog).findByText("Sam Lee will see Ann Lee's account: no cars assigned yet")).toBeTruthy();
    expect(within(dialog).getByText(/Last invite sent/).textContent).toMatch(/— Bounced: Mailbox full$/);
    expect(within(dialog).getByRole("button", { name: "Resend Invite" })).toBeTruthy();
  });

  it("sends through sendContactInvite and confirms with a toast", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const sent = invitation({ id: "40", createdAt: new Date().toISOString(), deliveryState: "QUEUED" });
    renderWithProviders(<InviteDialog contact={contact()} customer={CUSTOMER} mode="SEND" opened onClose={onClose} />, {
      mocks: [
        previewMock({ cars: ["1967 Ford Mustang Fastback"] }),
        {
          request: { query: SendContactInviteMutation, variables: { contactId: "12" } },
          result: {
            data: {
              sendContactInvite: {
                __typename: "SendContactInvitePayload",
                invitation: sent,
                contact: contact({
                  portalStatus: portalStatus({ state: "INVITED", action: null, reason: "Invite sent" }),
                  lastInvitation: sent,
                  invitations: [sent],
                }),
              },
            },
          },
        },
      ],
    });
    const dialog = await screen.findByRole("dialog", { name: "Send portal invite" });
    await within(dialog).findByText(/will see Ann Lee's account: 1 car \(1967 Ford Mustang Fastback\)/);
    await user.click(within(dialog).getByRole("button", { name: "Send Invite" }));
    expect(await screen.findByText("Invite sent to sam@example.com")).toBeTruthy();
    expect(onClose).toHaveBeenCalled();
  });

  it("does not send to a contact someone else removed meanwhile", async () => {
    renderWithProviders(
      <InviteDialog contact={contact()} customer={CUSTOMER} mode="SEND" opened onClose={() => {}} />,
      {
        mocks: [
          {
            request: { query: ContactInvitePreviewQuery, variables: { customerId: "7" } },
            result: {
              data: { customer: { __typename: "Customer", id: "7", name: "Ann Lee", cars: [], contacts: [] } },
            },
          },
        ],
      },
    );
    const dialog = await screen.findByRole("dialog", { name: "Send portal invite" });
    expect(await within(dialog).findByText("This contact has been removed from the account.")).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Send Invite" }).hasAttribute("disabled")).toBe(true);
  });
});
