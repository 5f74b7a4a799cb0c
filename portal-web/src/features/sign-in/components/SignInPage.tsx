import { Alert, Anchor, Button, Divider, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconKey } from "@tabler/icons-react";
import { useState } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { useBrand } from "../../../app/brand";
import { AuthLayout } from "../../../components/AuthLayout";
import { PageTitle } from "../../../components/PageTitle";
import { usePortalViewer } from "../../session/api/portal-viewer";
import { CodeForm } from "./CodeForm";
import { LinkRequestFlow } from "./LinkRequestFlow";

/** What other pages may pass along when they send someone here. */
export type SignInPageState = { signedOut?: boolean; from?: string; email?: string } | null;

/** Only paths inside the portal, so a crafted link cannot send someone elsewhere after signing in. */
function safeReturnPath(from: string | undefined): string {
  return from?.startsWith("/") && !from.startsWith("//") ? from : "/";
}

type SignInPageProps = { mode?: "link" | "code" };

export function SignInPage({ mode = "link" }: SignInPageProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const brand = useBrand();
  const state = (location.state ?? null) as SignInPageState;
  const returnTo = safeReturnPath(state?.from);
  const [email, setEmail] = useState(state?.email ?? "");
  const [sent, setSent] = useState(false);

  // Someone already signed in has nothing to do here. Asked of the server, not the cache, and
  // skipped right after signing out, when the answer is known.
  const viewer = usePortalViewer({ fetchPolicy: "network-only", skip: !!state?.signedOut });
  if (viewer.data?.portalViewer) return <Navigate to={returnTo} replace />;

  const signedIn = () => navigate(returnTo, { replace: true });
  const facility = brand?.name;

  return (
    <AuthLayout brand={brand}>
      <PageTitle>{mode === "code" ? "Sign in with a code" : "Sign in"}</PageTitle>
      <Stack gap="lg">
        {state?.signedOut && !sent && (
          <Alert
            variant="light"
            color="teal"
            icon={<IconCircleCheck size={20} />}
            title="You're signed out"
            role="status"
          >
            See you next time. You can sign in again below whenever you like.
          </Alert>
        )}
        <Stack gap={6}>
          <Title order={1} size="h2">
            {mode === "code" ? "Sign in with a code" : "Sign in to your portal"}
          </Title>
          {!sent && (
            <Text c="dimmed">
              {mode === "code"
                ? "Enter your email address and the 8-digit code from your sign-in email."
                : `Enter the email address ${facility ?? "your facility"} has for you and we'll email you a link to sign in. No password needed.`}
            </Text>
          )}
        </Stack>

        {mode === "code" ? (
          <>
            <CodeForm initialEmail={email} onSignedIn={signedIn} />
            <Text size="sm" ta="center">
              <Anchor component={Link} to="/sign-in" state={{ email, from: state?.from }}>
                Email me a sign-in link instead
              </Anchor>
            </Text>
          </>
        ) : (
          <>
            <LinkRequestFlow
              initialEmail={email}
              onEmailChange={setEmail}
              onSentChange={setSent}
              onSignedIn={signedIn}
              autoFocus
            />
            {!sent && (
              <>
                <Divider label="or" labelPosition="center" />
                <Button
                  variant="default"
                  size="md"
                  fullWidth
                  leftSection={<IconKey size={18} />}
                  onClick={() => navigate("/sign-in/code", { state: { email, from: state?.from } })}
                >
                  I have a code
                </Button>
              </>
            )}
          </>
        )}
      </Stack>
    </AuthLayout>
  );
}

export function SignInWithCodePage() {
  return <SignInPage mode="code" />;
}
