import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { InvitationFieldsFragment, InviteTargetFragment, PortalStatusFieldsFragment } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { InvitePreviewQuery } from "../api/invite-preview";
import { SendInviteMutation } from "../api/send-invite";
import { InviteDialog } from "./InviteDialog";

const DAY = 86_400_000;

const status = (s: Partial<PortalStatusFieldsFragment>) => ({
  __typename: "PortalStatus" as const,
  state: "NOT_INVITED" as const,
  reason: "Not invited yet",
  action: "SEND" as const,
  resendAvailableAt: null,
  changesAt: null,
  ...s,
});

function target(s: Partial<PortalStatusFieldsFragment>): InviteTargetFragment {
  return { id: "7", name: "Ann Lee", email: "ann@example.com", portalStatus: status(s) };
}

function invitation(overrides: Partial<InvitationFieldsFragment> = {}) {
  const sent = new Date(Date.now() - 2 * DAY);
  return {
    __typename: "Invitation" as const,
    id: "31",
    createdAt: sent.toISOString(),
    email: "ann@example.com",
    invitedByName: "Alex Morgan",
    state: "PENDING" as const,
    voidReason: null,
    expiresAt: new Date(sent.getTime() + 7 * DAY).toISOString(),
    acceptedAt: null,
    linkOpenedAt: null,
    deliveryState: "DELIVERED" as const,
    deliveryDetail: null,
    deliveryUpdatedAt: sent.toISOString(),
    deliveredVia: "EMAIL" as const,
    inPersonLinkExpiresAt: null,
    ...overrides,
  };
}

function previewMock(customer: {
  portalStatus: ReturnType<typeof status>;
  cars: string[];
  paymentSetupConnected: boolean;
  lastInvitation: ReturnType<typeof invitation> | null;
}) {
  return {
    request: { query: InvitePreviewQuery, variables: { id: "7" } },
    result: {
      data: {
        customer: {
          __typename: "Customer" as const,
          id: "7",
          name: "Ann Lee",
          email: "ann@example.com",
          portalStatus: customer.portalStatus,
          paymentSetupConnected: customer.paymentSetupConnected,
          cars: customer.cars.map((displayName, i) => ({ __typename: "Car" as const, id: String(i + 1), displayName })),
          lastInvitation: customer.lastInvitation,
        },
      },
    },
  };
}

describe("InviteDialog", () => {
  it("for a first invite shows who gets it, missing cars and missing payment setup", async () => {
    renderWithProviders(<InviteDialog customer={target({})} mode="SEND" opened onClose={() => {}} />, {
      mocks: [previewMock({ portalStatus: status({}), cars: [], paymentSetupConnected: false, lastInvitation: null })],
    });
    const dialog = await screen.findByRole("dialog", { name: "Send portal invite" });
    expect(within(dialog).getByTestId("invite-recipient").textContent).toBe("The invite goes to: ann@example.com");
    expect(
      await within(dialog).findByText("No cars assigned yet — customers like to see their cars on first sign-in"),
    ).toBeTruthy();
    expect(within(dialog).getByText("No payment method on file")).toBeTruthy();
    expect(within(dialog).queryByText(/Last invite sent/)).toBeNull();
    const send = within(dialog).getByRole("button", { name: "Send Invite" });
    expect(send.hasAttribute("disabled")).toBe(false);
  });

  it("for a resend also shows when the last invite went out and what happened to it", async () => {
    const resendable = status({ state: "BOUNCED", action: "RESEND", reason: "The last invite could not be delivered" });
    renderWithProviders(<InviteDialog customer={target(resendable)} mode="RESEND" opened onClose={() => {}} />, {
      mocks: [
        previewMock({
          portalStatus: resendable,
          cars: ["1967 Ford Mustang Fastback", "1973 Porsche 911 Carrera RS"],
          paymentSetupConnected: true,
          lastInvitation: invitation({ deliveryState: "BOUNCED", deliveryDetail: "Mailbox full" }),
        }),
      ],
    });
    const dialog = await screen.findByRole("dialog", { name: "Resend portal invite" });
    expect(
      await within(dialog).findByText("2 cars: 1967 Ford Mustang Fastback, 1973 Porsche 911 Carrera RS"),
    ).toBeTruthy();
    expect(within(dialog).getByText(/Payment setup connected/)).toBeTruthy();
    const last = within(dialog).getByText(/Last invite sent/);
    expect(last.textContent).toMatch(/^Last invite sent 2 days ago \(.+\) — Bounced: Mailbox full$/);
    expect(within(dialog).getByRole("button", { name: "Resend Invite" })).toBeTruthy();
  });

  it("sends, confirms with a toast and closes", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const sent = invitation({ id: "32", createdAt: new Date().toISOString(), deliveryState: "QUEUED" });
    const invited = status({ state: "INVITED", action: null, reason: "Invite sent" });
    renderWithProviders(<InviteDialog customer={target({})} mode="SEND" opened onClose={onClose} />, {
      mocks: [
        previewMock({ portalStatus: status({}), cars: [], paymentSetupConnected: false, lastInvitation: null }),
        {
          request: { query: SendInviteMutation, variables: { customerId: "7" } },
          result: {
            data: {
              sendInvite: {
                __typename: "SendInvitePayload",
                invitation: sent,
                customer: {
                  __typename: "Customer",
                  id: "7",
                  name: "Ann Lee",
                  email: "ann@example.com",
                  phone: null,
                  phoneDisplay: null,
                  carCount: 0,
                  lastInvitedAt: sent.createdAt,
                  portalStatus: invited,
                  lastInvitation: sent,
                  invitations: [
                    {
                      ...sent,
                      timeline: [{ __typename: "InvitationEvent", kind: "QUEUED", at: sent.createdAt, detail: null }],
                    },
                  ],
                },
              },
            },
          },
        },
      ],
    });
    const dialog = await screen.findByRole("dialog", { name: "Send portal invite" });
    await within(dialog).findByText("No payment method on file");
    await user.click(within(dialog).getByRole("button", { name: "Send Invite" }));
    expect(await screen.findByText("Invite sent to ann@example.com")).toBeTruthy();
    expect(onClose).toHaveBeenCalled();
  });

  it("shows the server's refusal inside the dialog", async () => {
    const user = userEvent.setup({ delay: null });
    const resendable = status({ state: "INVITE_RESENDABLE", action: "RESEND", reason: "Invited, not signed in yet" });
    const preview = previewMock({
      portalStatus: resendable,
      cars: [],
      paymentSetupConnected: false,
      lastInvitation: invitation(),
    });
    renderWithProviders(<InviteDialog customer={target(resendable)} mode="RESEND" opened onClose={() => {}} />, {
      mocks: [
        preview,
        {
          request: { query: SendInviteMutation, variables: { customerId: "7" } },
          result: {
            errors: [
              {
                message: "An invite was sent recently. Resend Invite becomes available when the cooldown ends.",
                extensions: { code: "CONFLICT", resendAvailableAt: new Date(Date.now() + 3 * 3_600_000).toISOString() },
              },
            ],
          },
        },
        preview,
      ],
    });
    const dialog = await screen.findByRole("dialog", { name: "Resend portal invite" });
    await within(dialog).findByText(/Last invite sent/);
    await user.click(within(dialog).getByRole("button", { name: "Resend Invite" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain("An invite was sent recently.");
    await waitFor(() => expect(alert.textContent).toMatch(/Available in 2 h 59 m|Available in 3 h/));
  });
});
