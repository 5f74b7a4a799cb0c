import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import type { PortalSection, StaffRole } from "../../../gql/graphql";
import { renderWithProviders } from "../../../test-utils";
import { PortalSettingsQuery } from "../api/portal-settings";
import { UpdatePortalSettingsMutation } from "../api/update-portal-settings";
import { UpdateStripeSettingsMutation } from "../api/update-stripe-settings";
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
  welcomeMessage: "Welcome aboard.",
  sections: ["VEHICLES", "BILLING", "DOCUMENTS", "MESSAGES"] as PortalSection[],
  onboarding: {
    __typename: "OnboardingSteps" as const,
    signContracts: true,
    addPaymentMethod: false,
    completeProfile: false,
  },
  offlinePaymentInstructions: null,
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

/** What the form sends for the sections, onboarding and payment settings it was loaded with. */
const UNCHANGED = {
  sections: ["VEHICLES", "BILLING", "DOCUMENTS", "MESSAGES"],
  onboarding: { signContracts: true, addPaymentMethod: false, completeProfile: false },
  offlinePaymentInstructions: null,
  allowEstimateLineChoice: false,
  timeZone: "America/New_York",
  country: "US",
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

/** A password input marks itself `data-invalid` rather than `aria-invalid`. */
function secretError(input: HTMLElement): string | null {
  const id = input
    .getAttribute("aria-describedby")
    ?.split(" ")
    .find((i) => i.endsWith("-error"));
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

/** Typing key by key is slow under a parallel run; pasting fires the same change. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

const cooldown = () => screen.getByRole("textbox", { name: "Resend cooldown" });
const expiry = () => screen.getByRole("textbox", { name: "Invite link expiry" });

describe("PortalSettingsPage", () => {
  it("lets an admin change the settings and says they were saved", async () => {
    const user = userEvent.setup({ delay: null });
    const input = {
      signInMethod: "PASSWORD",
      inviteExpiryDays: 7,
      resendCooldownHours: 48,
      inviteRemindersEnabled: true,
      inviteReminderDays: [3, 7],
      welcomeMessage: "Welcome aboard, and welcome back.",
      ...UNCHANGED,
    };
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        {
          request: { query: UpdatePortalSettingsMutation, variables: { input } },
          result: { data: { updatePortalSettings: { ...FACILITY, ...input, onboarding: FACILITY.onboarding } } },
        },
      ],
    });
    const save = await screen.findByRole("button", { name: "Save changes" });
    expect(save.hasAttribute("disabled")).toBe(true);
    expect(screen.queryByText("Only admins can change portal settings")).toBeNull();
    expect(
      (screen.getByRole("radio", { name: /Magic link \(no password\)/ }) as HTMLElement).getAttribute("aria-checked"),
    ).toBe("true");

    await user.click(screen.getByRole("radio", { name: /Password \(customers choose one from the invite\)/ }));
    await fill(user, cooldown(), "48");
    expect(screen.getByText(/offered again 48 hours \(2 days\) after an invite/)).toBeTruthy();
    const message = screen.getByRole("textbox", { name: "Welcome message" });
    await fill(user, message, "  Welcome aboard, and welcome back. ");
    expect(screen.getByTestId("welcome-count").textContent).toBe("36 / 1000");
    await user.click(save);

    expect(await screen.findByText("Portal settings saved")).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Save changes" }).hasAttribute("disabled")).toBe(true),
    );
    // The page has grown (sections, onboarding, branding): under a parallel run it can pass 5 s.
  });

  it("keeps out-of-range numbers from the server with the allowed range", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PortalSettingsPage />, { mocks: [settingsMock("ADMIN")] });
    await screen.findByRole("button", { name: "Save changes" });
    await fill(user, expiry(), "45");
    await fill(user, cooldown(), "0");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(errorUnder(expiry())).toBe("Enter a whole number of days from 1 to 30");
    expect(errorUnder(cooldown())).toBe("Enter a whole number of hours from 1 to 168");
  });

  it("puts the server's field errors under their fields", async () => {
    const user = userEvent.setup({ delay: null });
    const refusal = "The welcome message contains a link that is not allowed";
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        {
          request: {
            query: UpdatePortalSettingsMutation,
            variables: {
              input: {
                signInMethod: "MAGIC_LINK",
                inviteExpiryDays: 7,
                resendCooldownHours: 24,
                inviteRemindersEnabled: true,
                inviteReminderDays: [3, 7],
                welcomeMessage: "Hi",
                ...UNCHANGED,
              },
            },
          },
          result: {
            errors: [
              { message: refusal, extensions: { code: "BAD_USER_INPUT", fields: { "input.welcomeMessage": refusal } } },
            ],
          },
        },
      ],
    });
    const message = await screen.findByRole("textbox", { name: "Welcome message" });
    await fill(user, message, "Hi");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(errorUnder(message)).toBe(refusal));
  });

  it("shows staff the settings read-only, with who can change them", async () => {
    renderWithProviders(<PortalSettingsPage />, { mocks: [settingsMock("STAFF")] });
    expect(await screen.findByText("Only admins can change portal settings")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save changes" })).toBeNull();
    expect(cooldown().hasAttribute("readonly")).toBe(true);
    expect(expiry().hasAttribute("readonly")).toBe(true);
    expect(screen.getByRole("textbox", { name: "Welcome message" }).hasAttribute("readonly")).toBe(true);
    expect(
      screen.getByRole("radio", { name: /Password \(customers choose one from the invite\)/ }).hasAttribute("disabled"),
    ).toBe(true);
    expect((cooldown() as HTMLInputElement).value).toBe("24 hours");
  });

  it("handles the server refusing a non-admin", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        {
          request: {
            query: UpdatePortalSettingsMutation,
            variables: {
              input: {
                signInMethod: "MAGIC_LINK",
                inviteExpiryDays: 14,
                resendCooldownHours: 24,
                inviteRemindersEnabled: true,
                inviteReminderDays: [3, 7],
                welcomeMessage: "Welcome aboard.",
                ...UNCHANGED,
              },
            },
          },
          result: {
            errors: [{ message: "You do not have permission to do that", extensions: { code: "FORBIDDEN" } }],
          },
        },
        // The page asks again who the viewer is: an admin made them staff meanwhile.
        settingsMock("STAFF"),
      ],
    });
    await screen.findByRole("button", { name: "Save changes" });
    await fill(user, expiry(), "14");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(
      await screen.findByText("Only admins can change portal settings. Your changes were not saved."),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Save changes" })).toBeNull());
    expect(screen.getByText("Only admins can change portal settings")).toBeTruthy();
  });

  it("says when the settings cannot be loaded", async () => {
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [{ request: { query: PortalSettingsQuery }, error: new Error("Failed to fetch") }],
    });
    expect(await screen.findByText("Could not load the portal settings")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("connects Stripe once the key works, putting Stripe's refusal under the key", async () => {
    const user = userEvent.setup({ delay: null });
    const input = { secretKey: "sk_test_abc123", webhookSecret: "whsec_def456" };
    const connected = {
      ...FACILITY,
      stripeConnected: true,
      stripeKeyHint: "sk_test_…c123",
      stripeTestMode: true,
    };
    renderWithProviders(<PortalSettingsPage />, {
      mocks: [
        settingsMock("ADMIN"),
        {
          request: { query: UpdateStripeSettingsMutation, variables: { input } },
          result: {
            errors: [
              new GraphQLError("Stripe refused this key", {
                extensions: {
                  code: "BAD_USER_INPUT",
                  fields: { secretKey: "Stripe refused this key: check it and try again" },
                },
              }),
            ],
          },
        },
        {
          request: { query: UpdateStripeSettingsMutation, variables: { input } },
          result: { data: { updateStripeSettings: connected } },
        },
      ],
    });
    const form = await screen.findByRole("form", { name: "Connect Stripe" });
    expect(within(form).getByDisplayValue(FACILITY.stripeWebhookUrl)).toBeTruthy();
    await user.click(within(form).getByRole("button", { name: "Connect Stripe" }));
    expect(secretError(within(form).getByLabelText(/Secret key/))).toMatch(/starts with sk_live_ or sk_test_/);

    await fill(user, within(form).getByLabelText(/Secret key/), input.secretKey);
    await fill(user, within(form).getByLabelText(/Webhook signing secret/), input.webhookSecret);
    await user.click(within(form).getByRole("button", { name: "Connect Stripe" }));
    await waitFor(() =>
      expect(secretError(within(form).getByLabelText(/Secret key/))).toBe(
        "Stripe refused this key: check it and try again",
      ),
    );

    await user.click(within(form).getByRole("button", { name: "Connect Stripe" }));
    expect(await screen.findByText("Stripe connected")).toBeTruthy();
    expect(screen.getByText("Test mode")).toBeTruthy();
    expect(screen.getByLabelText("Secret key").textContent).toBe("sk_test_…c123");
    expect(screen.queryByRole("form", { name: "Connect Stripe" })).toBeNull();
    expect(screen.getByRole("button", { name: "Replace keys" })).toBeTruthy();
  });
});
