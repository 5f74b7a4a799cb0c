import { Alert, Anchor, Button, Divider, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck, IconKey, IconLock, IconMessage } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { AuthLayout } from "../../../components/AuthLayout";
import { PageTitle } from "../../../components/PageTitle";
import { useApplyBrand, useBrand } from "../../../lib/brand";
import { clearSignedOutReason, type SignedOutReason } from "../../../lib/signed-out";
import { PasskeySignInButton } from "../../passkeys/PasskeySignInButton";
import { safeReturnPath, useAfterSignIn } from "../../session/after-sign-in";
import { usePortalViewer } from "../../session/api/portal-viewer";
import { usePortalBrand } from "../api/portal-brand";
import { LinkRequestFlow } from "../LinkRequestFlow";
import { rememberedSignInMethod, type SignInMethodChoice } from "../remembered-method";
import { TextRequestFlow } from "../TextRequestFlow";
import { CodeForm } from "./CodeForm";
import { DemoSignInHint } from "./DemoSignInHint";
import { PasswordSignInForm } from "./PasswordSignInForm";

/**
 * What other pages may pass along when they send someone here. `method` is set when the person
 * picked a way to sign in on this visit, which then wins over the one remembered on the device.
 */
export type SignInPageState = {
  signedOut?: boolean;
  /** The server ended the session: "ACCESS_REMOVED" when staff turned the person's access off. */
  signedOutBecause?: SignedOutReason;
  from?: string;
  email?: string;
  method?: SignInMethodChoice;
} | null;

type SignInMode = SignInMethodChoice | "code" | "text";

const PATHS: Record<SignInMethodChoice, string> = { link: "/sign-in", password: "/sign-in/password" };

const TITLES: Record<SignInMode, string> = {
  link: "Sign in",
  password: "Sign in with a password",
  code: "Sign in with a code",
  text: "Sign in by text",
};

