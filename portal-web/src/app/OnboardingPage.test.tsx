import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { PortalBillingQuery } from "../features/billing/api/portal-billing";
import { AddPaymentMethodMutation } from "../features/billing/api/stripe-checkout";
import { PortalDocumentsQuery } from "../features/documents/api/portal-documents";
import { SignDocumentMutation } from "../features/documents/api/sign-document";
import { CompleteOnboardingMutation } from "../features/onboarding/api/complete-onboarding";
import { PortalProfileQuery } from "../features/profile/api/portal-profile";
import { UpdatePortalProfileMutation } from "../features/profile/api/update-portal-profile";
import { documentFixture, profileFixture, signatureFixture, viewerFixture } from "../test/fixtures";
import { Placeholder, renderSignedIn } from "../test/signed-in";
import { OnboardingPage } from "./OnboardingPage";

const pending = profileFixture({ onboardingPending: true, phone: null, phoneDisplay: null });
const done = profileFixture({ onboardingPending: false, phone: null, phoneDisplay: null });

const mocks = {
  profile: { request: { query: PortalProfileQuery }, result: { data: { portalProfile: pending } } },
  documents: {
    request: { query: PortalDocumentsQuery },
    result: {
      data: {
        portalDocuments: [
          documentFixture(),
          documentFixture({ id: "d2", title: "Insurance certificate", requiresSignature: false }),
        ],
      },
    },
  },
  billing: {
    request: { query: PortalBillingQuery },
    result: {
      data: {
        portalBilling: {
          __typename: "PortalBilling",
          outstandingCents: 0,
          onlinePayments: false,
          paymentMethodOnFile: false,
          savedCard: null,
          offlinePaymentInstructions: "Pay by check to Harbor Point Storage LLC.",
          invoices: [],
        },
      },
    },
  },
};

function complete(onCall: () => void) {
  return {
    request: { query: CompleteOnboardingMutation },
    result: () => {
      onCall();
      return { data: { completeOnboarding: done } };
    },
  };
}

const steps = (signContracts: boolean, addPaymentMethod: boolean, completeProfile: boolean) =>
  viewerFixture({
    facility: { onboarding: { signContracts, addPaymentMethod, completeProfile } },
  });

const renderWelcome = (viewer: ReturnType<typeof viewerFixture>, extra: object[]) =>
  renderSignedIn("welcome", <OnboardingPage />, {
    url: "/welcome",
    viewer,
    mocks: [mocks.profile, ...extra] as never,
    routes: { "": <Placeholder name="home" /> },
  });

const leavePortalFor = vi.hoisted(() => vi.fn());
vi.mock("../lib/leave-portal", () => ({ leavePortalFor }));

