import { Badge, Button, Card, Group, Menu, Select, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { errorInfo } from "@portico/web-core/errors";
import { dateTime } from "@portico/web-core/time";
import { IconDots, IconUserPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import type { StaffRole, TeamQuery } from "../../../gql/graphql";
import { useStaffViewer } from "../../auth/api/staff-viewer";
import { useChangeStaffRole } from "../api/change-staff-role";
import { useDeactivateStaff } from "../api/deactivate-staff";
import { useReactivateStaff } from "../api/reactivate-staff";
import { useResendStaffInvite } from "../api/resend-staff-invite";
import { useTeam } from "../api/team";
import { InviteStaffModal, ROLE_OPTIONS } from "./InviteStaffModal";

const STATUS = {
  INVITED: { label: "Invited", color: "yellow" },
  ACTIVE: { label: "Active", color: "green" },
  DEACTIVATED: { label: "Deactivated", color: "gray" },
} as const;

type Member = TeamQuery["team"][number];

/** On the facility's clock, written like every other date in the dashboard. */
const when = (iso: string | null | undefined) => (iso ? dateTime(new Date(iso)) : "Never");

/** The status badge, and for an open invite when its link stops working. */
function MemberStatus({ member }: { member: Member }) {
  const status = STATUS[member.status];
  return (
    <>
      <Badge color={status.color} variant="light">
        {status.label}
      </Badge>
      {member.status === "INVITED" && member.inviteExpiresAt && (
        <Text size="xs" c="dimmed" mt={2}>
          Link expires {when(member.inviteExpiresAt)}
        </Text>
      )}
    </>
  );
}

function MemberRow({ member, isMe }: { member: Member; isMe: boolean }) {
  const [changeRole, roleState] = useChangeStaffRole();
  const [resend] = useResendStaffInvite();
  const [deactivate] = useDeactivateStaff();
  const [reactivate] = useReactivateStaff();
  const [confirming, setConfirming] = useState<"deactivate" | "reactivate" | null>(null);

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      notifications.show({ color: "green", message: done });
    } catch (e) {
      notifications.show({ color: "red", message: errorInfo(e).message });
    }
  };

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {member.name}
          {isMe && (
            <Text span c="dimmed" size="sm">
              {" "}
              (you)
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {member.email}
        </Text>
        {/* On a phone the status sits under the name, so that the row fits without scrolling sideways. */}
        <Stack gap={0} mt={6} align="flex-start" hiddenFrom="sm">
          <MemberStatus member={member} />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`Role of ${member.name}`}
          size="xs"
          w={110}
          data={ROLE_OPTIONS}
          value={member.role}
          allowDeselect={false}
          disabled={roleState.loading || member.status === "DEACTIVATED"}
          onChange={(value) =>
            value &&
            value !== member.role &&
            act(
              () => changeRole({ variables: { staffUserId: member.id, role: value as StaffRole } }),
              `${member.name} is now ${value === "ADMIN" ? "an admin" : "staff"}`,
            )
          }
        />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <MemberStatus member={member} />
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{when(member.lastActiveAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="subtle" size="xs" px={6} aria-label={`Actions for ${member.name}`}>
              <IconDots size={16} />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {member.status === "INVITED" && (
              <Menu.Item
                onClick={() =>
                  act(() => resend({ variables: { staffUserId: member.id } }), `A new invite went to ${member.email}`)
                }
              >
                Resend invite
              </Menu.Item>
            )}
            {member.status === "DEACTIVATED" ? (
              <Menu.Item onClick={() => setConfirming("reactivate")}>Reactivate</Menu.Item>
            ) : (
              <Menu.Item color="red" onClick={() => setConfirming("deactivate")}>
                Deactivate
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
        {confirming === "deactivate" && (
          <ConfirmDialog
            title={`Deactivate ${member.name}?`}
            confirmLabel="Deactivate"
            onConfirm={() => deactivate({ variables: { staffUserId: member.id } })}
            onClose={() => setConfirming(null)}
          >
            {`${member.name} is signed out everywhere at once and can no longer sign in. You can reactivate them later.`}
          </ConfirmDialog>
        )}
        {confirming === "reactivate" && (
          <ConfirmDialog
            title={`Reactivate ${member.name}?`}
            confirmLabel="Reactivate"
            color="portico"
            onConfirm={() => reactivate({ variables: { staffUserId: member.id } })}
            onClose={() => setConfirming(null)}
          >
            {`${member.name} can sign in again with their password.`}
          </ConfirmDialog>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Settings → Team: admins invite colleagues, change roles, deactivate and reactivate people. */
export function TeamPage() {
  const team = useTeam();
  const viewerId = useStaffViewer().data?.staffViewer?.id;
  const [inviting, setInviting] = useState(false);
  const members = team.data?.team ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz="h3">
            Team
          </Title>
          <Text size="sm" c="dimmed">
            Everyone who can sign in to this dashboard. The last admin cannot be deactivated or made staff.
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setInviting(true)}>
          Invite a colleague
        </Button>
      </Group>
      {team.error && (
        <QueryErrorAlert title="Could not load the team" error={team.error} onRetry={() => team.refetch()} />
      )}
      <Card withBorder radius="md" p={0}>
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th visibleFrom="sm">Status</Table.Th>
                <Table.Th visibleFrom="sm">Last active</Table.Th>
                <Table.Th w={48}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => (
                <MemberRow key={member.id} member={member} isMe={member.id === viewerId} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {team.loading && !team.data && (
          <Text size="sm" c="dimmed" p="md">
            Loading the team…
          </Text>
        )}
      </Card>
      {inviting && <InviteStaffModal onClose={() => setInviting(false)} />}
    </Stack>
  );
}
