import { ActionIcon, Group, Modal, Text } from "@mantine/core";
import { useMediaQuery, useWindowEvent } from "@mantine/hooks";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import classes from "./Lightbox.module.css";

export type LightboxPhoto = {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number | null;
  height: number | null;
  caption: string | null;
};

type LightboxProps = {
  photos: LightboxPhoto[];
  /** The photo shown, or null when closed. */
  index: number | null;
  onChange: (index: number | null) => void;
  title: string;
};

/** One photo at a time, as large as the screen allows; arrows (and the arrow keys) go through the rest. */
export function Lightbox({ photos, index, onChange, title }: LightboxProps) {
  const phone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false });
  const photo = index === null ? undefined : photos[index];
  const count = photos.length;
  const go = (step: number) => {
    if (index !== null && count > 1) onChange((index + step + count) % count);
  };
  useWindowEvent("keydown", (event) => {
    if (index === null) return;
    if (event.key === "ArrowRight") go(1);
    if (event.key === "ArrowLeft") go(-1);
  });
  return (
    <Modal
      opened={photo !== undefined}
      onClose={() => onChange(null)}
      fullScreen={phone}
      size="min(1100px, 94vw)"
      centered
      padding={0}
      radius={phone ? 0 : "lg"}
      title={
        <Text size="sm" fw={600} c="white">
          {title}
          {count > 1 && index !== null && (
            <Text span size="sm" c="gray.5" fw={400}>
              {" "}
              · {index + 1} of {count}
            </Text>
          )}
        </Text>
      }
      classNames={{ content: classes.content, header: classes.header, body: classes.body, close: classes.close }}
      closeButtonProps={{ "aria-label": "Close photo" }}
    >
      {photo && (
        <div className={classes.stage}>
          <img
            key={photo.id}
            src={photo.url}
            alt={photo.caption ?? `${title}, photo ${(index ?? 0) + 1} of ${count}`}
            width={photo.width ?? undefined}
            height={photo.height ?? undefined}
            className={classes.image}
          />
          {count > 1 && (
            <>
              <ActionIcon
                variant="filled"
                color="dark"
                size="xl"
                radius="xl"
                className={classes.prev}
                onClick={() => go(-1)}
                aria-label="Previous photo"
              >
                <IconChevronLeft size={24} />
              </ActionIcon>
              <ActionIcon
                variant="filled"
                color="dark"
                size="xl"
                radius="xl"
                className={classes.next}
                onClick={() => go(1)}
                aria-label="Next photo"
              >
                <IconChevronRight size={24} />
              </ActionIcon>
            </>
          )}
        </div>
      )}
      {photo?.caption && (
        <Group px="md" py="sm">
          <Text size="sm" c="gray.3">
            {photo.caption}
          </Text>
        </Group>
      )}
    </Modal>
  );
}
