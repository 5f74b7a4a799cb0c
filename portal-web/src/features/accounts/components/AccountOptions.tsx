import { Avatar, Loader, Text, UnstyledButton, useMantineTheme } from "@mantine/core";
import { IconChevronRight } from "@tabler/icons-react";
import type { PortalViewerFieldsFragment } from "../../../gql/graphql";
import classes from "./AccountOptions.module.css";

export type AccountChoice = PortalViewerFieldsFragment["accounts"][number];

type AccountOptionsProps = {
  accounts: AccountChoice[];
  /** The account being opened, while its request runs. */
  opening: string | null;
  onOpen: (account: AccountChoice) => void;
};

/** One large button per account, the one open now marked, so a thumb can pick on a phone. */
export function AccountOptions({ accounts, opening, onOpen }: AccountOptionsProps) {
  const theme = useMantineTheme();
  return (
    <ul className={classes.list} aria-label="Your accounts">
      {accounts.map((account) => {
        const busy = opening === account.customerId;
        return (
          <li key={account.customerId}>
            <UnstyledButton
              className={classes.option}
              onClick={() => onOpen(account)}
              disabled={opening !== null}
              data-busy={busy || undefined}
              aria-busy={busy || undefined}
            >
              <Avatar name={account.customerName} color={theme.primaryColor} variant="light" radius="md" aria-hidden />
              <span className={classes.name}>
                <Text fw={600} lh={1.35}>
                  {account.customerName}
                </Text>
                {account.current && (
                  <Text size="xs" fw={600} c={theme.primaryColor} mt={2}>
                    Open now
                  </Text>
                )}
              </span>
              <span className={classes.end}>
                {busy ? <Loader size={18} /> : <IconChevronRight size={18} stroke={1.8} aria-hidden />}
              </span>
            </UnstyledButton>
          </li>
        );
      })}
    </ul>
  );
}
