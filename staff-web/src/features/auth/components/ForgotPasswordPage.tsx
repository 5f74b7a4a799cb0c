import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconMailCheck } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import { INVALID_EMAIL, looksLikeEmail } from "../../../lib/forms";
import { useRequestStaffPasswordReset } from "../api/request-staff-password-reset";
import { AuthCard } from "./AuthCard";

/** "Forgot password?": the same answer whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [request, { loading }] = useRequestStaffPasswordReset();
  const [email, setEmail] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = !email.trim() ? "Enter your email" : looksLikeEmail(email) ? undefined : INVALID_EMAIL;
    setFieldError(problem);
    if (problem) return;
    setError(null);
    try {
      await request({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };

  if (sentTo) {
    return (
      <AuthCard title="Check your email">
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconMailCheck size={18} />}>
            If {sentTo} belongs to an active account, a link to reset its password is on its way. It works once, for 30
            minutes.
          </Alert>
          <Anchor component={Link} to="/sign-in" size="sm" fw={600}>
            Back to sign in
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Forgot your password?" subtitle="We'll email you a link to choose a new one.">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            placeholder="you@facility.com"
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError}
          />
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" py="xs">
              {error}
            </Alert>
          )}
          <Button type="submit" fullWidth size="md" loading={loading}>
            Email me a reset link
          </Button>
          <Text size="sm" ta="center">
            <Anchor component={Link} to="/sign-in" fw={600}>
              Back to sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
