import { Button, Text } from "@mantine/core";
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { IconFingerprint } from "@tabler/icons-react";
import { useState } from "react";
import type { PortalViewerFieldsFragment } from "../../gql/graphql";
import { portalError } from "../../lib/errors";
import { useSignInWithPasskey } from "./api/sign-in-with-passkey";

/** "Sign in with a passkey" on the sign-in page: the browser offers the person's passkeys, no email typed. */
export function PasskeySignInButton({ onSignedIn }: { onSignedIn: (viewer: PortalViewerFieldsFragment) => void }) {
  const signIn = useSignInWithPasskey();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!browserSupportsWebAuthn()) return null;
  const onClick = async () => {
    setBusy(true);
    setError(null);
    try {
      const viewer = await signIn();
      if (viewer) onSignedIn(viewer);
    } catch (e) {
      setError(portalError(e).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        variant="default"
        size="md"
        fullWidth
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
