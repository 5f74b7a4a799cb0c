import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { viewerFixture } from "../../../test/fixtures";
import { renderSignedIn } from "../../../test/signed-in";
import { PortalScheduleQuery } from "../api/portal-schedule";
import { RsvpMutation } from "../api/rsvp";
import { SchedulePage } from "./SchedulePage";

const event = (overrides: Record<string, unknown>) => ({
  __typename: "ScheduledEvent",
  id: "ev1",
  kind: "SOCIAL",
  title: "Cars & Coffee",
  startsAt: "2030-05-04T13:00:00.000Z",
  endsAt: "2030-05-04T16:00:00.000Z",
  location: "Building A forecourt",
  notes: null,
  carName: null,
  customerName: null,
  myRsvp: null,
  myGuests: null,
  goingCount: 3,
  ...overrides,
});

const scheduleMock = (upcoming: object[], past: object[] = []) => ({
  request: { query: PortalScheduleQuery },
  result: { data: { portalSchedule: { __typename: "PortalSchedule", upcoming, past } } },
});

function rsvp(variables: { response: string; guests: number }, goingCount: number, seen: object[]) {
  return {
    request: { query: RsvpMutation, variables: { eventId: "ev1", ...variables } },
    result: () => {
      seen.push(variables);
      return {
        data: {
          rsvp: {
            __typename: "ScheduledEvent",
            id: "ev1",
            myRsvp: variables.response,
            myGuests: variables.guests,
            goingCount,
          },
        },
      };
    },
  };
}

const renderSchedule = (mocks: object[], viewer = viewerFixture()) =>
  renderSignedIn("schedule", <SchedulePage />, { url: "/schedule", mocks: mocks as never, viewer });

describe("RSVP to a social event", () => {
  it("answers Going with guests, and the head count follows", async () => {
    const user = userEvent.setup({ delay: null });
    const seen: object[] = [];
    renderSchedule([scheduleMock([event({})]), rsvp({ response: "GOING", guests: 2 }, 6, seen)]);
    const card = await screen.findByRole("article", { name: "Cars & Coffee" });
    expect(within(card).getByText("3 going")).toBeTruthy();

    const guests = within(card).getByRole("textbox", { name: "Guests you're bringing to Cars & Coffee" });
    fireEvent.change(guests, { target: { value: "2" } });
    await user.click(within(card).getByRole("button", { name: "Going" }));

    expect(await within(card).findByText("6 going")).toBeTruthy();
    expect(within(card).getByRole("button", { name: "Going" }).getAttribute("aria-pressed")).toBe("true");
    expect(seen).toEqual([{ response: "GOING", guests: 2 }]);
  });

  it("brings no guests with Maybe or Can't go", async () => {
    const user = userEvent.setup({ delay: null });
    const seen: object[] = [];
    renderSchedule([
      scheduleMock([event({ myRsvp: "GOING", myGuests: 0, goingCount: 4 })]),
      rsvp({ response: "NOT_GOING", guests: 0 }, 1, seen),
    ]);
    const card = await screen.findByRole("article", { name: "Cars & Coffee" });
    fireEvent.change(within(card).getByRole("textbox", { name: /Guests/ }), { target: { value: "3" } });
    await user.click(within(card).getByRole("button", { name: "Can't go" }));
    expect(await within(card).findByText("1 going")).toBeTruthy();
    expect(seen).toEqual([{ response: "NOT_GOING", guests: 0 }]);
  });

  it("shows the guests already coming and saves a changed number without answering again", async () => {
    const user = userEvent.setup({ delay: null });
    const seen: object[] = [];
    renderSchedule([
      scheduleMock([event({ myRsvp: "GOING", myGuests: 2, goingCount: 5 })]),
      rsvp({ response: "GOING", guests: 4 }, 7, seen),
    ]);
    const card = await screen.findByRole("article", { name: "Cars & Coffee" });
    const guests = within(card).getByRole("textbox", { name: /Guests/ }) as HTMLInputElement;
    expect(guests.value).toBe("2");
    expect(within(card).getByText("You're going with 2 guests.")).toBeTruthy();
    expect(within(card).queryByRole("button", { name: "Save" })).toBeNull();

    fireEvent.change(guests, { target: { value: "11" } });
    expect(within(card).getByText("From 0 to 10 guests")).toBeTruthy();
    expect(within(card).queryByRole("button", { name: "Save" })).toBeNull();

    fireEvent.change(guests, { target: { value: "4" } });
    await user.click(within(card).getByRole("button", { name: "Save" }));
    expect(await within(card).findByText("7 going")).toBeTruthy();
    expect(within(card).getByText("You're going with 4 guests.")).toBeTruthy();
    expect(seen).toEqual([{ response: "GOING", guests: 4 }]);
  });

  it("offers no answers for appointments or past events", async () => {
    renderSchedule([
      scheduleMock(
        [event({ id: "ev2", kind: "PICK_UP", title: "Pick-up", carName: "1967 Porsche 911S" })],
        [
          event({
            id: "ev3",
            title: "Winter party",
            myRsvp: "GOING",
            startsAt: "2020-01-04T18:00:00.000Z",
            endsAt: null,
          }),
        ],
      ),
    ]);
    const pickUp = await screen.findByRole("article", { name: "Pick-up" });
    expect(within(pickUp).queryByRole("button", { name: "Going" })).toBeNull();
    expect(within(pickUp).getByText("1967 Porsche 911S")).toBeTruthy();
    const party = screen.getByRole("article", { name: "Winter party" });
    expect(within(party).queryByRole("button", { name: "Going" })).toBeNull();
    expect(within(party).getByText(/You went/)).toBeTruthy();
  });

  it("cannot answer in a staff preview", async () => {
    renderSchedule([scheduleMock([event({})])], viewerFixture({ preview: true }));
    const card = await screen.findByRole("article", { name: "Cars & Coffee" });
    expect(within(card).getByRole("button", { name: "Going" }).hasAttribute("disabled")).toBe(true);
  });
});
