import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo, formFieldErrors } from "@portico/web-core/errors";
import { IconAlertCircle, IconCheck, IconKey, IconLock, IconMailBolt } from "@tabler/icons-react";
import { useState } from "react";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type {
  OnboardingStepsInput,
  PortalSection,
  PortalSettingsFieldsFragment,
  SignInMethod,
} from "../../../gql/graphql";
import { clockInZone } from "../../../lib/dates";
import { usePortalSettings } from "../api/portal-settings";
import { useUpdatePortalSettings } from "../api/update-portal-settings";
import { BrandingCard } from "./BrandingCard";
import { CountrySelect } from "./CountrySelect";
import {
  COOLDOWN_HOURS,
  EXPIRY_DAYS,
  hoursInWords,
  ONBOARDING_STEPS,
  PAYMENT_INSTRUCTIONS_MAX,
  PORTAL_SECTIONS,
  type PortalSettingsValues,
  settingsValues,
  toPortalSettingsInput,
  usePortalSettingsForm,
  WELCOME_MAX,
} from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";
import { StripeCard } from "./StripeCard";
import { TimeZoneSelect } from "./TimeZoneSelect";

const ADMINS_ONLY = "Only admins can change portal settings";
const FIELDS = [
  "signInMethod",
  "inviteExpiryDays",
  "resendCooldownHours",
  "welcomeMessage",
  "sections",
  "offlinePaymentInstructions",
  "allowEstimateLineChoice",
  "timeZone",
  "country",
];

export function PortalSettingsPage() {
  const { data, loading, error, refetch } = usePortalSettings();
  const facility = data?.facility;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={500}>
          Settings
        </Text>
        <Title order={1} className="page-title">
          Portal
        </Title>
        <Text size="sm" c="dimmed">
          What customers see in {facility ? `${facility.name}'s` : "the"} portal, and how they and their contacts are
          invited and sign in.
        </Text>
      </Stack>
      {facility ? (
        <>
          <BrandingCard
            key={`${facility.name}|${facility.brandColor}`}
            facility={facility}
            canEdit={data.staffViewer?.role === "ADMIN"}
            onForbidden={() => void refetch()}
          />
          <StripeCard facility={facility} canEdit={data.staffViewer?.role === "ADMIN"} />
          {/* Keyed by the saved values, so a save (or another admin's, on refetch) starts the form fresh. */}
          <PortalSettingsForm
            key={JSON.stringify(settingsValues(facility))}
            facility={facility}
            canEdit={data.staffViewer?.role === "ADMIN"}
            onForbidden={() => void refetch()}
          />
        </>
      ) : error && !loading ? (
        <QueryErrorAlert title="Could not load the portal settings" error={error} onRetry={refetch} />
      ) : (
        <SettingsSkeleton />
      )}
    </Stack>
  );
}

const METHODS: Array<{ value: SignInMethod; label: string; description: string; icon: React.ReactNode }> = [
  {
    value: "MAGIC_LINK",
    label: "Magic link (no password)",
    description: "The invite and every later sign-in are a link emailed to them. Nothing to remember.",
    icon: <IconMailBolt size={18} />,
  },
  {
    value: "PASSWORD",
    label: "Password (customers choose one from the invite)",
    description: "The invite link asks them to choose a password. “Email me a sign-in link” stays as the way back in.",
    icon: <IconKey size={18} />,
  },
];

