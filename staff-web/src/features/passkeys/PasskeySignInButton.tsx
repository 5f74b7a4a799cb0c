import { Button, Text } from "@mantine/core";
import { errorInfo } from "@portico/web-core/errors";
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { IconFingerprint } from "@tabler/icons-react";
import { useState } from "react";
import { useStaffSignInWithPasskey } from "./api/staff-sign-in-with-passkey";

/** "Sign in with a passkey" on the staff sign-in page: no email or password typed. */
export function PasskeySignInButton({ onSignedIn }: { onSignedIn: () => void }) {
  const signIn = useStaffSignInWithPasskey();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!browserSupportsWebAuthn()) return null;
  const onClick = async () => {
    setBusy(true);
    setError(null);
    try {
      if (await signIn()) onSignedIn();
    } catch (e) {
      setError(errorInfo(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        variant="default"
        fullWidth
        size="md"
        leftSection={<IconFingerprint size={18} />}
        onClick={onClick}
        loading={busy}
      >
        Sign in with a passkey
      </Button>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
