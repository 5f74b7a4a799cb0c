import { Checkbox, Stack } from "@mantine/core";
import type { OnboardingStepsInput } from "../../../gql/graphql";
import { ONBOARDING_STEPS, type PortalSettingsFormApi } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";

/** The steps customers are walked through after their first sign-in. */
export function OnboardingSettings({
  form,
  readOnly,
  stripeConnected,
}: {
  form: PortalSettingsFormApi;
  readOnly: boolean;
  stripeConnected: boolean;
}) {
  const { values } = form;
  // A step the portal cannot offer as set up says why, so nobody turns it on expecting it to show.
  const stepHint: Record<keyof OnboardingStepsInput, string | null> = {
    signContracts: values.sections.includes("DOCUMENTS") ? null : "Needs the Documents section: customers sign in it.",
    addPaymentMethod: stripeConnected
      ? values.sections.includes("BILLING")
        ? null
        : "Needs the Billing section: payment methods live in it."
      : "Online payments are not connected, so customers cannot add a card yet.",
    completeProfile: null,
  };

  return (
    <SettingsSection
      id="onboarding-heading"
      title="Onboarding after first sign-in"
      description="Steps customers are walked through the first time they sign in. The invite email lists them too."
    >
      <Stack gap="md" role="group" aria-labelledby="onboarding-heading">
        {ONBOARDING_STEPS.map((step) => {
          const on = values.onboarding[step.key];
          const hint = on ? stepHint[step.key] : null;
          return (
            <Checkbox
              key={step.key}
              label={step.label}
              description={hint ? `${step.description}. ${hint}` : step.description}
              checked={on}
              disabled={readOnly}
              onChange={(e) => form.setFieldValue(`onboarding.${step.key}`, e.currentTarget.checked)}
            />
          );
        })}
      </Stack>
    </SettingsSection>
  );
}
