import { Alert, Button, Card, CopyButton, Group, Modal, Stack, Text, TextInput, ThemeIcon, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { relativeTime } from "@portico/web-core/time";
import { IconCalendarPlus, IconCheck, IconCopy, IconExternalLink, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { portalError } from "../../../lib/errors";
import { useIsPreview } from "../../../lib/viewer";
import { useCreatePortalCalendarLink, usePortalCalendarFeed, useTurnOffPortalCalendarFeed } from "../api/calendar-feed";
import classes from "./CalendarSubscribeCard.module.css";

type Confirming = "replace" | "off" | null;

const confirmations = {
  replace: {
    title: "Get a new calendar link?",
    body: "The current link stops working at once: calendars subscribed to it stop updating until you add the new one.",
    action: "Get a new link",
  },
  off: {
    title: "Turn off your calendar feed?",
    body: "The link stops working at once and calendars subscribed to it stop updating. You can make a new link any time.",
    action: "Turn off",
  },
} as const;

/**
 * "Subscribe in your calendar": a secret link to the person's schedule as an ICS feed that Apple
 * Calendar, Google Calendar or Outlook keep up to date. The server keeps only a hash of the link,
 * so its URL is shown once, right after it is made; later visits offer a new one instead.
 */
export function CalendarSubscribeCard() {
  const preview = useIsPreview();
  const { data, error } = usePortalCalendarFeed();
  const [create, creating] = useCreatePortalCalendarLink();
  const [turnOff, turningOff] = useTurnOffPortalCalendarFeed();
  const [link, setLink] = useState<{ url: string; webcalUrl: string } | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const feed = data?.portalCalendarFeed ?? null;

  const makeLink = async () => {
    setConfirming(null);
    try {
      const { data: made } = await create();
      if (made) setLink(made.createPortalCalendarLink);
    } catch (e) {
      notifications.show({ color: "red", title: "No calendar link was made", message: portalError(e).message });
    }
  };
  const stop = async () => {
    setConfirming(null);
    try {
      await turnOff();
      setLink(null);
      notifications.show({ color: "teal", title: "Calendar feed turned off", message: "The link no longer works." });
    } catch (e) {
      notifications.show({ color: "red", title: "The feed is still on", message: portalError(e).message });
    }
  };

  const status = feed
    ? feed.lastFetchedAt
      ? `Last checked by your calendar app ${relativeTime(new Date(feed.lastFetchedAt))}`
      : "Not checked by a calendar app yet"
    : null;
  const confirmation = confirming ? confirmations[confirming] : null;

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="md">
        <Group wrap="nowrap" align="flex-start" gap="md">
          <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
            <IconCalendarPlus size={22} />
          </ThemeIcon>
          <Stack gap={2} className={classes.grow}>
            <Title order={2} size="h4" id="calendar-feed-title">
              Subscribe in your calendar
            </Title>
            <Text size="sm" c="dimmed">
              Your appointments and events, in Apple Calendar, Google Calendar or Outlook, kept up to date.
            </Text>
            {status && (
              <Text size="sm" fw={550} mt={4} data-testid="calendar-feed-status">
                {status}
              </Text>
            )}
          </Stack>
        </Group>

        {error && <Text c="red">{portalError(error).message}</Text>}

        {link && (
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                label="Your calendar link"
                value={link.url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                className={classes.grow}
                classNames={{ input: classes.url }}
              />
              <CopyButton value={link.url} timeout={2000}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? "light" : "default"}
                    color={copied ? "teal" : undefined}
                    leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    onClick={copy}
                  >
                    {copied ? "Copied" : "Copy"}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Alert variant="light" color="gray" py="xs">
              <Text size="sm">
                Keep it private: anyone with this link can see your schedule. It is shown only now. In Google Calendar,
                add it under <b>Other calendars → From URL</b>.
              </Text>
            </Alert>
          </Stack>
        )}

        {!feed && !link && data && (
          <Group>
            <Button
              leftSection={<IconCalendarPlus size={18} />}
              onClick={makeLink}
              loading={creating.loading}
              disabled={preview}
            >
              Create calendar link
            </Button>
          </Group>
        )}

        {feed && (
          <div className={classes.actions}>
            {link && (
              <Button component="a" href={link.webcalUrl} leftSection={<IconExternalLink size={16} />}>
                Open in calendar app
              </Button>
            )}
            <Button
              variant={link ? "default" : "light"}
              leftSection={<IconRefresh size={16} />}
              onClick={() => setConfirming("replace")}
              loading={creating.loading}
              disabled={preview}
            >
              Get a new link
            </Button>
            <Button
              variant="subtle"
              color="red"
              onClick={() => setConfirming("off")}
              loading={turningOff.loading}
              disabled={preview}
            >
              Turn off
            </Button>
          </div>
        )}
        {feed && !link && (
          <Text size="xs" c="dimmed">
            For your privacy the link is shown only when it is made. To add it to another app, get a new link: the old
            one stops working.
          </Text>
        )}
      </Stack>

      <Modal
        opened={confirmation !== null}
        onClose={() => setConfirming(null)}
        title={confirmation?.title}
        centered
        radius="lg"
      >
        <Stack gap="lg">
          <Text size="sm">{confirmation?.body}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
            <Button color={confirming === "off" ? "red" : undefined} onClick={confirming === "off" ? stop : makeLink}>
              {confirmation?.action}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
