import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { dayInZone } from "../../../lib/format";
import { carFixture, facility, viewerFixture } from "../../../test/fixtures";
import { Placeholder, renderSignedIn } from "../../../test/signed-in";
import { PortalCarsQuery } from "../../cars/api/portal-cars";
import { RequestServiceMutation } from "../api/request-service";
import { NewRequestPage, validateRequest } from "./NewRequestPage";

const carsMock = {
  request: { query: PortalCarsQuery },
  result: {
    data: {
      portalViewer: {
        __typename: "PortalViewer",
        account: {
          __typename: "PortalAccount",
          cars: [carFixture(), carFixture({ id: "c2", displayName: "1962 Riva Aquarama" })],
        },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A day counted from the facility's today (the page's rule), whatever zone the machine is in. */
function daysFromToday(days: number): string {
  const today = new Date(`${dayInZone(new Date(), facility.timeZone)}T00:00:00Z`);
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const created = (input: Record<string, unknown>) => ({
  __typename: "ServiceRequest",
  id: "r9",
  status: "NEW",
  createdAt: "2026-03-02T10:00:00.000Z",
  requestedByName: "Jane Whitaker",
  carName: "1967 Porsche 911S",
  updates: [],
  type: input.type,
  notes: input.notes,
  preferredDate: input.preferredDate,
});

function renderForm(options: { url?: string; mocks?: object[]; viewer?: ReturnType<typeof viewerFixture> } = {}) {
  return renderSignedIn("requests/new", <NewRequestPage />, {
    url: options.url ?? "/requests/new",
    viewer: options.viewer,
    mocks: (options.mocks ?? [carsMock]) as never,
    routes: { requests: <Placeholder name="requests" /> },
  });
}

async function pick(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string) {
  await user.click(await screen.findByRole("combobox", { name: label }));
  await user.click(await screen.findByRole("option", { name: option }));
}

describe("validateRequest", () => {
  const today = "2026-03-02";
  const valid = { type: "SERVICE" as const, carId: "", preferredDate: "", notes: "" };

  it("needs the kind of work", () => {
    expect(validateRequest({ ...valid, type: "" }, today).type).toBe("Pick the kind of work");
  });

  it("takes today or a later date, and no date at all", () => {
    expect(validateRequest({ ...valid, preferredDate: "2026-03-01" }, today).preferredDate).toBe(
      "Pick today or a later date",
    );
    expect(validateRequest({ ...valid, preferredDate: today }, today).preferredDate).toBeNull();
    expect(validateRequest(valid, today).preferredDate).toBeNull();
  });

  it("asks what is needed when the kind is Something else", () => {
    expect(validateRequest({ ...valid, type: "OTHER" }, today).notes).toBe("Tell the team what you need");
    expect(validateRequest({ ...valid, type: "OTHER", notes: "Winter cover" }, today).notes).toBeNull();
  });
});

describe("a new service request", () => {
  it("says what is missing before sending anything", async () => {
    const user = userEvent.setup({ delay: null });
    renderForm();
    await user.click(await screen.findByRole("button", { name: "Send request" }));
    expect(await screen.findByText("Pick the kind of work")).toBeTruthy();

    await pick(user, /What do you need/, "Something else");
    fireEvent.change(screen.getByLabelText(/Preferred date/), { target: { value: daysFromToday(-1) } });
    await user.click(screen.getByRole("button", { name: "Send request" }));
    expect(await screen.findByText("Pick today or a later date")).toBeTruthy();
    expect(screen.getByText("Tell the team what you need")).toBeTruthy();
    expect(screen.queryByTestId("placeholder")).toBeNull();
  });

  it("sends the kind, the car, the date and the notes, then shows the requests", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { type: "DETAILING", carId: "c2", preferredDate: daysFromToday(3), notes: "Before the regatta" };
    let sent = 0;
    renderForm({
      mocks: [
        carsMock,
        {
          request: { query: RequestServiceMutation, variables: { input } },
          result: () => {
            sent++;
            return { data: { requestService: created(input) } };
          },
        },
      ],
    });
    await pick(user, /What do you need/, "Detailing");
    await pick(user, /^Car/, "1962 Riva Aquarama");
    fireEvent.change(screen.getByLabelText(/Preferred date/), { target: { value: input.preferredDate } });
    await user.type(screen.getByLabelText("Notes"), "Before the regatta");
    await user.click(screen.getByRole("button", { name: "Send request" }));

    expect((await screen.findByTestId("placeholder")).textContent).toBe("requests");
    expect(sent).toBe(1);
  });

  it("starts with the car it was opened from", async () => {
    renderForm({ url: "/requests/new?car=c2" });
    expect(await screen.findByDisplayValue("1962 Riva Aquarama")).toBeTruthy();
  });

  it("shows the server's objection under its field", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { type: "SERVICE", carId: null, preferredDate: daysFromToday(0), notes: null };
    renderForm({
      mocks: [
        carsMock,
        {
          request: { query: RequestServiceMutation, variables: { input } },
          result: {
            errors: [
              {
                message: "Pick today or a later date",
                extensions: { code: "BAD_USER_INPUT", fields: { preferredDate: "In the past" } },
              },
            ],
          },
        },
      ],
    });
    await pick(user, /What do you need/, "Service");
    fireEvent.change(screen.getByLabelText(/Preferred date/), { target: { value: input.preferredDate } });
    await user.click(screen.getByRole("button", { name: "Send request" }));
    expect(await screen.findByText("Pick today or a later date")).toBeTruthy();
    expect(screen.queryByTestId("placeholder")).toBeNull();
  });

  it("has no car to pick when the facility turned Vehicles off", async () => {
    renderForm({ mocks: [], viewer: viewerFixture({ facility: { sections: ["SERVICE_REQUESTS"] } }) });
    expect(await screen.findByRole("combobox", { name: /What do you need/ })).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: /^Car/ })).toBeNull();
  });
});
