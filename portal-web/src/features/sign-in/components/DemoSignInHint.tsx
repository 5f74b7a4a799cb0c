import { Alert, Anchor, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { usePortalDemoSignIn } from "../api/portal-demo-sign-in";

/**
 * On a demo deployment: whose portal to try, and where the sign-in email lands, since the demo
 * sends email to its local mailbox. `onUse` fills the address in when the form is showing.
 */
export function DemoSignInHint({ onUse }: { onUse?: (email: string) => void }) {
  const { data } = usePortalDemoSignIn();
  const demo = data?.portalDemoSignIn;
  if (!demo) return null;
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} radius="md" aria-label="Demo sign-in">
      <Text size="sm">
        Demo: sign in as <span style={{ whiteSpace: "nowrap", fontWeight: 600 }}>{demo.email}</span>
        {onUse && (
          <>
            {" "}
            <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onUse(demo.email)}>
              Fill in
            </Anchor>
          </>
        )}
        . The link arrives in the demo mailbox at{" "}
        <Anchor href={demo.mailboxPath} target="_blank" rel="noopener" fw={600}>
          {demo.mailboxPath}
        </Anchor>
        .
      </Text>
    </Alert>
  );
}
