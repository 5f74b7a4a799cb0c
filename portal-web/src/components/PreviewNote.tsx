import { Alert } from "@mantine/core";
import { IconEye } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** Beside a form that a staff preview shows but cannot send. */
export function PreviewNote({
  children = "This is a read-only preview: nothing can be changed here.",
}: {
  children?: ReactNode;
}) {
  return (
    <Alert color="yellow" variant="light" icon={<IconEye size={18} />} py="xs">
      {children}
    </Alert>
  );
}
