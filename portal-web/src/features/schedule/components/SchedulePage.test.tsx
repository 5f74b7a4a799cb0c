import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { viewerFixture } from "../../../test/fixtures";
import { renderSignedIn } from "../../../test/signed-in";
import {
  CreatePortalCalendarLinkMutation,
  PortalCalendarFeedQuery,
  TurnOffPortalCalendarFeedMutation,
} from "../api/calendar-feed";
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

const feedMock = (feed: { createdAt: string; lastFetchedAt: string | null } | null) => ({
  request: { query: PortalCalendarFeedQuery },
  result: { data: { portalCalendarFeed: feed && { __typename: "PortalCalendarFeed", ...feed } } },
});

const renderSchedule = (mocks: object[], viewer = viewerFixture(), feed = feedMock(null)) =>
  renderSignedIn("schedule", <SchedulePage />, { url: "/schedule", mocks: [...mocks, feed] as never, viewer });

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

describe("Subscribe in your calendar", () => {
  const url = "http://portico.test/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde.ics";
  const made = {
    request: { query: CreatePortalCalendarLinkMutation },
    result: {
      data: {
        createPortalCalendarLink: {
          __typename: "PortalCalendarLink",
          url,
          webcalUrl: url.replace("http://", "webcal://"),
          feed: { __typename: "PortalCalendarFeed", createdAt: new Date().toISOString(), lastFetchedAt: null },
        },
      },
    },
  };

  it("makes a link, shows it once with Copy and the webcal address, then offers a new one", async () => {
    const user = userEvent.setup({ delay: null });
    renderSchedule([scheduleMock([event({})]), made]);
    const card = await screen.findByRole("region", { name: "Subscribe in your calendar" });
    await user.click(await within(card).findByRole("button", { name: "Create calendar link" }));
    expect(((await within(card).findByLabelText("Your calendar link")) as HTMLInputElement).value).toBe(url);
    expect(within(card).getByRole("button", { name: "Copy" })).toBeTruthy();
    expect(within(card).getByRole("link", { name: "Open in calendar app" }).getAttribute("href")).toBe(
      url.replace("http://", "webcal://"),
    );
    expect(within(card).getByText("Not checked by a calendar app yet")).toBeTruthy();
    expect(within(card).getByRole("button", { name: "Get a new link" })).toBeTruthy();
  });

  it("says when the calendar app last checked, and turns the feed off after asking", async () => {
    const user = userEvent.setup({ delay: null });
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
    renderSchedule(
      [
        scheduleMock([event({})]),
        {
          request: { query: TurnOffPortalCalendarFeedMutation },
          result: { data: { turnOffPortalCalendarFeed: true } },
        },
      ],
      viewerFixture(),
      feedMock({ createdAt: twoHoursAgo, lastFetchedAt: twoHoursAgo }),
    );
    const card = await screen.findByRole("region", { name: "Subscribe in your calendar" });
    expect(await within(card).findByText("Last checked by your calendar app 2 hours ago")).toBeTruthy();
    expect(within(card).queryByLabelText("Your calendar link")).toBeNull();
    await user.click(within(card).getByRole("button", { name: "Turn off" }));
    const dialog = await screen.findByRole("dialog", { name: "Turn off your calendar feed?" });
    await user.click(within(dialog).getByRole("button", { name: "Turn off" }));
    expect(await within(card).findByRole("button", { name: "Create calendar link" })).toBeTruthy();
  });

  it("puts Add to calendar on upcoming events, linking to the event's file", async () => {
    renderSchedule([scheduleMock([event({ kind: "SERVICE", title: "Oil change", id: "ev7" })])]);
    const card = await screen.findByRole("article", { name: "Oil change" });
    const add = within(card).getByRole("link", { name: "Add Oil change to your calendar" });
    expect(add.getAttribute("href")).toBe("/calendar/events/ev7.ics");
    expect(add.hasAttribute("download")).toBe(true);
  });
});
