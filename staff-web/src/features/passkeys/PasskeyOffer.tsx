import { Alert, Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { IconFingerprint } from "@tabler/icons-react";
import { useState } from "react";
import { useAddStaffPasskey } from "./api/add-staff-passkey";
import { useStaffPasskeys } from "./api/staff-passkeys";
import { offerMemory } from "./offer-memory";

/**
 * "Sign in faster next time": offered to a signed-in person with no passkey, in a browser that can
 * make one, until they add one or put the offer away on this device.
 */
export function PasskeyOffer() {
  const [hidden, setHidden] = useState(() => offerMemory.dismissed() || !browserSupportsWebAuthn());
  const passkeys = useStaffPasskeys({ skip: hidden });
  const { add, busy } = useAddStaffPasskey();
  if (hidden || !passkeys.data || passkeys.data.staffPasskeys.length > 0) return null;
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
      notifications.show({ color: "red", title: "The passkey was not added", message: errorInfo(error).message });
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
        Use your fingerprint, face or screen lock instead of typing your password. You can remove it any time from Your
        account.
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
