import { Divider, Stack } from "@mantine/core";
import { Fragment, type ReactNode } from "react";

type Props<T> = {
  items: readonly T[];
  getKey: (item: T) => string;
  /** Each item's row; it renders its own `<li>`. */
  children: (item: T) => ReactNode;
  dividerVariant?: "solid" | "dashed";
};

/** A bare list of rows with a rule between them, as the cards on the customer page show records. */
export function DividedList<T>({ items, getKey, children, dividerVariant = "solid" }: Props<T>) {
  return (
    <Stack gap={0} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {items.map((item, i) => (
        <Fragment key={getKey(item)}>
          {i > 0 && <Divider component="li" aria-hidden my={0} variant={dividerVariant} />}
          {children(item)}
        </Fragment>
      ))}
    </Stack>
  );
}
