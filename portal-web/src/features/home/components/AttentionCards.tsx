import { Card, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import {
  IconArrowRight,
  IconCalendarEvent,
  IconCircleCheck,
  IconClipboardText,
  IconMessageCircle,
  IconReceipt,
  IconSignature,
  IconTool,
  type TablerIcon,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { NetworkErrorAlert } from "../../../components/NetworkErrorAlert";
import type { PortalHomeQuery } from "../../../gql/graphql";
import { calendarParts, formatDay, formatTime, money, plural, zoneAbbreviation } from "../../../lib/format";
import { useFacilityTimeZone } from "../../session/api/facility-time-zone";
import classes from "./AttentionCards.module.css";

type Home = PortalHomeQuery["portalHome"];

type AttentionCardProps = {
  to: string;
  icon: TablerIcon;
  color: string;
  title: string;
  children: ReactNode;
  action: string;
  tone?: "alert";
};

function AttentionCard({ to, icon: Icon, color, title, children, action, tone }: AttentionCardProps) {
  return (
    <Card
      component={Link}
      to={to}
      withBorder
      radius="lg"
      // Phones stack the cards: tighter there, so more of what matters fits on the first screen.
      padding={0}
      p={{ base: "md", sm: "lg" }}
      className={classes.card}
      data-tone={tone}
      aria-label={`${title}: ${action}`}
    >
      <Group gap="sm" wrap="nowrap" mb="sm">
        <ThemeIcon variant="light" color={color} radius="xl" size={36} aria-hidden>
          <Icon size={20} />
        </ThemeIcon>
        <Text fw={650}>{title}</Text>
      </Group>
      <div className={classes.body}>{children}</div>
      <Group gap={4} mt={{ base: "xs", sm: "md" }} className={classes.action}>
        <Text size="sm" fw={600} c="var(--mantine-primary-color-filled)">
          {action}
        </Text>
        <IconArrowRight size={15} color="var(--mantine-primary-color-filled)" aria-hidden />
      </Group>
    </Card>
  );
}

function BalanceCard({ cents, overdue }: { cents: number; overdue: number }) {
  return (
    <AttentionCard
      to="/billing"
      icon={IconReceipt}
      color={overdue > 0 ? "red" : "blue"}
      title="Balance due"
      action="View billing"
      tone={overdue > 0 ? "alert" : undefined}
    >
      <Text className={classes.big} data-testid="home-balance">
        {money(cents)}
      </Text>
      {overdue > 0 ? (
        <Text size="sm" c="red.7" fw={600}>
          {plural(overdue, "invoice")} overdue
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing overdue
        </Text>
      )}
    </AttentionCard>
  );
}

function Titles({ items }: { items: string[] }) {
  const shown = items.slice(0, 2);
  return (
    <Stack gap={2}>
      {shown.map((title) => (
        <Text key={title} size="sm" lineClamp={1}>
          {title}
        </Text>
      ))}
      {items.length > shown.length && (
        <Text size="sm" c="dimmed">
          and {items.length - shown.length} more
        </Text>
      )}
    </Stack>
  );
}

function EventsCard({ events }: { events: Home["upcomingEvents"] }) {
  const timeZone = useFacilityTimeZone();
  return (
    <AttentionCard to="/schedule" icon={IconCalendarEvent} color="grape" title="Coming up" action="Open schedule">
      <Stack gap={8}>
        {events.map((event) => {
          const day = calendarParts(event.startsAt, timeZone);
          return (
            <Group key={event.id} gap="sm" wrap="nowrap" align="flex-start">
              <div className={classes.when} aria-hidden>
                <span>{day.weekday}</span>
                <span>{`${day.month} ${day.day}`}</span>
              </div>
              <div className={classes.eventText}>
                <Text size="sm" fw={550} lineClamp={1}>
                  <span className={classes.srOnly}>{formatDay(event.startsAt, timeZone)}: </span>
                  {event.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {formatTime(event.startsAt, timeZone)}
                  {timeZone && ` ${zoneAbbreviation(event.startsAt, timeZone)}`}
                  {event.location && ` · ${event.location}`}
                </Text>
              </div>
            </Group>
          );
        })}
      </Stack>
    </AttentionCard>
  );
}

/** What needs the person now, each card leading to where it gets done. */
export function AttentionCards({
  home,
  error,
  onRetry,
}: {
  home: Home | undefined;
  error: unknown;
  onRetry: () => Promise<unknown>;
}) {
  let content: ReactNode;
  if (!home) {
    content = error ? (
      <NetworkErrorAlert error={error} onRetry={onRetry} title="We couldn't load what needs your attention" />
    ) : (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="status" aria-label="Loading what needs your attention">
        <Skeleton height={150} radius="lg" />
        <Skeleton height={150} radius="lg" visibleFrom="sm" />
        <Skeleton height={150} radius="lg" visibleFrom="lg" />
      </SimpleGrid>
    );
  } else {
    const cards: ReactNode[] = [];
    if (home.balanceDueCents && home.balanceDueCents > 0) {
      cards.push(<BalanceCard key="balance" cents={home.balanceDueCents} overdue={home.overdueInvoices ?? 0} />);
    }
    const contracts = home.contractsToSign;
    if (contracts.length > 0) {
      cards.push(
        <AttentionCard
          key="contracts"
          to={contracts.length === 1 && contracts[0] ? `/documents/${contracts[0].id}` : "/documents"}
          icon={IconSignature}
          color="orange"
          title={contracts.length === 1 ? "Contract to sign" : `${contracts.length} contracts to sign`}
          action={contracts.length === 1 ? "Read and sign" : "Open documents"}
        >
          <Titles items={contracts.map((c) => c.title)} />
        </AttentionCard>,
      );
    }
    const estimates = home.estimatesWaiting;
    if (estimates.length > 0) {
      cards.push(
        <AttentionCard
          key="estimates"
          to={estimates.length === 1 && estimates[0] ? `/estimates/${estimates[0].id}` : "/estimates"}
          icon={IconClipboardText}
          color="teal"
          title={estimates.length === 1 ? "Estimate waiting" : `${estimates.length} estimates waiting`}
          action={estimates.length === 1 ? "Review and answer" : "Open estimates"}
        >
          <Titles items={estimates.map((e) => `${e.title} · ${money(e.totalCents)}`)} />
        </AttentionCard>,
      );
    }
    if (home.unreadMessages && home.unreadMessages > 0) {
      cards.push(
        <AttentionCard
          key="messages"
          to="/messages"
          icon={IconMessageCircle}
          color="blue"
          title="Messages"
          action="Read and reply"
        >
          <Text size="sm">
            {home.unreadMessages === 1 ? "1 new message" : `${home.unreadMessages} new messages`} from the team
          </Text>
        </AttentionCard>,
      );
    }
    const needsYou = cards.length > 0;
    if (home.upcomingEvents.length > 0) cards.push(<EventsCard key="events" events={home.upcomingEvents} />);
    if (home.openServiceRequests && home.openServiceRequests > 0) {
      cards.push(
        <AttentionCard
          key="requests"
          to="/requests"
          icon={IconTool}
          color="indigo"
          title="Requests"
          action="Follow progress"
        >
          <Text size="sm">{plural(home.openServiceRequests, "open request")} with the team</Text>
        </AttentionCard>,
      );
    }
    content = (
      <>
        {!needsYou && (
          <Card withBorder radius="lg" padding="lg" className={classes.caughtUp}>
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon color="teal" variant="light" radius="xl" size={36} aria-hidden>
                <IconCircleCheck size={20} />
              </ThemeIcon>
              <div>
                <Text fw={650}>You're all caught up</Text>
                <Text size="sm" c="dimmed">
                  Nothing needs your attention right now.
                </Text>
              </div>
            </Group>
          </Card>
        )}
        {cards.length > 0 && <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{cards}</SimpleGrid>}
      </>
    );
  }
  return (
    <Stack component="section" aria-labelledby="attention" gap="md">
      <Title order={2} size="h3" id="attention">
        Needs your attention
      </Title>
      {content}
    </Stack>
  );
}
