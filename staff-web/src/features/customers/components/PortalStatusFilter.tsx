import { Anchor, Box, Button, Checkbox, Group, Popover, Stack, Text } from "@mantine/core";
import { IconChevronDown, IconFilter } from "@tabler/icons-react";
import { useId } from "react";
import { PORTAL_STATE_BADGE } from "../../invites/portal-status";
import { PORTAL_FILTERS, type PortalFilterKey } from "./portal-filter";

type Props = {
  value: readonly PortalFilterKey[];
  onChange: (value: PortalFilterKey[]) => void;
};

/** A button beside the search box opening the portal status choices; each change applies at once. */
export function PortalStatusFilter({ value, onChange }: Props) {
  const titleId = useId();
  const active = value.length > 0;
  const only = value.length === 1 ? PORTAL_FILTERS.find((f) => f.key === value[0]) : undefined;
  const summary = only ? only.label : active ? `${value.length} statuses` : "Portal status";
  // Kept in the menu's order, so the same choice is always the same URL and the same query.
  const toggle = (key: PortalFilterKey, on: boolean) =>
    onChange(PORTAL_FILTERS.map((f) => f.key).filter((k) => (k === key ? on : value.includes(k))));

  return (
    // The dropdown renders in a portal, so focus moves into it on open and back to the button on close.
    <Popover position="bottom-end" width={250} shadow="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Button
          variant={active ? "light" : "default"}
          size="md"
          leftSection={<IconFilter size={16} />}
          rightSection={<IconChevronDown size={16} />}
          aria-label={active ? `Portal status filter: ${summary}` : "Filter by portal status"}
          data-testid="portal-filter"
          px="sm"
          styles={{ label: { maxWidth: 150, overflow: "hidden", textOverflow: "ellipsis" } }}
        >
          {summary}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={titleId} p="sm">
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Text id={titleId} size="sm" fw={600}>
              Portal status
            </Text>
            {active && (
              <Anchor component="button" type="button" size="sm" onClick={() => onChange([])}>
                Clear
              </Anchor>
            )}
          </Group>
          <Stack gap={10} role="group" aria-labelledby={titleId}>
            {PORTAL_FILTERS.map((filter) => (
              <Checkbox
                key={filter.key}
                checked={value.includes(filter.key)}
                onChange={(e) => toggle(filter.key, e.currentTarget.checked)}
                label={
                  <Group gap={8} wrap="nowrap" component="span">
                    <Box
                      component="span"
                      w={8}
                      h={8}
                      bg={`${PORTAL_STATE_BADGE[filter.states[0]].color}.6`}
                      style={{ borderRadius: "50%", flex: "none" }}
                      aria-hidden
                    />
                    {filter.label}
                  </Group>
                }
              />
            ))}
          </Stack>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
