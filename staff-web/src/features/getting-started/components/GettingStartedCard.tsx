import {
  Anchor,
  Button,
  CloseButton,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { IconCircleCheckFilled, IconCircleDashed } from "@tabler/icons-react";
import { Link } from "react-router";
import { useDismissGettingStarted } from "../api/dismiss-getting-started";
import { useGettingStarted } from "../api/getting-started";

type Step = { key: string; done: boolean; label: string; hint: string; to: string; action: string };

/**
 * The first steps of a new facility, for admins, each ticked by the server from what the facility
 * has done. It goes once every step is done, or when an admin puts it away (for the whole team).
 */
export function GettingStartedCard({ isAdmin }: { isAdmin: boolean }) {
  const { data } = useGettingStarted(!isAdmin);
  const [dismiss, { loading }] = useDismissGettingStarted();
  const state = data?.gettingStarted;
  if (!isAdmin || !state || state.dismissed) return null;
  const steps: Step[] = [
    {
      key: "import",
      done: state.importedCustomers,
      label: "Bring in your customers",
      hint: "Import them from a spreadsheet (CSV), or add them one by one.",
      to: "/contacts/import",
      action: "Import customers",
    },
    {
      key: "portal",
      done: state.reviewedPortalSettings,
      label: "Review your portal settings",
      hint: "How customers sign in, how long invite links work, what the portal shows.",
      to: "/settings/portal",
      action: "Open Settings → Portal",
    },
    {
      key: "invite",
      done: state.invitedFirstCustomer,
      label: "Invite your first customer",
      hint: "Pick a customer below and send their invite to the portal.",
      to: "/contacts",
      action: "Choose a customer",
    },
  ];
  const done = steps.filter((s) => s.done).length;
  if (done === steps.length) return null;

  const putAway = async () => {
    try {
      await dismiss();
    } catch (e) {
      notifications.show({ color: "red", message: errorInfo(e).message });
    }
  };

  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p={{ base: "md", sm: "lg" }}
      aria-labelledby="getting-started-title"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} fz="h4" id="getting-started-title">
              Getting started
            </Title>
            <Text size="sm" c="dimmed">
              {done} of {steps.length} done. Three steps to bring your customers into the portal.
            </Text>
          </Stack>
          <CloseButton aria-label="Dismiss getting started" onClick={putAway} disabled={loading} />
        </Group>
        <Progress value={(done / steps.length) * 100} size="sm" aria-hidden />
        <List spacing="md" center={false} listStyleType="none" data-testid="getting-started-steps">
          {steps.map((step) => (
            <List.Item
              key={step.key}
              styles={{ itemWrapper: { width: "100%" }, itemLabel: { flex: 1 } }}
              data-step={step.key}
              data-done={step.done ? "true" : "false"}
              icon={
                <ThemeIcon color={step.done ? "teal" : "gray"} variant="transparent" size={24}>
                  {step.done ? <IconCircleCheckFilled size={22} /> : <IconCircleDashed size={22} />}
                </ThemeIcon>
              }
            >
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={0} style={{ flex: "1 1 240px" }}>
                  <Text
                    fw={600}
                    size="sm"
                    td={step.done ? "line-through" : undefined}
                    c={step.done ? "dimmed" : undefined}
                  >
                    {step.label}
                    {step.done && <VisuallyHidden> (done)</VisuallyHidden>}
                  </Text>
                  {!step.done && (
                    <Text size="sm" c="dimmed">
                      {step.hint}
                    </Text>
                  )}
                </Stack>
                {!step.done && (
                  <Button component={Link} to={step.to} size="xs" variant="light">
                    {step.action}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
        <Anchor component="button" type="button" size="xs" c="dimmed" ta="left" onClick={putAway}>
          I know my way around — hide this
        </Anchor>
      </Stack>
    </Paper>
  );
}
