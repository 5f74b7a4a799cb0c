import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { PortalSection, StaffRole } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { PortalSettingsQuery } from "../api/portal-settings";
import { UpdateBrandingMutation } from "../api/update-branding";
import { UpdatePortalSettingsMutation } from "../api/update-portal-settings";
import { textOn } from "./BrandingCard";
import { PortalSettingsPage } from "./PortalSettingsPage";

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
  sections: ["MESSAGES", "VEHICLES", "BILLING", "DOCUMENTS"] as PortalSection[],
  onboarding: {
    __typename: "OnboardingSteps" as const,
    signContracts: false,
    addPaymentMethod: false,
    completeProfile: true,
  },
  offlinePaymentInstructions: null as string | null,
  allowEstimateLineChoice: false,
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

function settingsMock(role: StaffRole, facility = FACILITY) {
  return {
    request: { query: PortalSettingsQuery },
    result: { data: { facility, staffViewer: { __typename: "StaffUser" as const, id: "5", role } } },
  };
}

function errorUnder(input: HTMLElement): string | null {
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

const box = (name: string) => screen.getByRole("checkbox", { name: new RegExp(`^${name}`) }) as HTMLInputElement;

describe("Settings → Portal: sections, onboarding, payments", () => {
  it("shows which sections and onboarding steps are on", async () => {
    renderWithProviders(<PortalSettingsPage />, { mocks: [settingsMock("ADMIN")] });
    await screen.findByRole("group", { name: "Portal sections" });
    const on = ["Vehicles", "Billing", "Documents", "Messages"];
    for (const name of [
      "Vehicles",
      "Billing",
      "Documents",
      "Events & schedule",
      "Messages",
      "Estimates",
      "Service requests",
    ]) {
      expect(box(name).checked).toBe(on.includes(name));
    }
    expect(box("Sign contracts").checked).toBe(false);
    expect(box("Complete profile").checked).toBe(true);
  });

  it("saves the sections in the portal's order with the onboarding steps and payment settings", async () => {
    const user = userEvent.setup({ delay: null });
    const input = {
      signInMethod: "MAGIC_LINK",
      inviteExpiryDays: 7,
      resendCooldownHours: 24,
      inviteRemindersEnabled: true,
      inviteReminderDays: [3, 7],
      welcomeMessage: null,
      sections: ["VEHICLES", "BILLING", "DOCUMENTS", "ESTIMATES", "SERVICE_REQUESTS"],
      onboarding: { signContracts: true, addPaymentMethod: true, completeProfile: true },
      offlinePaymentInstructions: "Pay by check to Harbor Point Storage LLC.",
      allowEstimateLineChoice: true,
      timeZone: "America/New_York",
      country: "US",
    };
    const saved = {
      ...FACILITY,
      ...input,
      sections: input.sections as PortalSection[],
      onboarding: { ...FACILITY.onboarding, ...input.onboarding },
    };
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        {
          request: { query: UpdatePortalSettingsMutation, variables: { input } },
          result: { data: { updatePortalSettings: saved } },
        },
      ],
    });
    await screen.findByRole("group", { name: "Portal sections" });
    await user.click(box("Service requests"));
    await user.click(box("Messages"));
    await user.click(box("Estimates"));
    await user.click(box("Sign contracts"));
    await user.click(box("Add a payment method"));
    // Without Stripe, a card cannot be added yet: the page says so rather than failing later.
    expect(screen.getByText(/Online payments are not connected, so customers cannot add a card yet/)).toBeTruthy();
    await fill(
      user,
      screen.getByRole("textbox", { name: /Offline payment instructions/ }),
      " Pay by check to Harbor Point Storage LLC. ",
    );
    await user.click(screen.getByRole("switch", { name: /^Let customers accept estimates line by line/ }));
    expect(screen.getByText("You have unsaved changes")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Portal settings saved")).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Save changes" }).hasAttribute("disabled")).toBe(true),
    );
    expect(box("Estimates").checked).toBe(true);
    expect(box("Messages").checked).toBe(false);
    // Many fields are filled in one go; a parallel run can make this slower than the default limit.
  });

  it("says when a step needs a section that is off, and when every section is off", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PortalSettingsPage />, { mocks: [settingsMock("ADMIN")] });
    await screen.findByRole("group", { name: "Portal sections" });
    await user.click(box("Documents"));
    await user.click(box("Sign contracts"));
    expect(screen.getByText(/Needs the Documents section: customers sign in it/)).toBeTruthy();
    for (const name of ["Vehicles", "Billing", "Messages"]) await user.click(box(name));
    expect(screen.getByText("With every section off, customers only see their home page and profile.")).toBeTruthy();
  });

  it("shows staff the sections without letting them change", async () => {
    renderWithProviders(<PortalSettingsPage />, { mocks: [settingsMock("STAFF")] });
    await screen.findByRole("group", { name: "Portal sections" });
    expect(box("Vehicles").disabled).toBe(true);
    expect(box("Sign contracts").disabled).toBe(true);
    expect(screen.queryByRole("button", { name: "Save branding" })).toBeNull();
  });
});

describe("Settings → Portal: branding", () => {
  it("saves the name and accent colour, previewing the colour as it changes", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        {
          request: {
            query: UpdateBrandingMutation,
            variables: { input: { name: "Harbor Point", brandColor: "#2f9e44" } },
          },
          result: { data: { updateBranding: { ...FACILITY, name: "Harbor Point", brandColor: "#2f9e44" } } },
        },
      ],
    });
    const colour = await screen.findByRole("textbox", { name: "Accent colour" });
    await fill(user, screen.getByRole("textbox", { name: /Facility name/ }), "Harbor Point");
    await fill(user, colour, "#2F9E44");
    expect(screen.getByTestId("brand-preview-bar").style.background).toMatch(/#2F9E44|rgb\(47, 158, 68\)/i);
    await user.click(screen.getByRole("button", { name: "Save branding" }));
    expect(await screen.findByText("Branding saved")).toBeTruthy();
  });

  it("refuses a colour that is not #rrggbb", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PortalSettingsPage />, { mocks: [settingsMock("ADMIN")] });
    const colour = await screen.findByRole("textbox", { name: "Accent colour" });
    await fill(user, colour, "teal");
    await user.click(screen.getByRole("button", { name: "Save branding" }));
    expect(errorUnder(colour)).toBe("Use a colour like #0b7285");
  });

  it("picks text that reads on the accent", () => {
    expect(textOn("#0b7285")).toBe("#fff");
    expect(textOn("#ffd43b")).toBe("#1a1b1e");
  });
});
