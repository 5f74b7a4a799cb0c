import { Badge, Button, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { deviceName, whereFrom } from "@portico/web-core/sessions";
import { dateTime, relativeTime } from "@portico/web-core/time";
import { IconDeviceDesktop, IconDeviceMobile } from "@tabler/icons-react";
import { useState } from "react";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useNow } from "../../../lib/use-now";
import { useEndOtherStaffSessions } from "../api/end-other-staff-sessions";
import { useEndStaffSession } from "../api/end-staff-session";
import { useStaffSessions } from "../api/staff-sessions";

const MOBILE = new Set(["iOS", "Android"]);

/** "Your account" → Sessions: where the staff member is signed in, each one endable. */
export function SessionsSection() {
  const { data, error, refetch } = useStaffSessions();
  const [endOne] = useEndStaffSession();
  const [ending, setEnding] = useState<string | null>(null);
  const [endOthers, endingOthers] = useEndOtherStaffSessions();
  const now = useNow();
  const sessions = data?.staffSessions;
  const others = sessions?.filter((s) => !s.current).length ?? 0;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: "green", message: done });
    } catch (e) {
      notifications.show({ color: "red", message: errorInfo(e).message });
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="sessions-heading">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="sm">
        <Title order={2} fz="h4" id="sessions-heading">
          Where you're signed in
        </Title>
        {others > 0 && (
          <Button
            variant="light"
            color="red"
            size="xs"
            loading={endingOthers.loading}
            onClick={() => void run(() => endOthers(), "Signed out of all other sessions")}
          >
            Sign out of all other sessions
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        Sign out of a browser you no longer use, or don't recognise: it is signed out on its next click.
      </Text>
      {error && !sessions ? (
        <QueryErrorAlert title="Could not load your sessions" error={error} onRetry={refetch} />
      ) : !sessions ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading sessions">
          <Skeleton height={44} radius="md" />
          <Skeleton height={44} radius="md" />
        </Stack>
      ) : (
        <Stack gap="md" component="ul" aria-label="Sessions" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {sessions.map((session) => {
            const from = whereFrom(session);
            const active = new Date(session.lastActiveAt);
            return (
              <Group
                key={session.id}
                component="li"
                gap="sm"
                wrap="nowrap"
                align="flex-start"
                data-session={session.id}
              >
                <ThemeIcon
                  variant="light"
                  color={session.current ? "portico" : "gray"}
                  size={36}
                  radius="xl"
                  aria-hidden
                >
                  {MOBILE.has(session.system) ? <IconDeviceMobile size={18} /> : <IconDeviceDesktop size={18} />}
                </ThemeIcon>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>
                      {deviceName(session)}
                    </Text>
                    {session.current && (
                      <Badge size="sm" variant="light" color="green">
                        This device
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {[from, session.current ? "Active now" : `Last active ${relativeTime(active, now)}`]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Signed in {dateTime(new Date(session.signedInAt))}
                  </Text>
                </Stack>
                {!session.current && (
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={`Sign out ${deviceName(session)}`}
                    loading={ending === session.id}
                    onClick={() => {
                      setEnding(session.id);
                      void run(
                        () => endOne({ variables: { sessionId: session.id } }),
                        `Signed out ${deviceName(session)}`,
                      ).finally(() => setEnding(null));
                    }}
                  >
                    Sign out
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
