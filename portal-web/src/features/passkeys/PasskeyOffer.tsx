import { Alert, Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { IconFingerprint } from "@tabler/icons-react";
import { useState } from "react";
import { portalError } from "../../lib/errors";
import { useAddPortalPasskey } from "./api/add-portal-passkey";
import { usePortalPasskeys } from "./api/portal-passkeys";
import { offerMemory } from "./offer-memory";

/**
 * "Sign in faster next time": offered to a signed-in person with no passkey, in a browser that can
 * make one, until they add one or put the offer away on this device.
 */
export function PasskeyOffer({ preview = false }: { preview?: boolean }) {
  const [hidden, setHidden] = useState(() => preview || offerMemory.dismissed() || !browserSupportsWebAuthn());
  const passkeys = usePortalPasskeys({ skip: hidden });
  const { add, busy } = useAddPortalPasskey();
  if (hidden || !passkeys.data || passkeys.data.portalPasskeys.length > 0) return null;
  const notNow = () => {
    offerMemory.dismiss();
    setHidden(true);
  };
  const onAdd = async () => {
    try {
      if (await add()) {
        notifications.show({ color: "teal", title: "Passkey added", message: "Next time, sign in with your passkey." });
        setHidden(true);
      }
    } catch (error) {
      notifications.show({ color: "red", title: "The passkey was not added", message: portalError(error).message });
    }
  };
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconFingerprint size={20} />}
      title="Sign in faster next time: add a passkey"
      withCloseButton
      closeButtonLabel="Not now"
      onClose={notNow}
    >
      <Text size="sm">
        Use your fingerprint, face or screen lock instead of waiting for an email. You can remove it any time from your
        profile.
      </Text>
      <Group gap="sm" mt="sm">
        <Button size="sm" onClick={onAdd} loading={busy}>
          Add a passkey
        </Button>
        <Button size="sm" variant="subtle" onClick={notNow}>
          Not now
        </Button>
      </Group>
    </Alert>
  );
}
