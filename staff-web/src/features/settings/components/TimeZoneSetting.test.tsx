import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import type { PortalSection, StaffRole } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { PhoneCountriesQuery } from "../api/phone-countries";
import { PortalSettingsQuery } from "../api/portal-settings";
import { UpdatePortalSettingsMutation } from "../api/update-portal-settings";
import { PortalSettingsPage } from "./PortalSettingsPage";
import { timeZoneOptions } from "./TimeZoneSelect";

const FACILITY = {
  __typename: "Facility" as const,
  id: "1",
  name: "Harbor Point Storage",
  signInMethod: "MAGIC_LINK" as const,
  inviteExpiryDays: 7,
  resendCooldownHours: 24,
  inviteRemindersEnabled: true,
  inviteReminderDays: [3, 7],
  welcomeMessage: null,
  sections: ["VEHICLES", "BILLING"] as PortalSection[],
  onboarding: {
    __typename: "OnboardingSteps" as const,
    signContracts: false,
    addPaymentMethod: false,
    completeProfile: false,
  },
  offlinePaymentInstructions: null,
  allowEstimateLineChoice: true,
  stripeConnected: false,
  stripeKeyHint: null,
  stripeTestMode: false,
  stripeWebhookUrl: "https://portal.example.com/webhooks/stripe/1",
  brandColor: "#0b7285",
  logoUrl: null,
  timeZone: "America/New_York",
  country: "US",
  careReminders: {
    __typename: "CareReminderSettings" as const,
    contracts: true,
    contractsAfterDays: 3,
    invoicesDue: true,
    invoicesDueDays: 3,
    invoicesOverdue: true,
    estimates: true,
    estimatesAfterDays: 3,
    events: true,
  },
};

const INPUT = {
  signInMethod: "MAGIC_LINK",
  inviteExpiryDays: 7,
  resendCooldownHours: 24,
  inviteRemindersEnabled: true,
  inviteReminderDays: [3, 7],
  welcomeMessage: null,
  sections: ["VEHICLES", "BILLING"],
  onboarding: { signContracts: false, addPaymentMethod: false, completeProfile: false },
  offlinePaymentInstructions: null,
  allowEstimateLineChoice: true,
  country: "US",
};

function settingsMock(role: StaffRole) {
  return {
    request: { query: PortalSettingsQuery },
    result: { data: { facility: FACILITY, staffViewer: { __typename: "StaffUser" as const, id: "5", role } } },
  };
}

const zoneField = () => screen.getByLabelText("Facility time zone", { selector: "input" }) as HTMLInputElement;

async function pickZone(user: ReturnType<typeof userEvent.setup>, search: string, option: RegExp) {
  await user.click(zoneField());
  await user.clear(zoneField());
  await user.paste(search);
  await user.click(await screen.findByRole("option", { name: option, hidden: true }));
}

describe("Settings → time zone", () => {
  it("lists IANA zones with their offset, readable without underscores", () => {
    const options = timeZoneOptions("America/New_York", new Date("2026-07-01T12:00:00Z"));
    expect(options.find((o) => o.value === "America/Los_Angeles")?.label).toBe("America/Los Angeles (GMT-7)");
    expect(options.find((o) => o.value === "UTC")).toBeTruthy();
    // A zone the browser no longer lists still shows, so the saved value is never blank.
    expect(timeZoneOptions("Mars/Olympus", new Date()).some((o) => o.value === "Mars/Olympus")).toBe(true);
  });

  it("lets an admin search for a zone and save it with the other settings", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { ...INPUT, timeZone: "America/Los_Angeles" };
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        {
          request: { query: UpdatePortalSettingsMutation, variables: { input } },
          result: { data: { updatePortalSettings: { ...FACILITY, timeZone: "America/Los_Angeles" } } },
        },
      ],
    });
    await screen.findByRole("button", { name: "Save changes" });
    expect((zoneField() as HTMLInputElement).value).toMatch(/^America\/New York \(GMT-[45]\)$/);

    await pickZone(user, "angeles", /America\/Los Angeles/);
    expect((zoneField() as HTMLInputElement).value).toMatch(/^America\/Los Angeles/);
    expect(screen.getByText(/Emails already sent keep the times they were written with/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Portal settings saved")).toBeTruthy();
  });

  it("lets an admin pick the facility's country by name, for phone numbers", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { ...INPUT, timeZone: "America/New_York", country: "GB" };
    const countries = [
      { __typename: "PhoneCountry" as const, code: "GB", name: "United Kingdom", callingCode: "44" },
      { __typename: "PhoneCountry" as const, code: "US", name: "United States", callingCode: "1" },
    ];
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        { request: { query: PhoneCountriesQuery }, result: { data: { phoneCountries: countries } } },
        {
          request: { query: UpdatePortalSettingsMutation, variables: { input } },
          result: { data: { updatePortalSettings: { ...FACILITY, country: "GB" } } },
        },
      ],
    });
    const country = () => screen.getByLabelText("Country", { selector: "input" }) as HTMLInputElement;
    await waitFor(() => expect(country().value).toBe("United States (+1)"));
    await user.click(country());
    await user.clear(country());
    await user.paste("kingdom");
    await user.click(await screen.findByRole("option", { name: "United Kingdom (+44)", hidden: true }));
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Portal settings saved")).toBeTruthy();
  });

  it("puts the server's refusal under the field", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        {
          request: {
            query: UpdatePortalSettingsMutation,
            variables: { input: { ...INPUT, timeZone: "Europe/Lisbon" } },
          },
          result: {
            errors: [
              new GraphQLError("“Europe/Lisbon” is not a time zone we know. Pick one from the list.", {
                extensions: { code: "BAD_USER_INPUT", fields: { timeZone: "Pick a time zone from the list" } },
              }),
            ],
          },
        },
      ],
    });
    await screen.findByRole("button", { name: "Save changes" });
    await pickZone(user, "lisbon", /Europe\/Lisbon/);
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(zoneField().getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("Pick a time zone from the list")).toBeTruthy();
  });

  it("shows staff the zone without letting them change it", async () => {
    renderWithProviders(<PortalSettingsPage />, { mocks: [settingsMock("STAFF")] });
    await screen.findByText("Only admins can change portal settings");
    expect(zoneField().hasAttribute("readonly")).toBe(true);
  });
});
