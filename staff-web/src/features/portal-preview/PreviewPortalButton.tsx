import { Button, type ButtonProps, Tooltip } from "@mantine/core";
import { IconEye } from "@tabler/icons-react";
import { PREVIEW_EXPLANATION, usePreviewPortal } from "./use-preview-portal";

type Props = { customerId: string; customerName: string } & Pick<ButtonProps, "size" | "variant">;

/** "Preview portal": the customer's portal in a new tab, read-only, as they see it. */
export function PreviewPortalButton({ customerId, customerName, size = "sm", variant = "default" }: Props) {
  const { preview, loading } = usePreviewPortal();
  return (
    <Tooltip label={PREVIEW_EXPLANATION} withArrow multiline w={260}>
      <Button
        size={size}
        variant={variant}
        leftSection={<IconEye size={16} />}
        loading={loading}
        onClick={() => void preview({ customerId, name: customerName })}
      >
        Preview portal
      </Button>
    </Tooltip>
  );
}
