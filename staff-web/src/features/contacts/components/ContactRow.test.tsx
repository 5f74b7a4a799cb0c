import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ContactFieldsFragment, PortalStatusFieldsFragment } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { ContactRow } from "./ContactRow";
import { CUSTOMER, contact, invitation, portalStatus } from "./test-fixtures";

const NOW = new Date("2026-03-02T09:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

function renderRow(overrides: Partial<ContactFieldsFragment>, status: Partial<PortalStatusFieldsFragment> = {}) {
  const onEdit = vi.fn();
  const onRemove = vi.fn();
  renderWithProviders(
    <ul>
      <ContactRow
        contact={contact({ ...overrides, portalStatus: portalStatus(status) })}
        customer={CUSTOMER}
        onEdit={onEdit}
        onRemove={onRemove}
      />
    </ul>,
  );
  const row = screen.getByRole("listitem", { name: "Sam Lee" });
  const action = within(screen.getByTestId("contact-invite-action"));
  return { row: within(row), action, onEdit, onRemove };
}

describe("ContactRow", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it("shows who the contact is: name, role, email and phone", () => {
    const { row } = renderRow({ role: "VEHICLE_HANDLER" });
    expect(row.getByText("Vehicle handler")).toBeTruthy();
    expect(row.getByText("sam@example.com")).toBeTruthy();
    expect(row.getByText("(207) 555-0100")).toBeTruthy();
    expect(row.getByText("Not invited")).toBeTruthy();
  });

  it("offers Send Invite to a contact who can be invited", () => {
    const { action } = renderRow({}, { state: "NOT_INVITED", action: "SEND" });
    expect(action.getByRole("button", { name: "Send Invite" }).hasAttribute("disabled")).toBe(false);
  });

  it("disables Resend Invite inside the cooldown and counts down", () => {
    const at = later((5 * 60 + 3) * 60_000 + 30_000);
    const { action } = renderRow(
      { lastInvitation: invitation(), invitations: [invitation()] },
      { state: "INVITED", action: null, resendAvailableAt: at, changesAt: at },
    );
    expect(action.getByRole("button", { name: "Resend Invite" }).hasAttribute("disabled")).toBe(true);
    expect(action.getByText("available in 5 h 3 m")).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(action.getByText("available in 5 h 2 m")).toBeTruthy();
  });

  it("offers Resend Invite once the cooldown is over", () => {
    const { action } = renderRow({}, { state: "INVITE_RESENDABLE", action: "RESEND" });
    expect(action.getByRole("button", { name: "Resend Invite" }).hasAttribute("disabled")).toBe(false);
  });

  it("says why a bounced invite failed, next to an enabled Resend Invite", () => {
    const reason = "The last invite could not be delivered: The recipient's mailbox is full";
    const { row, action } = renderRow({}, { state: "BOUNCED", action: "RESEND", reason });
    expect(action.getByRole("button", { name: "Resend Invite" }).hasAttribute("disabled")).toBe(false);
    expect(action.getByText(reason)).toBeTruthy();
    expect(row.getByText("Bounced")).toBeTruthy();
  });

  it("shows IN PORTAL instead of a button once the contact has signed in", () => {
    const { row, action } = renderRow({}, { state: "IN_PORTAL", action: null, reason: "Has signed in to the portal" });
    expect(action.getByText("IN PORTAL")).toBeTruthy();
    expect(action.queryAllByRole("button")).toHaveLength(0);
    // The badge beside the name would only repeat it.
    expect(row.queryByTestId("contact-portal-status")).toBeNull();
  });

  it("says an email is missing", () => {
    const { row, action } = renderRow(
      { email: null },
      { state: "NO_EMAIL", action: null, reason: "Add an email address to invite" },
    );
    expect(row.getByText("No email", { selector: "p" })).toBeTruthy();
    expect(action.getByText("Add an email address to invite")).toBeTruthy();
    expect(action.queryAllByRole("button")).toHaveLength(0);
  });

  it("says portal access is off", () => {
    const { action } = renderRow(
      { canAccessPortal: false },
      { state: "ACCESS_DISABLED", action: null, reason: "Turn on “Can access portal” to invite" },
    );
    expect(action.getByText("Turn on “Can access portal” to invite")).toBeTruthy();
    expect(action.queryAllByRole("button")).toHaveLength(0);
  });

  it("opens the contact's invite history on demand", async () => {
    vi.useRealTimers();
    const user = userEvent.setup({ delay: null });
    const bounced = invitation({
      deliveryState: "BOUNCED",
      deliveryDetail: "Mailbox full",
      timeline: [
        { __typename: "InvitationEvent", kind: "QUEUED", at: NOW.toISOString(), detail: "To sam@example.com" },
        { __typename: "InvitationEvent", kind: "BOUNCED", at: NOW.toISOString(), detail: "Mailbox full" },
      ],
    } as never);
    const { row } = renderRow({ lastInvitation: bounced, invitations: [bounced] }, { state: "BOUNCED" });
    const toggle = row.getByRole("button", { name: "Invite history (1)" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(row.queryByText("Mailbox full")).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await row.findByText("Mailbox full")).toBeTruthy();
  });

  it("edits and removes from the row menu", async () => {
    vi.useRealTimers();
    const user = userEvent.setup({ delay: null });
    const { row, onEdit, onRemove } = renderRow({});
    await user.click(row.getByRole("button", { name: "Actions for Sam Lee" }));
    await user.click(await screen.findByRole("menuitem", { name: "Edit", hidden: true }));
    expect(onEdit).toHaveBeenCalled();
    await user.click(row.getByRole("button", { name: "Actions for Sam Lee" }));
    await user.click(await screen.findByRole("menuitem", { name: "Remove", hidden: true }));
    expect(onRemove).toHaveBeenCalled();
  });
});
