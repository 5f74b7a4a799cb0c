-- Uploaded bytes live in `files`; when the photo, report photo or document that owns them goes
-- (directly or by cascade), the bytes go too.
CREATE TRIGGER `car_photos_delete_files` AFTER DELETE ON `car_photos` BEGIN
  DELETE FROM files WHERE id IN (old.file_id, old.thumbnail_file_id);
END;
--> statement-breakpoint
CREATE TRIGGER `condition_report_photos_delete_files` AFTER DELETE ON `condition_report_photos` BEGIN
  DELETE FROM files WHERE id IN (old.file_id, old.thumbnail_file_id);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_delete_files` AFTER DELETE ON `documents` BEGIN
  DELETE FROM files WHERE id = old.file_id;
END;
