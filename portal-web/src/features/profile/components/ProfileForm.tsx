import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { PreviewNote } from "../../../components/PreviewNote";
import type { PortalProfileFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { useIsPreview } from "../../../lib/viewer";
import { useUpdatePortalProfile } from "../api/update-portal-profile";
import classes from "./ProfileForm.module.css";
import { type PreferenceKey, preferenceFields } from "./preferences";

type Values = { phone: string; address: string; preferences: Record<PreferenceKey, boolean> };

function valuesOf(profile: PortalProfileFieldsFragment): Values {
  const p = profile.preferences;
  return {
    phone: profile.phoneDisplay ?? "",
    address: profile.address ?? "",
    // Listed one by one: the cached object may also carry __typename, which the input type refuses.
    preferences: {
      invoices: p.invoices,
      estimates: p.estimates,
      scheduling: p.scheduling,
      carUpdates: p.carUpdates,
      contracts: p.contracts,
      socialEvents: p.socialEvents,
      marketing: p.marketing,
    },
  };
}

type ProfileFormProps = {
  profile: PortalProfileFieldsFragment;
  facilityName: string;
  submitLabel?: string;
  /** Saving an unchanged form is allowed where saving is also "I'm done" (onboarding). */
  allowUnchanged?: boolean;
  onSaved?: (profile: PortalProfileFieldsFragment) => void;
  /** Beside the save button. */
  extraActions?: ReactNode;
};

/** Phone, address (account holders only) and the seven kinds of email. Name and email belong to the facility. */
export function ProfileForm({
  profile,
  facilityName,
  submitLabel = "Save changes",
  allowUnchanged = false,
  onSaved,
  extraActions,
}: ProfileFormProps) {
  const preview = useIsPreview();
  const [update, { loading }] = useUpdatePortalProfile();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: valuesOf(profile),
    validate: {
      phone: (value) => (value.trim().length > 40 ? "Phone numbers are at most 40 characters" : null),
      address: (value) => (value.trim().length > 500 ? "The address is at most 500 characters" : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (preview) return;
    setFailure(null);
    const { phone, address, preferences } = values;
    try {
      const { data } = await update({
        variables: {
          input: {
            phone: phone.trim() || null,
            address: profile.isContact ? undefined : address.trim() || null,
            preferences,
          },
        },
      });
      if (!data) return;
      form.resetDirty(valuesOf(data.updatePortalProfile));
      onSaved?.(data.updatePortalProfile);
    } catch (error) {
      const info = portalError(error);
      if (info.fields.phone) form.setFieldError("phone", info.fields.phone);
      if (info.fields.address) form.setFieldError("address", info.fields.address);
      if (!info.fields.phone && !info.fields.address) setFailure(info.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="contact-details">
          <Title order={2} size="h4" id="contact-details" mb="md">
            Contact details
          </Title>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <TextInput label="Name" value={profile.name} readOnly variant="filled" />
              <TextInput label="Email" value={profile.email} readOnly variant="filled" />
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt={-8}>
              Ask {facilityName} to change these.
            </Text>
            <TextInput
              label="Phone"
              type="tel"
              autoComplete="tel"
              placeholder="(555) 010-2030"
              disabled={preview}
              {...form.getInputProps("phone")}
            />
            {profile.isContact ? (
              <Text size="sm" c="dimmed">
                The account's address is kept by its account holder.
              </Text>
            ) : (
              <Textarea
                label="Address"
                autoComplete="street-address"
                autosize
                minRows={2}
                maxRows={5}
                disabled={preview}
                {...form.getInputProps("address")}
              />
            )}
          </Stack>
        </Card>

        <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="email-preferences">
          <Title order={2} size="h4" id="email-preferences">
            Email preferences
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Choose what {facilityName} emails you about. Sign-in emails always arrive.
          </Text>
          <Stack gap={0}>
            {preferenceFields.map((field, i) => (
              <div key={field.key}>
                {i > 0 && <Divider />}
                <Switch
                  label={field.label}
                  description={field.description}
                  labelPosition="left"
                  size="md"
                  disabled={preview}
                  classNames={{ root: classes.switchRoot, body: classes.switchBody, labelWrapper: classes.switchLabel }}
                  {...form.getInputProps(`preferences.${field.key}`, { type: "checkbox" })}
                />
              </div>
            ))}
          </Stack>
        </Card>

        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {failure}
          </Alert>
        )}
        {preview && <PreviewNote>Changes can't be saved from a preview.</PreviewNote>}
        <Group gap="sm">
          <Button type="submit" size="md" loading={loading} disabled={preview || (!allowUnchanged && !form.isDirty())}>
            {submitLabel}
          </Button>
          {extraActions}
        </Group>
      </Stack>
    </form>
  );
}
