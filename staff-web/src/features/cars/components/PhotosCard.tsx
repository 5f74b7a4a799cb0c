import {
  ActionIcon,
  AspectRatio,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconCloudUpload, IconPhoto, IconTrash, IconUpload } from "@tabler/icons-react";
import { lazy, Suspense, useRef, useState } from "react";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { UploadList } from "../../../components/UploadList";
import type { CarPhotoFieldsFragment } from "../../../gql/graphql";
import { imageProblem, useUploadQueue } from "../../../lib/uploads";
import { type UploadedPhoto, useAddUploadedPhoto } from "../api/add-uploaded-photo";
import { useRemoveCarPhoto } from "../api/remove-car-photo";
import classes from "./PhotoGallery.module.css";

const PhotoLightbox = lazy(() => import("./PhotoLightbox"));

type Props = {
  carId: string;
  carName: string;
  photos: CarPhotoFieldsFragment[];
  /** Reads the car again after a batch of uploads, for the new photos' sizes. */
  onUploaded: () => unknown;
};

export function PhotosCard({ carId, carName, photos, onUploaded }: Props) {
  const [viewing, setViewing] = useState<number | null>(null);
  const [removing, setRemoving] = useState<CarPhotoFieldsFragment | null>(null);
  const [removePhoto] = useRemoveCarPhoto(carId);
  const addToGallery = useAddUploadedPhoto(carId);
  const uploads = useUploadQueue<UploadedPhoto>({
    url: `/uploads/cars/${carId}/photos`,
    check: imageProblem,
    onUploaded: addToGallery,
    onSettled: ({ uploaded }) => {
      if (uploaded > 0) void onUploaded();
    },
  });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="photos-heading">
      <DropTarget onFiles={uploads.add}>
        <Group justify="space-between" mb="md" gap="sm">
          <Group gap="xs">
            <Title order={2} fz="h4" id="photos-heading">
              Photos
            </Title>
            {photos.length > 0 && (
              <Badge variant="light" color="gray" size="sm" circle={photos.length < 10}>
                {photos.length}
              </Badge>
            )}
          </Group>
          <UploadButton onFiles={uploads.add} />
        </Group>

        <Stack gap="md">
          {photos.length === 0 ? (
            <div className={classes.emptyDrop}>
              <Stack align="center" gap={6}>
                <ThemeIcon variant="light" size={44} radius="xl" aria-hidden>
                  <IconPhoto size={24} />
                </ThemeIcon>
                <Text fw={600} size="sm">
                  No photos yet
                </Text>
                <Text size="sm" c="dimmed" maw={380}>
                  Drop photos here or choose them from your computer. The customer sees them in the portal. JPEG, PNG,
                  WebP or HEIC, up to 15 MB each.
                </Text>
              </Stack>
            </div>
          ) : (
            <SimpleGrid
              cols={{ base: 2, xs: 3, sm: 4 }}
              spacing="sm"
              component="ul"
              className={classes.grid}
              aria-label={`Photos of ${carName}`}
            >
              {photos.map((photo, i) => (
                <li key={photo.id} className={classes.tile}>
                  <AspectRatio ratio={4 / 3}>
                    <UnstyledButton
                      className={classes.open}
                      onClick={() => setViewing(i)}
                      aria-label={`View photo ${i + 1} of ${photos.length}`}
                    >
                      <Image src={photo.thumbnailUrl} alt="" fit="cover" h="100%" w="100%" loading="lazy" />
                    </UnstyledButton>
                  </AspectRatio>
                  <Tooltip label="Remove photo" withArrow>
                    <ActionIcon
                      className={classes.remove}
                      variant="white"
                      color="red"
                      size="md"
                      radius="xl"
                      aria-label={`Remove photo ${i + 1}`}
                      onClick={() => setRemoving(photo)}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Tooltip>
                </li>
              ))}
            </SimpleGrid>
          )}
          <UploadList items={uploads.items} noun="photos" onClear={uploads.clearFinished} />
        </Stack>
      </DropTarget>

      {viewing !== null && (
        <Suspense fallback={null}>
          <PhotoLightbox
            photos={photos}
            index={Math.min(viewing, photos.length - 1)}
            subject={carName}
            onIndexChange={setViewing}
            onClose={() => setViewing(null)}
            onRemove={setRemoving}
          />
        </Suspense>
      )}
      {removing && (
        <ConfirmDialog
          title="Remove this photo?"
          confirmLabel="Remove photo"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await removePhoto({ variables: { id: removing.id } });
            notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Photo removed" });
            // The lightbox moves on to the next photo, or closes with the last one.
            setViewing((v) => (v === null || photos.length <= 1 ? null : Math.min(v, photos.length - 2)));
          }}
        >
          <Group gap="md" wrap="nowrap" align="flex-start">
            <Image src={removing.thumbnailUrl} alt="" w={96} h={72} radius="sm" fit="cover" />
            <Text size="sm">It is deleted for good, and the customer no longer sees it in the portal.</Text>
          </Group>
        </ConfirmDialog>
      )}
    </Card>
  );
}

export function UploadButton({
  onFiles,
  label = "Upload photos",
  size = "xs",
}: {
  onFiles: (files: File[]) => void;
  label?: string;
  size?: "xs" | "sm";
}) {
  const reset = useRef<() => void>(null);
  return (
    <FileButton
      multiple
      accept="image/*,.heic,.heif"
      resetRef={reset}
      onChange={(files) => {
        onFiles(files);
        // The same file can be picked again after a failed try.
        reset.current?.();
      }}
    >
      {(props) => (
        <Button {...props} size={size} variant="light" leftSection={<IconUpload size={14} />}>
          {label}
        </Button>
      )}
    </FileButton>
  );
}

/** Accepts files dropped anywhere on the card, with an outline while they are dragged over it. */
function DropTarget({ onFiles, children }: { onFiles: (files: File[]) => void; children: React.ReactNode }) {
  const [over, setOver] = useState(false);
  // Entering a child fires dragleave on the parent: count the nesting instead.
  const depth = useRef(0);
  const carriesFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes("Files");
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the Upload button does the same
    <div
      className={classes.dropTarget}
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {over && (
        <div className={classes.dropOverlay}>
          <Stack align="center" gap={4}>
            <IconCloudUpload size={32} color="var(--mantine-primary-color-filled)" aria-hidden />
            <Text fw={600}>Drop photos to upload</Text>
          </Stack>
        </div>
      )}
    </div>
  );
}
