import type { CarCardFieldsFragment, PortalSection, PortalViewerFieldsFragment } from "../gql/graphql";

export const ALL_SECTIONS: PortalSection[] = [
  "VEHICLES",
  "BILLING",
  "DOCUMENTS",
  "EVENTS",
  "MESSAGES",
  "ESTIMATES",
  "SERVICE_REQUESTS",
];

export const facility = {
  __typename: "PortalFacility" as const,
  name: "Harbor Point Storage",
  slug: "harbor-point",
  brandColor: "#0b7285",
  logoUrl: null,
  timeZone: "America/New_York",
  sections: ALL_SECTIONS,
  allowEstimateLineChoice: true,
  onboarding: {
    __typename: "OnboardingSteps" as const,
    signContracts: false,
    addPaymentMethod: false,
    completeProfile: false,
  },
};

export function carFixture(overrides: Partial<CarCardFieldsFragment> = {}): CarCardFieldsFragment {
  return {
    __typename: "Car",
    id: "c1",
    displayName: "1967 Porsche 911S",
    year: 1967,
    make: "Porsche",
    model: "911S",
    vin: "308521S",
    plate: "PTR 911",
    color: "Irish Green",
    status: "IN_STORAGE",
    location: "Building A, bay 12",
    coverThumbnailUrl: null,
    ...overrides,
  } as CarCardFieldsFragment;
}

export function accountChoice(customerId: string, customerName: string, current = false) {
  return { __typename: "PortalAccountChoice", customerId, customerName, current };
}

type ViewerOverrides = Partial<Omit<PortalViewerFieldsFragment, "facility">> & {
  facility?: Partial<PortalViewerFieldsFragment["facility"]>;
};

/** A signed-in customer as the server answers it, typenames included as Apollo's cache expects. */
export function viewerFixture({
  facility: facilityOverrides,
  ...overrides
}: ViewerOverrides = {}): PortalViewerFieldsFragment {
  const viewer = {
    __typename: "PortalViewer",
    name: "Jane Whitaker",
    email: "jane@example.com",
    isContact: false,
    preview: false,
    facility: { ...facility, ...facilityOverrides },
    account: { __typename: "PortalAccount", customerName: "Jane Whitaker" },
    accounts: [accountChoice("cust-1", "Jane Whitaker", true)],
  };
  return { ...viewer, ...overrides } as PortalViewerFieldsFragment;
}

export function documentFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Document" as const,
    id: "d1",
    title: "Storage agreement",
    kind: "STORAGE_AGREEMENT" as const,
    fileName: "agreement.pdf",
    size: 48_213,
    url: "/files/41",
    requiresSignature: true,
    createdAt: "2026-03-01T15:00:00.000Z",
    signature: null as null | Record<string, unknown>,
    ...overrides,
  };
}

export function signatureFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "DocumentSignature" as const,
    signerName: "Jane Whitaker",
    typedName: "Jane Whitaker",
    signedAt: "2026-03-02T10:30:00.000Z",
    documentSha256: "5a838678058f0e1d2c3b4a5968778695a4b3c2d1e0f1a2b3c4d5e6f708192a3b",
    ...overrides,
  };
}

export function estimateFixture(overrides: Record<string, unknown> = {}) {
  const line = (id: string, description: string, cents: number) => ({
    __typename: "EstimateLine" as const,
    id,
    description,
    quantity: 1,
    unitCents: cents,
    amountCents: cents,
    accepted: null as boolean | null,
  });
  return {
    __typename: "Estimate" as const,
    id: "e1",
    number: "EST-501",
    title: "Spring detailing package",
    status: "SENT" as string,
    carName: "1967 Porsche 911S",
    totalCents: 177_000,
    acceptedCents: 0,
    sentAt: "2026-03-01T15:00:00.000Z",
    respondedAt: null as string | null,
    respondedByName: null as string | null,
    customerNote: null as string | null,
    lines: [
      line("l1", "Paint correction, one stage", 65_000),
      line("l2", "Ceramic coating", 90_000),
      line("l3", "Leather clean and condition", 22_000),
    ],
    ...overrides,
  };
}

export function profileFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "PortalProfile" as const,
    name: "Jane Whitaker",
    email: "jane@example.com",
    phone: "+14015550142",
    phoneDisplay: "(401) 555-0142",
    address: "41 Bellevue Avenue\nNewport, RI 02840",
    isContact: false,
    onboardingPending: false,
    preferences: {
      __typename: "CommunicationPreferences" as const,
      invoices: true,
      estimates: true,
      scheduling: true,
      carUpdates: true,
      contracts: true,
      socialEvents: false,
      marketing: false,
    },
    ...overrides,
  };
}
