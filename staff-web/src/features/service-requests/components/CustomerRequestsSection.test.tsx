import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { CustomerServiceRequestsQuery } from "../api/customer-service-requests";
import { CustomerRequestsSection } from "./CustomerRequestsSection";

const request = (id: string, status: string, overrides: Record<string, unknown> = {}) => ({
  __typename: "ServiceRequest" as const,
  id,
  type: "DETAILING",
  status,
  customerId: "7",
  customerName: "Ann Lee",
  carName: "1967 Porsche 911S",
  preferredDate: "2030-03-15",
  notes: "Before the show",
  requestedByName: "Ann Lee",
  createdAt: "2026-03-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
  ...overrides,
});

const mock = (serviceRequests: object[]) => ({
  request: { query: CustomerServiceRequestsQuery, variables: { id: "7" } },
  result: { data: { customer: { __typename: "Customer", id: "7", serviceRequests } } },
});

describe("CustomerRequestsSection", () => {
  it("lists the customer's requests with their status, counting the open ones, each linking to the queue", async () => {
    renderWithProviders(<CustomerRequestsSection customerId="7" />, {
      mocks: [mock([request("31", "NEW"), request("30", "DONE", { type: "REPAIR", carName: null })])],
    });
    const link = await screen.findByRole("link", { name: "Detailing · 1967 Porsche 911S" });
    expect(link.getAttribute("href")).toBe("/requests?status=all&request=31");
    expect(screen.getByRole("link", { name: "Repair" })).toBeTruthy();
    expect(screen.getByText("New")).toBeTruthy();
    expect(screen.getByText("Done")).toBeTruthy();
    // One open request: the badge beside the title.
    expect(screen.getByRole("heading", { name: "Service requests" }).parentElement?.textContent).toContain("1");
  });

  it("says where requests come from when there are none", async () => {
    renderWithProviders(<CustomerRequestsSection customerId="7" />, { mocks: [mock([])] });
    expect(await screen.findByText("No service requests")).toBeTruthy();
  });
});
