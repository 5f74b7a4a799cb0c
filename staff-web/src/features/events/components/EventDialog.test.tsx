import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { CustomerCarsQuery } from "../api/customer-cars";
import { ScheduleEventMutation } from "../api/schedule-event";
import { EventForm } from "./EventDialog";
import { newEventValues, toEventInput } from "./event-form";

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
    const user = userEvent.setup();
    renderWithProviders(<EventForm event={null} customer={null} onDone={vi.fn()} />);
    await user.click(screen.getByRole("button", { name: "Schedule event" }));
    expect(errorUnder(screen.getByRole("combobox", { name: "Kind" }))).toBe("Choose what kind of event this is");
    expect(errorUnder(screen.getByRole("textbox", { name: "Title" }))).toBe("Give the event a title");
    expect(errorUnder(customerBox())).toBe("Pick the customer this event is for");
  });

  // Two trips through the kind dropdown and a save: slow under a parallel run, not stuck.
  it("needs a customer for a detailing, but not for a social event, which can be for everyone", {
    timeout: 15_000,
  }, async () => {
    const user = userEvent.setup();
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
    const user = userEvent.setup();
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
    const values = newEventValues(null, new Date(2031, 0, 5, 14, 10), new Date(2031, 0, 8));
    expect([values.startDate, values.startTime]).toEqual(["2031-01-08", "09:00"]);
  });
});
