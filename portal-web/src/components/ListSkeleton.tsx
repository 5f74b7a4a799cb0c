import { Skeleton, Stack } from "@mantine/core";

/** Placeholder rows while a list loads, roughly the shape of what will come. */
export function ListSkeleton({
  rows = 3,
  height = 72,
  label = "Loading",
}: {
  rows?: number;
  height?: number;
  label?: string;
}) {
  return (
    <Stack gap="sm" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing else to be keyed by
        <Skeleton key={i} height={height} radius="lg" />
      ))}
    </Stack>
  );
}
