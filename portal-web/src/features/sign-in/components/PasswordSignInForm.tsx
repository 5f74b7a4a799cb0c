import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { preloadSignedInPages } from "../../../lib/preload";
import { useSignInWithPassword } from "../api/sign-in-with-password";
import { rememberSignInMethod } from "../remembered-method";
import { validateEmail } from "../validation";

type PasswordSignInFormProps = {
  initialEmail?: string;
  onEmailChange?: (email: string) => void;
  onSignedIn: (viewer: PortalViewerFieldsFragment) => void;
  /** "Forgot your password?": the way back in is a sign-in link to the address typed so far. */
  onForgotPassword: (email: string) => void;
  autoFocus?: boolean;
};

export function PasswordSignInForm({
  initialEmail = "",
  onEmailChange,
  onSignedIn,
  onForgotPassword,
  autoFocus,
}: PasswordSignInFormProps) {
  const [signIn, { loading }] = useSignInWithPassword();
  const [failure, setFailure] = useState<string | null>(null);
  const [visible, setVisible] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(preloadSignedInPages, []);
  const form = useForm({
    initialValues: { email: initialEmail, password: "" },
    validate: {
      email: validateEmail,
      password: (value) => (value ? null : "Enter your password"),
    },
    onValuesChange: (values) => onEmailChange?.(values.email),
  });

  const submit = form.onSubmit(async ({ email, password }) => {
    setFailure(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      if (!data) return;
      rememberSignInMethod("password");
      onSignedIn(data.signInWithPassword);
    } catch (error) {
      // "Email or password is incorrect" is about both fields, so it is said once, above the button;
      // the password is cleared for the next try.
      const info = portalError(error);
      setFailure(info.message);
      if (info.code === "UNAUTHENTICATED") {
        form.setFieldValue("password", "");
        passwordRef.current?.focus();
      }
    }
  });

  // Email autofocuses for a newcomer; someone whose address the page already knows starts on the password.
  const focusPassword = autoFocus && !!initialEmail;

  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Email address"
            type="email"
            inputMode="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            placeholder="you@example.com"
            size="md"
            autoFocus={autoFocus && !focusPassword}
            {...form.getInputProps("email")}
          />
          <PasswordInput
            ref={passwordRef}
            label="Password"
            autoComplete="current-password"
            size="md"
            autoFocus={focusPassword}
            visible={visible}
            onVisibilityChange={setVisible}
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ "aria-label": visible ? "Hide password" : "Show password" }}
            {...form.getInputProps("password")}
            // Mantine's PasswordInput marks only its wrapper as invalid; screen readers read the input.
            aria-invalid={!!form.errors.password}
          />
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {failure}
            </Alert>
          )}
          <Button type="submit" size="md" fullWidth loading={loading}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Text size="sm" ta="center" c="dimmed">
        Forgot your password?{" "}
        <Anchor component="button" type="button" size="sm" onClick={() => onForgotPassword(form.values.email.trim())}>
          Email me a sign-in link
        </Anchor>
      </Text>
    </Stack>
  );
}
