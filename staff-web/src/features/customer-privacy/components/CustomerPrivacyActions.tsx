import { ActionIcon, Menu } from "@mantine/core";
import { IconDots, IconDownload, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useStaffViewer } from "../../auth/api/staff-viewer";
import { customerExportUrl } from "../export-url";
import { DeleteCustomerDialog } from "./DeleteCustomerDialog";

/**
 * The customer page's actions for privacy requests: export their data (any staff member) and delete
 * them (admins; the server decides, the menu only hides what a staff member may not do). `first`: the
 * page's other actions, at the top of the same menu.
 */
export function CustomerPrivacyActions({
  customer,
  first,
}: {
  customer: { id: string; name: string };
  first?: ReactNode;
}) {
  const isAdmin = useStaffViewer().data?.staffViewer?.role === "ADMIN";
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="More actions">
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {first}
          <Menu.Item
            component="a"
            href={customerExportUrl(customer.id)}
            download
            leftSection={<IconDownload size={16} />}
          >
            Export data
          </Menu.Item>
          {isAdmin && (
            <>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                Delete customer…
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      {deleting && <DeleteCustomerDialog customer={customer} onClose={() => setDeleting(false)} />}
    </>
  );
}