export function PortalSettingsForm({
  facility,
  canEdit,
  onForbidden,
}: {
  facility: PortalSettingsFieldsFragment;
  canEdit: boolean;
  /** The server refused: the viewer's role changed since the page loaded. */
  onForbidden: () => void;
}) {
  const initial = settingsValues(facility);
  const form = usePortalSettingsForm(initial);
  const [save, { loading }] = useUpdatePortalSettings();
  const [error, setError] = useState<string | null>(null);
  const { values } = form;
  const readOnly = !canEdit;

  const submit = form.onSubmit(async (v: PortalSettingsValues) => {
    setError(null);
    try {
      await save({ variables: { input: toPortalSettingsInput(v) } });
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Portal settings saved" });
    } catch (e) {
      const info = errorInfo(e);
      if (info.code === "FORBIDDEN") {
        setError(`${ADMINS_ONLY}. Your changes were not saved.`);
        onForbidden();
        return;
      }
      const fields = Object.fromEntries(Object.entries(formFieldErrors(info)).filter(([k]) => FIELDS.includes(k)));
      if (Object.keys(fields).length > 0) form.setErrors(fields);
      else setError(info.message);
    }
  });

  const cooldown = typeof values.resendCooldownHours === "number" ? values.resendCooldownHours : null;
  const expiry = typeof values.inviteExpiryDays === "number" ? values.inviteExpiryDays : null;
  const over = values.welcomeMessage.length > WELCOME_MAX;
  const dirty = form.isDirty();
  const instructionsOver = values.offlinePaymentInstructions.length > PAYMENT_INSTRUCTIONS_MAX;
  const has = (section: PortalSection) => values.sections.includes(section);
  const toggleSection = (section: PortalSection, on: boolean) =>
    form.setFieldValue("sections", on ? [...values.sections, section] : values.sections.filter((s) => s !== section));
  const stepHint: Record<keyof OnboardingStepsInput, string | null> = {
    signContracts: has("DOCUMENTS") ? null : "Needs the Documents section: customers sign in it.",
    addPaymentMethod: facility.stripeConnected
      ? has("BILLING")
        ? null
        : "Needs the Billing section: payment methods live in it."
      : "Online payments are not connected, so customers cannot add a card yet.",
    completeProfile: null,
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Portal settings">
      <Stack gap="xl">
        {readOnly && (
          <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={ADMINS_ONLY}>
            You can see how the portal is set up. Ask an admin of {facility.name} to change it.
          </Alert>
        )}

        <SettingsSection
          id="sections-heading"
          title="Portal sections"
          description="What customers and their contacts see when they sign in. The server refuses the sections that are off, too."
        >
          <SimpleGrid
            cols={{ base: 1, sm: 2 }}
            spacing="md"
            verticalSpacing="md"
            role="group"
            aria-labelledby="sections-heading"
          >
            {PORTAL_SECTIONS.map((section) => (
              <Checkbox
                key={section.value}
                label={section.label}
                description={section.description}
                checked={has(section.value)}
                disabled={readOnly}
                onChange={(e) => toggleSection(section.value, e.currentTarget.checked)}
              />
            ))}
          </SimpleGrid>
          {values.sections.length === 0 && (
            <Text size="xs" c="orange.8" mt="md">
              With every section off, customers only see their home page and profile.
            </Text>
          )}
          {form.errors.sections && (
            <Text size="xs" c="red" mt="sm" role="alert">
              {form.errors.sections}
            </Text>
          )}
        </SettingsSection>

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
                  facility.stripeConnected
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
                has("ESTIMATES")
                  ? "They tick the lines they want; otherwise they accept or decline a whole estimate."
                  : "Applies once the Estimates section is on."
              }
              disabled={readOnly}
              {...form.getInputProps("allowEstimateLineChoice", { type: "checkbox" })}
            />
          </Stack>
        </SettingsSection>

        <SettingsSection
          id="sign-in-heading"
          title="Sign-in method"
          description="How customers and their contacts get into the portal. Applies to invites sent from now on."
        >
          <Radio.Group
            {...form.getInputProps("signInMethod")}
            aria-labelledby="sign-in-heading"
            onChange={(v) => form.setFieldValue("signInMethod", v as SignInMethod)}
          >
            <Stack gap="sm">
              {METHODS.map((m) => {
                // Read-only keeps the current choice legible; only the other one is greyed out.
                const locked = readOnly && values.signInMethod !== m.value;
                return (
                  <Radio.Card
                    key={m.value}
                    value={m.value}
                    radius="md"
                    p="md"
                    disabled={locked}
                    aria-readonly={readOnly || undefined}
                    style={{ cursor: readOnly ? "default" : undefined, opacity: locked ? 0.6 : undefined }}
                  >
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator disabled={locked} mt={2} />
                      <Stack gap={4}>
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          <Text component="span" c="portico.7" style={{ display: "inline-flex" }} aria-hidden>
                            {m.icon}
                          </Text>
                          <Text fw={600} size="sm">
                            {m.label}
                          </Text>
                        </Group>
                        <Text size="xs" c="dimmed">
                          {m.description}
                        </Text>
                      </Stack>
                    </Group>
                  </Radio.Card>
                );
              })}
            </Stack>
          </Radio.Group>
          {values.signInMethod !== facility.signInMethod && (
            <Text size="xs" c="dimmed" mt="sm">
              People who already signed in keep their way in; new invites use the new method.
            </Text>
          )}
        </SettingsSection>

        <SettingsSection
          id="invites-settings-heading"
          title="Invites"
          description="How long an invite link works, and how long staff wait before Resend Invite is offered again. Changes apply to invites sent from now on."
        >
          <Stack gap="lg">
            <NumberInput
              label="Invite link expiry"
              description={`${EXPIRY_DAYS.min} to ${EXPIRY_DAYS.max} days.${
                expiry ? ` Links in new invites work for ${expiry} ${expiry === 1 ? "day" : "days"}.` : ""
              }`}
              suffix={expiry === 1 ? " day" : " days"}
              min={EXPIRY_DAYS.min}
              max={EXPIRY_DAYS.max}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              readOnly={readOnly}
              variant={readOnly ? "filled" : "default"}
              styles={NARROW_INPUT}
              {...form.getInputProps("inviteExpiryDays")}
            />
            <NumberInput
              label="Resend cooldown"
              description={`${COOLDOWN_HOURS.min} to ${COOLDOWN_HOURS.max} hours.${
                cooldown ? ` Resend Invite is offered again ${hoursInWords(cooldown)} after an invite.` : ""
              }`}
              suffix={cooldown === 1 ? " hour" : " hours"}
              min={COOLDOWN_HOURS.min}
              max={COOLDOWN_HOURS.max}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              readOnly={readOnly}
              variant={readOnly ? "filled" : "default"}
              styles={NARROW_INPUT}
              {...form.getInputProps("resendCooldownHours")}
            />
          </Stack>
        </SettingsSection>

        <SettingsSection
          id="email-settings-heading"
          title="Invite email"
          description="A few words from your team at the top of every invite, above the sign-in button."
        >
          <Textarea
            label="Welcome message"
            description="Shown in the invite email. Leave it empty for none."
            placeholder={`Welcome to ${facility.name}'s customer portal: your cars, invoices and documents in one place.`}
            autosize
            minRows={4}
            maxRows={10}
            readOnly={readOnly}
            variant={readOnly ? "filled" : "default"}
            {...form.getInputProps("welcomeMessage")}
          />
          <Text size="xs" c={over ? "red" : "dimmed"} ta="right" mt={4} aria-live="polite" data-testid="welcome-count">
            {values.welcomeMessage.length} / {WELCOME_MAX}
          </Text>
        </SettingsSection>

        <SettingsSection
          id="time-zone-heading"
          title="Time zone and country"
          description="Where your facility is. Event times in the portal, the schedule and emails are written in it, and it decides when an invoice becomes overdue."
        >
          <TimeZoneSelect
            label="Facility time zone"
            description={
              values.timeZone === facility.timeZone
                ? `It is ${clockInZone(new Date(), values.timeZone)} there now.`
                : `It is ${clockInZone(new Date(), values.timeZone)} there now. Emails already sent keep the times they were written with.`
            }
            readOnly={readOnly}
            variant={readOnly ? "filled" : "default"}
            styles={{ wrapper: { maxWidth: 420 } }}
            value={values.timeZone}
            onChange={(zone) => form.setFieldValue("timeZone", zone)}
            error={form.errors.timeZone}
          />
          <CountrySelect
            label="Country"
            description="Phone numbers typed without + are read as numbers of this country, and shown in its format."
            mt="md"
            readOnly={readOnly}
            variant={readOnly ? "filled" : "default"}
            styles={{ wrapper: { maxWidth: 420 } }}
            value={values.country}
            onChange={(code) => form.setFieldValue("country", code)}
            error={form.errors.country}
          />
        </SettingsSection>

        {(error || canEdit) && (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }} offset={{ base: 0, md: 4 }}>
              <Stack gap="md">
                {error && (
                  <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                    {error}
                  </Alert>
                )}
                {canEdit && (
                  // The form is long: with changes made, the buttons stay in view at the bottom of the screen.
                  <Paper
                    withBorder={dirty}
                    shadow={dirty ? "md" : undefined}
                    radius="md"
                    p={dirty ? "sm" : 0}
                    bg={dirty ? undefined : "transparent"}
                    style={dirty ? { position: "sticky", bottom: 12, zIndex: 5 } : undefined}
                  >
                    <Group justify="space-between" gap="sm">
                      <Text size="sm" c="dimmed" aria-live="polite">
                        {dirty ? "You have unsaved changes" : ""}
                      </Text>
                      <Group gap="sm">
                        <Button variant="default" disabled={!dirty || loading} onClick={() => form.reset()}>
                          Discard changes
                        </Button>
                        <Button type="submit" loading={loading} disabled={!dirty}>
                          Save changes
                        </Button>
                      </Group>
                    </Group>
                  </Paper>
                )}
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </form>
  );
}

/** Numbers of a few digits: a field the width of the card reads as a place for text. */
const NARROW_INPUT = { wrapper: { maxWidth: 200 } };

function SettingsSkeleton() {
  return (
    <Stack gap="xl" aria-busy="true" aria-label="Loading portal settings">
      {[190, 170, 200].map((height) => (
        <Grid key={height} gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Skeleton height={22} width={160} mb="xs" />
            <Skeleton height={14} width="80%" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Skeleton height={height} radius="md" />
          </Grid.Col>
        </Grid>
      ))}
    </Stack>
  );
}
