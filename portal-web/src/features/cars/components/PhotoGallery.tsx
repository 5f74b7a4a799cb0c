import { EmptyState, UnstyledButton } from "@mantine/core";
import { IconPhoto } from "@tabler/icons-react";
import { useState } from "react";
import { Lightbox, type LightboxPhoto } from "./Lightbox";
import classes from "./PhotoGallery.module.css";

const THUMBS = 6;

/** The newest photo large, the others as thumbnails; any of them opens the lightbox. */
export function PhotoGallery({ photos, title }: { photos: LightboxPhoto[]; title: string }) {
  const [open, setOpen] = useState<number | null>(null);
  const [first, ...rest] = photos;
  if (!first) {
    return (
      <EmptyState
        icon={<IconPhoto size={28} stroke={1.6} />}
        variant="light"
        color="gray"
        title="No photos yet"
        description="Photos the team takes of this car will appear here."
        py={48}
        className={classes.empty}
      />
    );
  }
  const thumbs = rest.slice(0, THUMBS);
  const hidden = rest.length - thumbs.length;
  return (
    <div className={classes.root}>
      <UnstyledButton
        className={classes.main}
        onClick={() => setOpen(0)}
        aria-label={`Open ${title} photo 1 of ${photos.length}`}
      >
        <img src={first.url} alt={first.caption ?? ""} className={classes.mainImage} />
      </UnstyledButton>
      {thumbs.length > 0 && (
        <ul className={classes.thumbs} aria-label="More photos">
          {thumbs.map((photo, i) => {
            const last = i === thumbs.length - 1 && hidden > 0;
            return (
              <li key={photo.id}>
                <UnstyledButton
                  className={classes.thumb}
                  onClick={() => setOpen(i + 1)}
                  aria-label={`Open ${title} photo ${i + 2} of ${photos.length}${last ? `, ${hidden} more after it` : ""}`}
                >
                  <img src={photo.thumbnailUrl} alt="" loading="lazy" />
                  {last && <span className={classes.more}>+{hidden}</span>}
                </UnstyledButton>
              </li>
            );
          })}
        </ul>
      )}
      <Lightbox photos={photos} index={open} onChange={setOpen} title={title} />
    </div>
  );
}

/** A row of small photos (a condition report's) that open the lightbox. */
export function PhotoStrip({ photos, title }: { photos: LightboxPhoto[]; title: string }) {
  const [open, setOpen] = useState<number | null>(null);
  if (photos.length === 0) return null;
  return (
    <>
      <ul className={classes.strip} aria-label={`${title} photos`}>
        {photos.map((photo, i) => (
          <li key={photo.id}>
            <UnstyledButton
              className={classes.thumb}
              onClick={() => setOpen(i)}
              aria-label={`Open ${title} photo ${i + 1} of ${photos.length}`}
            >
              <img src={photo.thumbnailUrl} alt="" loading="lazy" />
            </UnstyledButton>
          </li>
        ))}
      </ul>
      <Lightbox photos={photos} index={open} onChange={setOpen} title={title} />
    </>
  );
}
