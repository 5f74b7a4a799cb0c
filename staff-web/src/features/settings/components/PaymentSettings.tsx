import { Stack, Switch, Text, Textarea } from "@mantine/core";
import { PAYMENT_INSTRUCTIONS_MAX, type PortalSettingsFormApi } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";

/** How customers pay without a card, and how they answer estimates. */
export function PaymentSettings({
  form,
  readOnly,
  stripeConnected,
}: {
  form: PortalSettingsFormApi;
  readOnly: boolean;
  stripeConnected: boolean;
}) {
  const { values } = form;
  const instructionsOver = values.offlinePaymentInstructions.length > PAYMENT_INSTRUCTIONS_MAX;

  return (
    <SettingsSection
      id="billing-settings-heading"
      title="Payments and estimates"
      description="How customers pay you, and how they answer estimates."
    >
      <Stack gap="lg">
        <div>
          <Textarea
            label="Offline payment instructions"
            description={
              stripeConnected
                ? "Online payments are connected, so customers pay by card. These show if online payment is ever unavailable."
                : "Online payments are not connected: the Billing section shows these instead of a Pay button."
            }
            placeholder="Pay by check to Harbor Point Storage LLC, or by bank transfer to account 0000-1234. Put your invoice number in the reference."
            autosize
            minRows={3}
            maxRows={8}
            readOnly={readOnly}
            variant={readOnly ? "filled" : "default"}
            {...form.getInputProps("offlinePaymentInstructions")}
          />
          <Text size="xs" c={instructionsOver ? "red" : "dimmed"} ta="right" mt={4} aria-live="polite">
            {values.offlinePaymentInstructions.length} / {PAYMENT_INSTRUCTIONS_MAX}
          </Text>
        </div>
        <Switch
          label="Let customers accept estimates line by line"
          description={
            values.sections.includes("ESTIMATES")
              ? "They tick the lines they want; otherwise they accept or decline a whole estimate."
              : "Applies once the Estimates section is on."
          }
          disabled={readOnly}
          {...form.getInputProps("allowEstimateLineChoice", { type: "checkbox" })}
        />
      </Stack>
    </SettingsSection>
  );
}
