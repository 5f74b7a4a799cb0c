import { Group, Radio, Stack, Text } from "@mantine/core";
import { IconKey, IconMailBolt } from "@tabler/icons-react";
import type { SignInMethod } from "../../../gql/graphql";
import type { PortalSettingsFormApi } from "./portal-settings-form";
import { SettingsSection } from "./SettingsSection";

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

/** How customers and their contacts get into the portal. */
export function SignInMethodSettings({
  form,
  readOnly,
  savedMethod,
}: {
  form: PortalSettingsFormApi;
  readOnly: boolean;
  savedMethod: SignInMethod;
}) {
  const { signInMethod } = form.values;

  return (
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
            const locked = readOnly && signInMethod !== m.value;
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
      {signInMethod !== savedMethod && (
        <Text size="xs" c="dimmed" mt="sm">
          People who already signed in keep their way in; new invites use the new method.
        </Text>
      )}
    </SettingsSection>
  );
}
