import { Badge, Button, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { deviceName, whereFrom } from "@portico/web-core/sessions";
import { relativeTime } from "@portico/web-core/time";
import { IconDeviceDesktop, IconDeviceMobile } from "@tabler/icons-react";
import { useState } from "react";
import { QueryFailure } from "../../../components/QueryFailure";
import { portalError } from "../../../lib/errors";
import { formatMoment } from "../../../lib/format";
import { useIsPreview } from "../../../lib/viewer";
import { useEndOtherPortalSessions } from "../api/end-other-portal-sessions";
import { useEndPortalSession } from "../api/end-portal-session";
import { usePortalSessions } from "../api/portal-sessions";

const MOBILE = new Set(["iOS", "Android"]);

/** Profile → "Where you're signed in": each browser, with sign out for one or all the others. */
export function SessionsCard() {
  const preview = useIsPreview();
  const { data, error, refetch } = usePortalSessions();
  const [endOne] = useEndPortalSession();
  const [endOthers, endingOthers] = useEndOtherPortalSessions();
  const [ending, setEnding] = useState<string | null>(null);
  const sessions = data?.portalSessions;
  const others = sessions?.filter((s) => !s.current).length ?? 0;
  const now = new Date();

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: "teal", message: done });
    } catch (e) {
      notifications.show({ color: "red", message: portalError(e).message });
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="sessions-heading">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="sm">
        <Title order={2} size="h4" id="sessions-heading">
          Where you're signed in
        </Title>
        {others > 0 && !preview && (
          <Button
            variant="light"
            color="red"
            size="xs"
            loading={endingOthers.loading}
            onClick={() => void run(() => endOthers(), "Signed out everywhere else")}
          >
            Sign out of all other sessions
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        Don't recognise one? Sign it out: that browser is signed out the next time it is used.
      </Text>
      {error && !sessions ? (
        <QueryFailure error={error} onRetry={() => refetch()} />
      ) : !sessions ? (
        <Stack gap="sm" role="status" aria-label="Loading your sessions">
          <Skeleton height={44} radius="md" />
        </Stack>
      ) : sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          A preview has no sessions of its own.
        </Text>
      ) : (
        <Stack gap="md" component="ul" aria-label="Sessions" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {sessions.map((session) => (
            <Group key={session.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" color={session.current ? undefined : "gray"} size={36} radius="xl" aria-hidden>
                {MOBILE.has(session.system) ? <IconDeviceMobile size={18} /> : <IconDeviceDesktop size={18} />}
              </ThemeIcon>
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {deviceName(session)}
                  </Text>
                  {session.current && (
                    <Badge size="sm" variant="light" color="teal">
                      This device
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {[
                    whereFrom(session),
                    session.current ? "Active now" : `Last active ${relativeTime(new Date(session.lastActiveAt), now)}`,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
                <Text size="xs" c="dimmed">
                  Signed in {formatMoment(session.signedInAt)}
                </Text>
              </Stack>
              {!session.current && !preview && (
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
          ))}
        </Stack>
      )}
    </Card>
  );
}
