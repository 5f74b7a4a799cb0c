import type {
  ContactFieldsFragment,
  InvitationFieldsFragment,
  InvitationTimelineFragment,
  PortalStatusFieldsFragment,
} from "../../../gql/graphql";

/** Test data shaped as the API answers it (with __typename), so it can go into mocks and the cache. */

const DAY = 86_400_000;

export function portalStatus(s: Partial<PortalStatusFieldsFragment> = {}) {
  return {
    __typename: "PortalStatus" as const,
    state: "NOT_INVITED" as const,
    reason: "Not invited yet",
    action: "SEND" as const,
    resendAvailableAt: null,
    changesAt: null,
    ...s,
  } as PortalStatusFieldsFragment & { __typename: "PortalStatus" };
}

export function invitation(
  overrides: Partial<InvitationFieldsFragment & InvitationTimelineFragment> = {},
): InvitationFieldsFragment & InvitationTimelineFragment {
  const sent = new Date(Date.now() - 2 * DAY);
  return {
    __typename: "Invitation",
    id: "31",
    createdAt: sent.toISOString(),
    email: "sam@example.com",
    invitedByName: "Alex Morgan",
    state: "PENDING",
    voidReason: null,
    expiresAt: new Date(sent.getTime() + 7 * DAY).toISOString(),
    acceptedAt: null,
    linkOpenedAt: null,
    deliveryState: "DELIVERED",
    deliveryDetail: null,
    deliveryUpdatedAt: sent.toISOString(),
    deliveredVia: "EMAIL" as const,
    inPersonLinkExpiresAt: null,
    timeline: [
      { __typename: "InvitationEvent", kind: "QUEUED", at: sent.toISOString(), detail: "To sam@example.com" },
      { __typename: "InvitationEvent", kind: "SENT", at: sent.toISOString(), detail: null },
    ],
    ...overrides,
  } as InvitationFieldsFragment & InvitationTimelineFragment;
}

export function contact(overrides: Partial<ContactFieldsFragment> = {}): ContactFieldsFragment {
  return {
    __typename: "Contact",
    id: "12",
    name: "Sam Lee",
    email: "sam@example.com",
    phone: "+12075550100",
    phoneDisplay: "(207) 555-0100",
    role: "SPOUSE",
    canAccessPortal: true,
    preferences: {
      __typename: "CommunicationPreferences",
      invoices: true,
      estimates: false,
      scheduling: true,
      carUpdates: true,
      contracts: false,
      socialEvents: false,
      marketing: false,
    },
    portalStatus: portalStatus(),
    lastInvitation: null,
    invitations: [],
    ...overrides,
  } as ContactFieldsFragment;
}

export const CUSTOMER = { id: "7", name: "Ann Lee" };
