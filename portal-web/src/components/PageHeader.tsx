import { Anchor, Group, Stack, Text, Title } from "@mantine/core";
import { IconChevronLeft } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import classes from "./PageHeader.module.css";
import { PageTitle } from "./PageTitle";

type PageHeaderProps = {
  title: string;
  /** The browser tab's title when it should differ from the heading. */
  documentTitle?: string;
  description?: ReactNode;
  back?: { to: string; label: string };
  /** Beside the title: a status badge. */
  badge?: ReactNode;
  /** On the right on wide screens, under the title on phones. */
  actions?: ReactNode;
};

/** Every signed-in page starts the same way: where you are, how to go back, what you can do. */
export function PageHeader({ title, documentTitle, description, back, badge, actions }: PageHeaderProps) {
  return (
    <Stack gap={6} className={classes.root}>
      <PageTitle>{documentTitle ?? title}</PageTitle>
      {back && (
        <Anchor component={Link} to={back.to} size="sm" className={classes.back} data-print="hide">
          <IconChevronLeft size={16} aria-hidden />
          {back.label}
        </Anchor>
      )}
      <Group justify="space-between" align="flex-end" gap="md" className={classes.row}>
        <Stack gap={4} miw={0}>
          <Group gap="sm" align="center" wrap="wrap">
            <Title order={1} size="h2" className={classes.title}>
              {title}
            </Title>
            {badge}
          </Group>
          {description && (
            <Text c="dimmed" size="sm" component="div">
              {description}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="sm" data-print="hide">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