export function SignInPage({ mode = "link" }: { mode?: SignInMode }) {
  const location = useLocation();
  const navigate = useNavigate();
  // The sign-in email's code page names its facility, so a new device is branded too; the name
  // travels with the person between the sign-in pages.
  const [params] = useSearchParams();
  const brand = useBrand();
  // Without one in the address, the facility this device last signed in to.
  const facilitySlug = params.get("facility")?.slice(0, 64) || brand?.slug || null;
  const named = usePortalBrand(facilitySlug);
  useApplyBrand(named.data?.portalBrand && { ...named.data.portalBrand, slug: facilitySlug });
  const search = facilitySlug ? `?facility=${encodeURIComponent(facilitySlug)}` : "";
  const state = (location.state ?? null) as SignInPageState;
  const returnTo = safeReturnPath(state?.from);
  const [email, setEmail] = useState(state?.email ?? "");
  const [sent, setSent] = useState(false);
  // Filling in the demo address starts the form again with it.
  const [formKey, setFormKey] = useState(0);
  const signedIn = useAfterSignIn(returnTo);
  const openOnPassword = mode === "link" && !state?.method && rememberedSignInMethod() === "password";
  // The reason travels in this page's state from here on.
  useEffect(clearSignedOutReason, []);

  // Someone already signed in has nothing to do here. Asked of the server, not the cache, and
  // skipped right after signing out, when the answer is known.
  const viewer = usePortalViewer({ fetchPolicy: "network-only", skip: !!state?.signedOut || openOnPassword });
  // Texts need the facility (its country reads the number) and a server that can send them.
  const canText = !!facilitySlug && named.data?.portalBrand?.textSignIn === true;
  const textUnavailable = mode === "text" && (!facilitySlug || (!named.loading && !canText));
  if (openOnPassword) return <Navigate to={`${PATHS.password}${search}`} replace state={state} />;
  if (textUnavailable) return <Navigate to={`${PATHS.link}${search}`} replace state={state} />;
  if (viewer.data?.portalViewer) return <Navigate to={returnTo} replace />;

  const facility = brand?.name ?? "your facility";
  const switchTo = (method: SignInMethodChoice, address = email) => {
    const next: SignInPageState = { email: address, from: state?.from, method };
    navigate(`${PATHS[method]}${search}`, { replace: true, state: next });
  };

  let intro: string;
  if (mode === "code")
    intro = `Enter the email address ${facility} has for you and the 8‑digit code from your sign-in email.`;
  else if (mode === "password") intro = `Enter the email address ${facility} has for you and your password.`;
  else if (mode === "text")
    intro = `Enter the mobile number ${facility} has for you and we'll text you a link and a code to sign in.`;
  else
    intro = `Enter the email address ${facility} has for you and we'll email you a link to sign in. No password needed.`;

  return (
    <AuthLayout brand={brand}>
      <PageTitle>{TITLES[mode]}</PageTitle>
      <Stack gap="lg">
        {state?.signedOutBecause === "ACCESS_REMOVED" && !sent && (
          <Alert variant="light" color="orange" icon={<IconLock size={20} />} role="status">
            {brand?.name ?? "Your facility"} has turned off your access to this portal. Ask them if you need it back.
          </Alert>
        )}
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
          {!sent && <Text c="dimmed">{intro}</Text>}
        </Stack>

        {mode !== "code" && mode !== "text" && !sent && (
          <SegmentedControl
            aria-label="How to sign in"
            fullWidth
            value={mode}
            onChange={(value) => switchTo(value as SignInMethodChoice)}
            data={[
              { value: "link", label: "Email me a link" },
              { value: "password", label: "Use a password" },
            ]}
          />
        )}

        {mode === "code" && (
          <>
            <CodeForm initialEmail={email} onSignedIn={signedIn} />
            <Text size="sm" ta="center">
              <Anchor component={Link} to={`/sign-in${search}`} state={{ email, from: state?.from, method: "link" }}>
                Email me a sign-in link instead
              </Anchor>
            </Text>
          </>
        )}

        {mode === "text" && facilitySlug && canText && (
          <>
            <TextRequestFlow facility={facilitySlug} onSentChange={setSent} onSignedIn={signedIn} autoFocus />
            <Text size="sm" ta="center">
              <Anchor
                component={Link}
                to={`/sign-in${search}`}
                replace
                state={{ email, from: state?.from, method: "link" }}
              >
                Email me a sign-in link instead
              </Anchor>
            </Text>
          </>
        )}

        {mode === "password" && (
          <PasswordSignInForm
            initialEmail={email}
            onEmailChange={setEmail}
            onSignedIn={signedIn}
            onForgotPassword={(address) => switchTo("link", address)}
            autoFocus
          />
        )}
        {mode === "password" && (
          <>
            <Divider label="or" labelPosition="center" />
            <PasskeySignInButton onSignedIn={signedIn} />
          </>
        )}

        {mode === "link" && (
          <>
            <LinkRequestFlow
              key={formKey}
              initialEmail={email}
              onEmailChange={setEmail}
              onSentChange={setSent}
              onSignedIn={signedIn}
              autoFocus
            />
            {!sent && (
              <>
                <Divider label="or" labelPosition="center" />
                {canText && (
                  <Button
                    variant="default"
                    size="md"
                    fullWidth
                    leftSection={<IconMessage size={18} />}
                    onClick={() => navigate(`/sign-in/text${search}`, { state: { email, from: state?.from } })}
                  >
                    Text me a link
                  </Button>
                )}
                <Button
                  variant="default"
                  size="md"
                  fullWidth
                  leftSection={<IconKey size={18} />}
                  onClick={() => navigate(`/sign-in/code${search}`, { state: { email, from: state?.from } })}
                >
                  I have a code
                </Button>
                <PasskeySignInButton onSignedIn={signedIn} />
              </>
            )}
            <DemoSignInHint
              onUse={
                sent
                  ? undefined
                  : (address) => {
                      setEmail(address);
                      setFormKey((k) => k + 1);
                    }
              }
            />
          </>
        )}
      </Stack>
    </AuthLayout>
  );
}

export function SignInWithCodePage() {
  return <SignInPage mode="code" />;
}

export function SignInByTextPage() {
  return <SignInPage mode="text" />;
}

export function SignInWithPasswordPage() {
  return <SignInPage mode="password" />;
}
