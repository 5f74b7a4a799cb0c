import {
  Alert,
  Anchor,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { IconAlertCircle, IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { Logo } from "../../../components/Logo";
import { looksLikeEmail } from "../../../lib/forms";
import { safeNextPath } from "../../../lib/safe-redirect";
import { PasskeySignInButton } from "../../passkeys/PasskeySignInButton";
import { useDemoCredentials } from "../api/demo-credentials";
import { useSignUpOpen } from "../api/sign-up-open";
import { useStaffSignIn } from "../api/staff-sign-in";
import { useStaffViewer } from "../api/staff-viewer";

function signInErrorMessage(error: unknown): string {
  const info = errorInfo(error);
  if (info.code === "UNAUTHENTICATED") return "Email or password is incorrect";
  return info.message;
}

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const navigate = useNavigate();
  const viewer = useStaffViewer();
  const demo = useDemoCredentials();
  const signUpOpen = useSignUpOpen().data?.signUpOpen === true;
  const [signIn, { loading }] = useStaffSignIn();
  const [error, setError] = useState<string | null>(null);
  // Two fields do not need a form library; keeping one out of this page keeps the first load small.
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});

  if (viewer.data?.staffViewer) return <Navigate to={next} replace />;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const errors = {
      email: !email.trim() ? "Enter your email" : looksLikeEmail(email) ? undefined : "Enter a valid email address",
      password: password ? undefined : "Enter your password",
    };
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    setError(null);
    try {
      await signIn({ variables: { email: email.trim(), password } });
      navigate(next, { replace: true });
    } catch (e) {
      setError(signInErrorMessage(e));
      setPassword("");
    }
  };

  const credentials = demo.data?.demoCredentials;

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="lg">
        <Center>
          <Logo size="lg" />
        </Center>
        <Paper withBorder shadow="sm" radius="lg" p={{ base: "lg", sm: "xl" }}>
          <Stack gap={4} mb="lg">
            <Title order={1} fz="h2">
              Sign in
            </Title>
            <Text c="dimmed" size="sm">
              to your facility's staff dashboard
            </Text>
          </Stack>
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
                error={fieldErrors.email}
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fieldErrors.password}
              />
              {error && (
                <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert" py="xs">
                  {error}
                </Alert>
              )}
              <Button type="submit" fullWidth size="md" loading={loading} mt={4}>
                Sign in
              </Button>
              <Text size="sm" ta="center">
                <Anchor component={Link} to="/forgot-password" fw={600}>
                  Forgot password?
                </Anchor>
              </Text>
            </Stack>
          </form>
          <Stack gap="sm" mt="md">
            <Divider label="or" labelPosition="center" />
            <PasskeySignInButton onSignedIn={() => navigate(next, { replace: true })} />
          </Stack>
        </Paper>
        {signUpOpen && (
          <Text size="sm" ta="center">
            New to Portico?{" "}
            <Anchor component={Link} to="/sign-up" fw={600}>
              Create your facility
            </Anchor>
          </Text>
        )}
        {credentials && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} radius="md">
            <Text size="sm">
              Demo: <span style={{ whiteSpace: "nowrap" }}>{credentials.email}</span> /{" "}
              <span style={{ whiteSpace: "nowrap" }}>{credentials.password}</span>{" "}
              <Anchor
                component="button"
                type="button"
                size="sm"
                fw={600}
                onClick={() => {
                  setEmail(credentials.email);
                  setPassword(credentials.password);
                  setFieldErrors({});
                }}
              >
                Fill in
              </Anchor>
            </Text>
          </Alert>
        )}
      </Stack>
    </Center>
  );
}
