import { Alert, Anchor, Button, Loader, PasswordInput, Stack, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useAcceptStaffInvite } from "../api/accept-staff-invite";
import { useResetStaffPassword } from "../api/reset-staff-password";
import { useStaffLink } from "../api/staff-link";
import { AuthCard } from "./AuthCard";

const ENDED: Record<string, string> = {
  USED: "This link has already been used.",
  REPLACED: "A newer link replaced this one, or the account was deactivated.",
  EXPIRED: "This link has expired.",
};

/** Client-side check only to save a round trip; the server's rules decide. */
export function localPasswordProblem(password: string, confirm: string): string | null {
  if (password.length < 8) return "Use at least 8 characters";
  if (password !== confirm) return "The two passwords are different";
  return null;
}

/**
 * The page an invite or reset link opens. Opening it changes nothing (email scanners open links);
 * the form's POST uses the link.
 */
export function ChoosePasswordPage({ token, purpose }: { token: string; purpose: "INVITE" | "PASSWORD_RESET" }) {
  const link = useStaffLink(token);
  const navigate = useNavigate();
  const [accept, acceptState] = useAcceptStaffInvite();
  const [reset, resetState] = useResetStaffPassword();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const invite = purpose === "INVITE";
  const info = link.data?.staffLink;

  if (link.loading) {
    return (
      <AuthCard title={invite ? "Join your team" : "Reset your password"}>
        <Loader size="sm" />
      </AuthCard>
    );
  }
  if (!info || info.purpose !== purpose || info.state !== "VALID") {
    return (
      <AuthCard title="This link no longer works">
        <Stack gap="md">
          <Text size="sm">
            {(info && ENDED[info.state]) ?? "This link is not valid."}{" "}
            {invite ? "Ask an admin of your team to send a new invite." : "You can ask for a new one."}
          </Text>
          <Anchor component={Link} to={invite ? "/sign-in" : "/forgot-password"} size="sm" fw={600}>
            {invite ? "Go to sign in" : "Email me a new reset link"}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }
  if (done) {
    return (
      <AuthCard title="Password changed">
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />}>
            Your new password is set, and every device that was signed in has been signed out.
          </Alert>
          <Button component={Link} to="/sign-in" fullWidth>
            Sign in
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = localPasswordProblem(password, confirm);
    setFieldError(problem);
    if (problem) return;
    setError(null);
    try {
      if (invite) {
        await accept({ token, password });
        navigate("/", { replace: true });
      } else {
        await reset({ variables: { token, password } });
        setDone(true);
      }
    } catch (e) {
      const failure = errorInfo(e);
      if (failure.fields.password) setFieldError(failure.fields.password);
      else setError(failure.message);
    }
  };

  return (
    <AuthCard
      title={invite ? `Join ${info.facilityName}` : "Choose a new password"}
      subtitle={invite ? `Welcome, ${info.name}. Choose a password to sign in as ${info.email}.` : `For ${info.email}`}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <input type="email" autoComplete="username" value={info.email} readOnly hidden />
          <PasswordInput
            label="New password"
            description="At least 8 characters; a few unrelated words work well."
            autoComplete="new-password"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError}
          />
          <PasswordInput
            label="Repeat the password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" py="xs">
              {error}
            </Alert>
          )}
          <Button type="submit" fullWidth size="md" loading={acceptState.loading || resetState.loading}>
            {invite ? "Set password and sign in" : "Set new password"}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
