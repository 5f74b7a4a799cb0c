import { setFacilityTimeZone } from "@portico/web-core/zones";
import { screen } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import CancelEventDialog from "./CancelEventDialog";

describe("CancelEventDialog", () => {
  // The browser in Tokyo, the facility in Los Angeles: the dialog reads the facility's clock.
  const runnerZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Asia/Tokyo";
  });
  afterAll(() => {
    if (runnerZone === undefined) delete process.env.TZ;
    else process.env.TZ = runnerZone;
  });

  it("says when the event is on the facility's clock, naming its zone", () => {
    setFacilityTimeZone("America/Los_Angeles");
    renderWithProviders(
      <CancelEventDialog
        event={{
          id: "41",
          kind: "DETAILING",
          title: "Detail before the show",
          // 21:30 PST on Tuesday 10 November; already Wednesday afternoon in Tokyo.
          startsAt: "2026-11-11T05:30:00.000Z",
          endsAt: null,
          location: null,
          notes: null,
          customerId: "7",
          customerName: "Ada Lovelace",
          carId: null,
          carName: null,
          goingCount: 0,
          goingGuests: 0,
        }}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByText(/^Tuesday 10 November at 21:30 PST for Ada Lovelace\./)).toBeTruthy();
  });
});
