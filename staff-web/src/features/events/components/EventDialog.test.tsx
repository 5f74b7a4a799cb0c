import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ScheduledEventFieldsFragment } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { StaffViewerQuery } from "../../auth/api/staff-viewer";
import { CustomerCarsQuery } from "../api/customer-cars";
import { ScheduleEventMutation } from "../api/schedule-event";
import { UpdateEventMutation } from "../api/update-event";
import EventDialog, { EventForm } from "./EventDialog";
import { eventValues, newEventValues, toEventInput } from "./event-form";

/** Typing key by key is slow under a parallel run; pasting fires the same change. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

/** The message Mantine shows under an input, found the way assistive tech finds it. */
function errorUnder(input: HTMLElement): string | null {
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

const customerBox = () => screen.getByRole("combobox", { name: "Customer" });

async function chooseKind(user: ReturnType<typeof userEvent.setup>, kind: string) {
  await user.click(screen.getByRole("combobox", { name: "Kind" }));
  await user.click(await screen.findByRole("option", { name: kind, hidden: true }));
}

/** Date and time inputs take typed text unevenly across DOMs; a change event is what the form reads. */
function setInput(label: string, value: string) {
  fireEvent.change(labelled(label), { target: { value } });
}

/** Required inputs' labels end in an asterisk. */
const labelled = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));

describe("EventForm", () => {
  it("asks for a kind, a title and a customer before calling the server", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<EventForm event={null} customer={null} onDone={vi.fn()} />);
    await user.click(screen.getByRole("button", { name: "Schedule event" }));
    expect(errorUnder(screen.getByRole("combobox", { name: "Kind" }))).toBe("Choose what kind of event this is");
    expect(errorUnder(screen.getByRole("textbox", { name: "Title" }))).toBe("Give the event a title");
    expect(errorUnder(customerBox())).toBe("Pick the customer this event is for");
  });

  // Two trips through the kind dropdown and a save: slow under a parallel run, not stuck.
  it("needs a customer for a detailing, but not for a social event, which can be for everyone", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    const startsAt = new Date(2031, 5, 14, 18, 0);
    renderWithProviders(<EventForm event={null} customer={null} onDone={onDone} />, {
      mocks: [
        {
          request: {
            query: ScheduleEventMutation,
            variables: {
              input: {
                kind: "SOCIAL",
                title: "Cars & coffee",
                customerId: null,
                carId: null,
                startsAt: startsAt.toISOString(),
                endsAt: null,
                location: "Front lot",
                notes: null,
              },
            },
          },
          result: {
            data: {
              scheduleEvent: {
                __typename: "ScheduledEvent",
                id: "9",
                kind: "SOCIAL",
                title: "Cars & coffee",
                startsAt: startsAt.toISOString(),
                endsAt: null,
                location: "Front lot",
                notes: null,
                customerId: null,
                customerName: null,
                carId: null,
                carName: null,
                goingCount: 0,
                goingGuests: 0,
              },
            },
          },
        },
      ],
    });

    await chooseKind(user, "Detailing");
    await fill(user, screen.getByRole("textbox", { name: "Title" }), "Cars & coffee");
    await user.click(screen.getByRole("button", { name: "Schedule event" }));
    expect(errorUnder(customerBox())).toBe("Pick the customer this event is for");
    expect(onDone).not.toHaveBeenCalled();

    await chooseKind(user, "Social event");
    expect(errorUnder(customerBox())).toBeNull();
    expect(customerBox().getAttribute("placeholder")).toBe("For everyone");
    setInput("Start date", "2031-06-14");
    setInput("Start time", "18:00");
    await fill(user, screen.getByRole("textbox", { name: "Location" }), "Front lot");
    await user.click(screen.getByRole("button", { name: "Schedule event" }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await screen.findByText("Cars & coffee scheduled")).toBeTruthy();
  });

  it("refuses an end before the start", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<EventForm event={null} customer={{ id: "7", name: "Ann Lee" }} onDone={vi.fn()} />, {
      mocks: [
        {
          request: { query: CustomerCarsQuery, variables: { id: "7" } },
          result: { data: { customer: { __typename: "Customer", id: "7", cars: [] } } },
        },
      ],
    });
    await chooseKind(user, "Pick-up");
    await fill(user, screen.getByRole("textbox", { name: "Title" }), "Collect the Jaguar");
    setInput("Start date", "2031-06-14");
    setInput("Start time", "10:00");
    setInput("End time", "09:30");
    await user.click(screen.getByRole("button", { name: "Schedule event" }));
    expect(errorUnder(labelled("End time"))).toBe("Ends after it starts");
    // The customer came prefilled from their page.
    expect(errorUnder(customerBox())).toBeNull();
    expect((customerBox() as HTMLInputElement).value).toBe("Ann Lee");
  });
});

