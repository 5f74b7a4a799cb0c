import type { PortalViewerFieldsFragment } from "../gql/graphql";

export const facility = {
  __typename: "PortalFacility",
  name: "Harbor Point Storage",
  brandColor: "#0b7285",
  logoUrl: null,
};

const porsche = {
  __typename: "Car",
  id: "c1",
  displayName: "1967 Porsche 911S",
  year: 1967,
  make: "Porsche",
  model: "911S",
  vin: "308521S",
  plate: "PTR 911",
  color: "Irish Green",
  status: "IN_STORAGE" as const,
  location: "Building A, bay 12",
};

export function accountChoice(customerId: string, customerName: string, current = false) {
  return { __typename: "PortalAccountChoice", customerId, customerName, current };
}

/** A signed-in customer as the server answers it, typenames included as Apollo's cache expects. */
export function viewerFixture(overrides: Partial<PortalViewerFieldsFragment> = {}): PortalViewerFieldsFragment {
  const account = { __typename: "PortalAccount", customerName: "Jane Whitaker", cars: [{ ...porsche }] };
  const viewer = {
    __typename: "PortalViewer",
    name: "Jane Whitaker",
    email: "jane@example.com",
    isContact: false,
    facility,
    account,
    accounts: [accountChoice("cust-1", "Jane Whitaker", true)],
  };
  return { ...viewer, ...overrides };
}
