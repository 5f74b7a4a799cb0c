import { InMemoryCache } from "@apollo/client";
import { MockedProvider } from "@apollo/client/testing/react";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { AddCarEventMutation, useAddCarEvent } from "./add-car-event";
import { AddConditionReportMutation, useAddConditionReport } from "./add-condition-report";
import { CarDetailQuery } from "./car-detail";

const entry = (id: string, happenedAt: string) => ({
  __typename: "CarEvent" as const,
  id,
  kind: "WASHED" as const,
  notes: null,
  happenedAt,
  recordedBy: "Sam",
});
const report = (id: string, inspectedOn: string) => ({
  __typename: "ConditionReport" as const,
  id,
  inspectedOn,
  inspector: "Sam",
  odometer: null,
  notes: null,
  photos: [],
});

function seededCache() {
  const cache = new InMemoryCache();
  // Typenames as the server sends them (the generated types leave them out).
  const data = {
    car: {
      __typename: "Car",
      id: "c1",
      displayName: "1965 Jaguar E-Type",
      year: 1965,
      make: "Jaguar",
      model: "E-Type",
      vin: null,
      plate: null,
      color: null,
      status: "IN_STORAGE" as const,
      location: null,
      coverThumbnailUrl: null,
      photos: [],
      history: [entry("3", "2026-03-03T10:00:00.000Z"), entry("1", "2026-03-01T10:00:00.000Z")],
      conditionReports: [report("8", "2026-02-01"), report("7", "2026-01-01")],
    },
  };
  cache.writeQuery({ query: CarDetailQuery, variables: { id: "c1" }, data });
  return cache;
}

const car = (cache: InMemoryCache) => cache.readQuery({ query: CarDetailQuery, variables: { id: "c1" } })?.car;

describe("a car's new history entries and reports", () => {
  it("go into the cached car in date order from the mutation's answer, with no refetch", async () => {
    const cache = seededCache();
    const input = { kind: "WASHED" as const, notes: null, happenedAt: "2026-03-02T10:00:00.000Z" };
    const reportInput = { inspectedOn: "2026-01-15", inspector: "Sam", odometer: null, notes: null };
    const mocks = [
      {
        request: { query: AddCarEventMutation, variables: { carId: "c1", input } },
        result: { data: { addCarEvent: entry("2", "2026-03-02T10:00:00.000Z") } },
      },
      {
        request: { query: AddConditionReportMutation, variables: { carId: "c1", input: reportInput } },
        result: { data: { addConditionReport: report("9", "2026-01-15") } },
      },
    ];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={mocks} cache={cache}>
        {children}
      </MockedProvider>
    );
    const { result } = renderHook(() => ({ event: useAddCarEvent("c1"), report: useAddConditionReport("c1") }), {
      wrapper,
    });
    await act(async () => {
      await result.current.event[0]({ variables: { carId: "c1", input } });
      await result.current.report[0]({ variables: { carId: "c1", input: reportInput } });
    });
    expect(car(cache)?.history.map((e) => e.id)).toEqual(["3", "2", "1"]);
    expect(car(cache)?.conditionReports.map((r) => r.id)).toEqual(["8", "9", "7"]);
  });
});