describe("toEventInput", () => {
  it("sends a social event for everyone without a customer or car, and an end time on the start's day", () => {
    const values = {
      ...newEventValues(null),
      kind: "SOCIAL" as const,
      title: "  Summer party ",
      carId: "3",
      startDate: "2031-07-01",
      startTime: "17:00",
      endTime: "21:30",
    };
    const input = toEventInput(values);
    expect(input.customerId).toBeNull();
    expect(input.carId).toBeNull();
    expect(input.title).toBe("Summer party");
    expect(input.startsAt).toBe(new Date(2031, 6, 1, 17, 0).toISOString());
    expect(input.endsAt).toBe(new Date(2031, 6, 1, 21, 30).toISOString());
  });

  it("starts a new event at 09:00 on a day picked from the schedule", () => {
    const values = newEventValues(null, new Date(2031, 0, 5, 14, 10), "2031-01-08");
    expect([values.startDate, values.startTime]).toEqual(["2031-01-08", "09:00"]);
  });
});

// The browser is in Tokyo, the facility in California: what staff type and read is California's clock.
describe("the event dialog on the facility's clock", () => {
  const runnerZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "Asia/Tokyo";
  });
  afterAll(() => {
    if (runnerZone === undefined) delete process.env.TZ;
    else process.env.TZ = runnerZone;
  });
  const LA = "America/Los_Angeles";

  const social = (
    startsAt: string,
    endsAt: string | null,
  ): ScheduledEventFieldsFragment & { __typename: "ScheduledEvent" } => ({
    __typename: "ScheduledEvent",
    id: "41",
    kind: "SOCIAL",
    title: "Cars & coffee",
    startsAt,
    endsAt,
    location: null,
    notes: null,
    customerId: null,
    customerName: null,
    carId: null,
    carName: null,
    goingCount: 0,
    goingGuests: 0,
  });

  it("runs in a browser zone that is not the facility's", () => {
    expect(new Date(2026, 10, 10, 21, 30).toISOString()).toBe("2026-11-10T12:30:00.000Z");
  });

  it("schedules at the facility's wall time, and says which zone that is and when it is here", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    // 21:30–22:30 PST on 10 November is 05:30–06:30 UTC on the 11th (14:30 in Tokyo).
    const event = social("2026-11-11T05:30:00.000Z", "2026-11-11T06:30:00.000Z");
    renderWithProviders(<EventForm event={null} customer={null} timeZone={LA} onDone={onDone} />, {
      mocks: [
        {
          request: {
            query: ScheduleEventMutation,
            variables: {
              input: {
                kind: "SOCIAL",
                title: "Cars & coffee",
                customerId: null,
                carId: null,
                startsAt: event.startsAt,
                endsAt: event.endsAt,
                location: null,
                notes: null,
              },
            },
          },
          result: { data: { scheduleEvent: event } },
        },
      ],
    });
    await chooseKind(user, "Social event");
    await fill(user, screen.getByRole("textbox", { name: "Title" }), "Cars & coffee");
    setInput("Start date", "2026-11-10");
    setInput("Start time", "21:30");
    setInput("End time", "22:30");
    const note = screen.getByTestId("event-time-zone");
    expect(note.textContent).toBe(
      "Times are in America/Los Angeles (PST), the facility's time zone. That is Wed 11 Nov, 14:30 where you are.",
    );
    await user.click(screen.getByRole("button", { name: "Schedule event" }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it("edits an event on the facility's clock, with the zone from the staff viewer, and saves it back", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    // 09:00–10:30 PDT on 1 July; Tokyo's clock would read 01:00–02:30 on the 2nd.
    const event = social("2026-07-01T16:00:00.000Z", "2026-07-01T17:30:00.000Z");
    const moved = { ...event, startsAt: "2026-07-01T16:30:00.000Z" };
    renderWithProviders(<EventDialog opened event={event} onClose={onClose} />, {
      mocks: [
        {
          request: { query: StaffViewerQuery },
          result: {
            data: {
              staffViewer: {
                __typename: "StaffUser",
                id: "1",
                name: "Dana Admin",
                email: "dana@example.com",
                role: "ADMIN",
                facility: {
                  __typename: "Facility",
                  id: "1",
                  name: "Pacific Car Storage",
                  resendCooldownHours: 24,
                  inviteExpiryDays: 7,
                  timeZone: LA,
                },
              },
            },
          },
        },
        {
          request: {
            query: UpdateEventMutation,
            variables: {
              id: "41",
              input: {
                kind: "SOCIAL",
                title: "Cars & coffee",
                customerId: null,
                carId: null,
                startsAt: moved.startsAt,
                endsAt: moved.endsAt,
                location: null,
                notes: null,
              },
            },
          },
          result: { data: { updateEvent: moved } },
        },
      ],
    });
    const startTime = (await screen.findByLabelText(/^Start time/)) as HTMLInputElement;
    expect(startTime.value).toBe("09:00");
    expect((labelled("Start date") as HTMLInputElement).value).toBe("2026-07-01");
    expect((labelled("End date") as HTMLInputElement).value).toBe("2026-07-01");
    expect((labelled("End time") as HTMLInputElement).value).toBe("10:30");
    expect(screen.getByTestId("event-time-zone").textContent).toContain("America/Los Angeles (PDT)");
    setInput("Start time", "09:30");
    await user.click(screen.getByRole("button", { name: "Save event" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it("refuses a time the clocks skip, naming the one it would be, and calls no server", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    renderWithProviders(<EventForm event={null} customer={null} timeZone={LA} onDone={onDone} />);
    await chooseKind(user, "Social event");
    await fill(user, screen.getByRole("textbox", { name: "Title" }), "Night drive");
    // Clocks in California go from 02:00 to 03:00 on 14 March 2027.
    setInput("Start date", "2027-03-14");
    setInput("Start time", "02:30");
    setInput("End time", "02:45");
    await user.click(screen.getByRole("button", { name: "Schedule event" }));
    expect(errorUnder(labelled("Start time"))).toBe(
      "Clocks go forward that night, so 02:30 never happens. Pick 03:30 or another time.",
    );
    expect(errorUnder(labelled("End time"))).toBe(
      "Clocks go forward that night, so 02:45 never happens. Pick 03:45 or another time.",
    );
    expect(onDone).not.toHaveBeenCalled();
    setInput("Start time", "03:30");
    setInput("End time", "04:00");
    expect(errorUnder(labelled("Start time"))).toBeNull();
  });

  it("reads a time that happens twice as the first of the two, and says so", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<EventForm event={null} customer={null} timeZone={LA} onDone={vi.fn()} />);
    await chooseKind(user, "Social event");
    setInput("Start date", "2026-11-01");
    setInput("Start time", "01:30");
    expect(screen.getByTestId("event-time-zone").textContent).toContain(
      "01:30 happens twice that night as clocks go back: this is the first, in PDT.",
    );
    const values = {
      ...newEventValues(null),
      kind: "SOCIAL" as const,
      title: "x",
      startDate: "2026-11-01",
      startTime: "01:30",
    };
    expect(toEventInput(values, LA).startsAt).toBe("2026-11-01T08:30:00.000Z");
  });

  it("round-trips an event's times through the form values in the facility's zone", () => {
    const event = social("2026-03-11T04:30:00.000Z", "2026-03-11T08:00:00.000Z");
    const values = eventValues(event, LA);
    // 21:30 PDT on the 10th, to 01:00 on the 11th: an end on another day keeps its day.
    expect([values.startDate, values.startTime, values.endDate, values.endTime]).toEqual([
      "2026-03-10",
      "21:30",
      "2026-03-11",
      "01:00",
    ]);
    const input = toEventInput(values, LA);
    expect([input.startsAt, input.endsAt]).toEqual([event.startsAt, event.endsAt]);
  });

  it("starts a new event at the facility's next hour, on the facility's day", () => {
    // 23:30 on the 10th in California is 15:30 on the 11th in Tokyo.
    const now = new Date("2026-03-11T06:30:00Z");
    const inCalifornia = newEventValues(null, now, undefined, LA);
    expect([inCalifornia.startDate, inCalifornia.startTime]).toEqual(["2026-03-11", "09:00"]);
    const inTokyo = newEventValues(null, now, undefined, "Asia/Tokyo");
    expect([inTokyo.startDate, inTokyo.startTime]).toEqual(["2026-03-11", "16:00"]);
    const earlyInCalifornia = newEventValues(null, new Date("2026-03-10T20:10:00Z"), undefined, LA);
    expect([earlyInCalifornia.startDate, earlyInCalifornia.startTime]).toEqual(["2026-03-10", "14:00"]);
  });
});