describe("onboarding", () => {
  it("walks through signing, paying and the profile, then finishes on home", async () => {
    const user = userEvent.setup({ delay: null });
    let completed = 0;
    renderWelcome(steps(true, true, true), [
      mocks.documents,
      mocks.billing,
      {
        request: {
          query: SignDocumentMutation,
          variables: { id: "d1", input: { typedName: "Jane Whitaker", consent: true } },
        },
        result: { data: { signDocument: documentFixture({ signature: signatureFixture() }) } },
      },
      {
        request: {
          query: UpdatePortalProfileMutation,
          variables: {
            input: {
              phone: "(401) 555-0142",
              address: pending.address,
              preferences: {
                invoices: true,
                estimates: true,
                scheduling: true,
                carUpdates: true,
                contracts: true,
                socialEvents: false,
                marketing: false,
              },
            },
          },
        },
        result: { data: { updatePortalProfile: profileFixture({ onboardingPending: true }) } },
      },
      complete(() => completed++),
    ]);

    expect(await screen.findByRole("heading", { name: "Welcome to Harbor Point Storage" })).toBeTruthy();
    expect(screen.getByText("3 short steps to get your account ready.")).toBeTruthy();

    const agreement = await screen.findByRole("region", { name: "Sign Storage agreement" });
    expect(screen.queryByText("Insurance certificate")).toBeNull();
    await user.type(within(agreement).getByLabelText(/Type your full name/), "Jane Whitaker");
    await user.click(within(agreement).getByRole("checkbox", { name: "I agree to sign this document electronically" }));
    await user.click(within(agreement).getByRole("button", { name: "Sign" }));
    expect(await screen.findByText("All signed. Thank you!")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(await screen.findByText("Pay by check to Harbor Point Storage LLC.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Continue" }));

    await user.type(await screen.findByLabelText("Phone"), "(401) 555-0142");
    await user.click(screen.getByRole("button", { name: "Save and finish" }));

    expect((await screen.findByTestId("placeholder")).textContent).toBe("home");
    expect(completed).toBe(1);
  });

  it("reopened after signing, resumes at the first step not yet done", async () => {
    const signed = {
      ...mocks.documents,
      result: { data: { portalDocuments: [documentFixture({ signature: signatureFixture() })] } },
    };
    renderWelcome(steps(true, true, true), [signed, mocks.billing]);

    expect(await screen.findByText("Pay by check to Harbor Point Storage LLC.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Sign Storage agreement" })).toBeNull();
    expect(screen.getByRole("button", { name: "Sign contracts" }).getAttribute("data-completed")).toBe("true");
  });

  it("saves a card at Stripe and comes back to the payment step, which shows the card saved", async () => {
    const user = userEvent.setup({ delay: null });
    const online = (onFile: boolean) => ({
      ...mocks.billing,
      result: {
        data: {
          portalBilling: {
            ...mocks.billing.result.data.portalBilling,
            onlinePayments: true,
            paymentMethodOnFile: onFile,
          },
        },
      },
    });
    const first = renderWelcome(steps(false, true, true), [
      online(false),
      {
        request: { query: AddPaymentMethodMutation, variables: { returnTo: "WELCOME" } },
        result: { data: { addPaymentMethod: "https://checkout.stripe.test/c/pay/cs_setup" } },
      },
    ]);
    expect(screen.queryByText("Pay by check to Harbor Point Storage LLC.")).toBeNull();
    await user.click(await screen.findByRole("button", { name: "Add a payment method" }));
    await vi.waitFor(() => expect(leavePortalFor).toHaveBeenCalledWith("https://checkout.stripe.test/c/pay/cs_setup"));
    first.unmount();

    renderSignedIn("welcome", <OnboardingPage />, {
      url: "/welcome?setup=1",
      viewer: steps(false, true, true),
      mocks: [mocks.profile, online(true)] as never,
    });
    expect(await screen.findByText("Your card is saved. Thank you!")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Continue" })).toBeTruthy();
  });

  it("can be skipped for now, which also ends it", async () => {
    const user = userEvent.setup({ delay: null });
    let completed = 0;
    renderWelcome(steps(true, true, true), [mocks.documents, complete(() => completed++)]);
    await user.click(await screen.findByRole("button", { name: "Skip for now" }));
    expect((await screen.findByTestId("placeholder")).textContent).toBe("home");
    expect(completed).toBe(1);
  });

  it("shows only the steps the facility asks for", async () => {
    const user = userEvent.setup({ delay: null });
    let completed = 0;
    renderWelcome(steps(false, true, false), [mocks.billing, complete(() => completed++)]);
    expect(await screen.findByText("One step to get your account ready.")).toBeTruthy();
    expect(screen.queryByText("Sign contracts")).toBeNull();
    expect(await screen.findByText("Pay by check to Harbor Point Storage LLC.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Done" }));
    expect((await screen.findByTestId("placeholder")).textContent).toBe("home");
    expect(completed).toBe(1);
  });

  it("goes home when there is nothing left to do", async () => {
    renderSignedIn("welcome", <OnboardingPage />, {
      url: "/welcome",
      viewer: steps(true, false, false),
      mocks: [{ request: { query: PortalProfileQuery }, result: { data: { portalProfile: done } } }] as never,
      routes: { "": <Placeholder name="home" /> },
    });
    expect((await screen.findByTestId("placeholder")).textContent).toBe("home");
  });
});
