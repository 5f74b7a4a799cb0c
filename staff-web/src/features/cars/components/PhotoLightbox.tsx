import { ActionIcon, Anchor, Button, Group, Loader, Modal, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconChevronLeft, IconChevronRight, IconExternalLink, IconTrash } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import type { CarPhotoFieldsFragment } from "../../../gql/graphql";
import classes from "./PhotoLightbox.module.css";

type Props = {
  photos: CarPhotoFieldsFragment[];
  index: number;
  /** What the photos are of, for the title and the images' text alternative. */
  subject: string;
  onIndexChange: (index: number) => void;
  onClose: () => void;
  onRemove?: (photo: CarPhotoFieldsFragment) => void;
};

/** One photo at a time, as large as the screen allows, with the arrow keys moving through the set. */
export default function PhotoLightbox({ photos, index, subject, onIndexChange, onClose, onRemove }: Props) {
  const phone = useMediaQuery("(max-width: 36em)");
  const photo = photos[index];
  const count = photos.length;
  const [loadedUrl, setLoadedUrl] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (count < 2) return;
      if (event.key === "ArrowLeft") onIndexChange((index - 1 + count) % count);
      if (event.key === "ArrowRight") onIndexChange((index + 1) % count);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [index, count, onIndexChange]);

  if (!photo) return null;
  const loaded = loadedUrl === photo.url;

  return (
    <Modal
      opened
      onClose={onClose}
      title={`${subject} · Photo ${index + 1} of ${count}`}
      size="min(1100px, 100%)"
      fullScreen={phone}
      padding="sm"
    >
      <div className={classes.stage}>
        {!loaded && (
          // The thumbnail stands in while the full-size copy arrives.
          <img src={photo.thumbnailUrl} alt="" className={classes.image} style={{ filter: "blur(2px)" }} />
        )}
        <img
          key={photo.url}
          src={photo.url}
          alt={photo.caption ?? `${subject}, photo ${index + 1} of ${count}`}
          className={classes.image}
          style={loaded ? undefined : { position: "absolute", opacity: 0 }}
          onLoad={() => setLoadedUrl(photo.url)}
        />
        {!loaded && <Loader color="gray.3" size="sm" style={{ position: "absolute" }} aria-label="Loading photo" />}
        {count > 1 && (
          <>
            <ActionIcon
              className={`${classes.nav} ${classes.prev}`}
              variant="white"
              color="dark"
              radius="xl"
              size="lg"
              aria-label="Previous photo"
              onClick={() => onIndexChange((index - 1 + count) % count)}
            >
              <IconChevronLeft size={20} />
            </ActionIcon>
            <ActionIcon
              className={`${classes.nav} ${classes.next}`}
              variant="white"
              color="dark"
              radius="xl"
              size="lg"
              aria-label="Next photo"
              onClick={() => onIndexChange((index + 1) % count)}
            >
              <IconChevronRight size={20} />
            </ActionIcon>
          </>
        )}
      </div>
      <Group justify="space-between" mt="sm" gap="sm">
        <Group gap="md">
          {photo.caption && <Text size="sm">{photo.caption}</Text>}
          {photo.width && photo.height && (
            <Text size="xs" c="dimmed">
              {photo.width} × {photo.height}
            </Text>
          )}
          <Anchor href={photo.url} target="_blank" rel="noopener" size="sm">
            <Group gap={4} component="span">
              Open full size <IconExternalLink size={14} aria-hidden />
            </Group>
          </Anchor>
        </Group>
        {onRemove && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => onRemove(photo)}
          >
            Remove photo
          </Button>
        )}
      </Group>
    </Modal>
  );
}
