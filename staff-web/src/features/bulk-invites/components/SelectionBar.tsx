import { ActionBar, Button, Text } from "@mantine/core";
import { IconSend, IconX } from "@tabler/icons-react";
import { formatNumber } from "./format";
import classes from "./SelectionBar.module.css";

type Props = {
  count: number;
  /** Hidden while the bulk invite dialog is open, which sits above the page anyway. */
  hidden?: boolean;
  onInvite: () => void;
  onClear: () => void;
  /** Starts loading the dialog's code when the pointer heads for the button. */
  onIntent?: () => void;
};

/** Floats at the bottom of the screen while customers are selected: "3 selected · Invite selected · Clear". */
export function SelectionBar({ count, hidden = false, onInvite, onClear, onIntent }: Props) {
  return (
    <ActionBar
      opened={count > 0 && !hidden}
      onClose={onClear}
      aria-label="Selected customers"
      shadow="lg"
      radius="xl"
      className={classes.bar}
      position={{ bottom: 20, left: 12, right: 12 }}
    >
      <Text size="sm" fw={650} px={6} aria-live="polite" data-testid="selection-count" className={classes.count}>
        {formatNumber(count)} selected
      </Text>
      <ActionBar.Divider />
      <Button
        size="sm"
        radius="xl"
        leftSection={<IconSend size={16} />}
        onClick={onInvite}
        onMouseEnter={onIntent}
        onFocus={onIntent}
        aria-label="Invite selected"
      >
        Invite<span className={classes.wide}>&nbsp;selected</span>
      </Button>
      <Button
        size="sm"
        radius="xl"
        variant="subtle"
        color="gray"
        leftSection={<IconX size={16} className={classes.wide} />}
        onClick={onClear}
        px={10}
      >
        Clear
      </Button>
    </ActionBar>
  );
}
