import { Alert, Button, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconCircleCheckFilled } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { preloadSignedInPages } from "../../../lib/preload";
import { rememberSignInMethod } from "../../sign-in/remembered-method";
import { MIN_PASSWORD_LENGTH, validateNewPassword } from "../../sign-in/validation";
import { useRedeemSignInLink } from "../api/redeem-sign-in-link";
import classes from "./ChoosePasswordCard.module.css";
import { type DeadLinkState, isDeadLinkState } from "./ContinueCard";

type ChoosePasswordCardProps = {
  token: string;
  facilityName: string;
  firstName: string | null;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
  onLinkDead: (state: DeadLinkState) => void;
};

/** Counts characters rather than scoring strength: length is what makes a passphrase strong, and only the server knows which passwords are common. */
function LengthHint({ length }: { length: number }) {
  if (length === 0) return <>Use {MIN_PASSWORD_LENGTH} or more characters; a short phrase works well.</>;
  if (length < MIN_PASSWORD_LENGTH) {
    return (
      <>
        {length} of {MIN_PASSWORD_LENGTH} characters; a short phrase works well.
      </>
    );
  }
  return (
    <span className={classes.enough}>
      <IconCircleCheckFilled size={14} aria-hidden className={classes.enoughIcon} />
      {length} characters. Long enough.
    </span>
  );
}

/**
 * The invite link of a facility that signs in with passwords: the person picks one, and the same
 * request uses the link, so there is never an account without a password or a half-used link.
 */
export function ChoosePasswordCard({
  token,
  facilityName,
  firstName,
  onSignedIn,
  onLinkDead,
}: ChoosePasswordCardProps) {
  const [redeem, { loading }] = useRedeemSignInLink();
  const [failure, setFailure] = useState<string | null>(null);
  const [visible, setVisible] = useState(false);
  useEffect(preloadSignedInPages, []);
  const form = useForm({
    initialValues: { password: "", confirm: "" },
    validate: {
      password: validateNewPassword,
      confirm: (value, values) => {
        if (!values.password || validateNewPassword(values.password)) return null;
        if (!value) return "Type the password again";
        return value === values.password ? null : "The passwords don't match";
      },
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setFailure(null);
    try {
      const { data } = await redeem({ variables: { token, password } });
      if (!data) return;
      rememberSignInMethod("password");
      onSignedIn(data.redeemSignInLink);
    } catch (error) {
      const info = portalError(error);
      const linkState = info.extensions.linkState;
      const fieldError = info.fields.password;
      if (isDeadLinkState(linkState)) onLinkDead(linkState);
      else if (fieldError) form.setFieldError("password", fieldError);
      else setFailure(info.message);
    }
  });

  const length = form.values.password.length;

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Welcome to {facilityName}
      </Title>
      <Stack gap={6}>
        <Text size="lg" fw={500}>
          Hi {firstName ?? "there"},
        </Text>
        <Text c="dimmed">
          Choose a password to finish setting up your account. Next time, you'll sign in with your email address and
          this password.
        </Text>
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PasswordInput
            label="Choose a password"
            // The hint sits where an error appears, so neither pushes the field around when it changes.
            description={form.errors.password ? undefined : <LengthHint length={length} />}
            inputWrapperOrder={["label", "input", "description", "error"]}
            autoComplete="new-password"
            size="md"
            autoFocus
            visible={visible}
            onVisibilityChange={setVisible}
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ "aria-label": visible ? "Hide password" : "Show password" }}
            {...form.getInputProps("password")}
            // Mantine's PasswordInput marks only its wrapper as invalid; screen readers read the input.
            aria-invalid={!!form.errors.password}
          />
          <PasswordInput
            label="Confirm password"
            autoComplete="new-password"
            size="md"
            visible={visible}
            // One toggle, on the first field, shows or hides both.
            rightSection={<span />}
            {...form.getInputProps("confirm")}
            aria-invalid={!!form.errors.confirm}
          />
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {failure}
            </Alert>
          )}
          <Button type="submit" size="md" fullWidth loading={loading} mt="xs">
            Set password and continue
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
