import type { MantineColor } from "@mantine/core";
import { Group, Stack, Text, ThemeIcon } from "@mantine/core";
import type { ReactNode } from "react";
import type { BulkInviteSummaryFragment } from "../../../gql/graphql";
import { formatNumber } from "./format";
import { PLAN_STYLE } from "./plans";

export type BreakdownItem = { key: string; label: string; count: number; color: MantineColor; icon: ReactNode };

/** The preview's breakdown: who will be invited, then each reason to skip, largest first. */
export function previewBreakdown(invite: BulkInviteSummaryFragment): BreakdownItem[] {
  const items = invite.planCounts.map((c) => ({ key: c.plan, label: c.label, count: c.count, ...PLAN_STYLE[c.plan] }));
  return [...items.filter((i) => i.key === "INVITE"), ...items.filter((i) => i.key !== "INVITE")];
}

/**
 * The finished job's breakdown. The server re-checks everyone as it sends, so someone invited by
 * hand since the preview is skipped then; those show as their own line.
 */
export function reportBreakdown(invite: BulkInviteSummaryFragment): BreakdownItem[] {
  const changed = Math.max(0, invite.toInvite - invite.sent);
  const items: BreakdownItem[] = [{ key: "SENT", label: "Invited", count: invite.sent, ...PLAN_STYLE.INVITE }];
  if (changed > 0) {
    items.push({ key: "CHANGED", label: "Changed since the preview", count: changed, ...PLAN_STYLE.COOLDOWN });
  }
  for (const c of invite.planCounts) {
    if (c.plan !== "INVITE") items.push({ key: c.plan, label: c.label, count: c.count, ...PLAN_STYLE[c.plan] });
  }
  return items.filter((i) => i.count > 0);
}

export function PlanBreakdown({ items, label }: { items: BreakdownItem[]; label: string }) {
  return (
    <Stack component="ul" gap={6} p={0} m={0} aria-label={label} style={{ listStyle: "none" }}>
      {items.map((item) => (
        <Group component="li" key={item.key} gap="sm" wrap="nowrap" data-plan={item.key}>
          <ThemeIcon size={24} radius="xl" variant="light" color={item.color} aria-hidden>
            {item.icon}
          </ThemeIcon>
          <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
            {item.label}
          </Text>
          <Text size="sm" fw={650} ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
            {formatNumber(item.count)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
