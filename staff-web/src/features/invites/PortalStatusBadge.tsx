import { Badge, Tooltip } from "@mantine/core";
import type { PortalStatusFieldsFragment } from "../../gql/graphql";
import { PORTAL_STATE_BADGE } from "./portal-status";

type Props = { status: Pick<PortalStatusFieldsFragment, "state" | "reason">; size?: "sm" | "md" | "lg" };

export function PortalStatusBadge({ status, size = "md" }: Props) {
  const { label, color } = PORTAL_STATE_BADGE[status.state];
  return (
    <Tooltip label={status.reason} withArrow openDelay={200} multiline maw={280}>
      <Badge color={color} variant="light" size={size}>
        {label}
      </Badge>
    </Tooltip>
  );
}
