-- A facility's logo bytes live in `files`; replacing or removing the logo deletes the old bytes.
CREATE TRIGGER `facilities_delete_replaced_logo` AFTER UPDATE OF `logo_file_id` ON `facilities`
WHEN old.logo_file_id IS NOT NULL AND old.logo_file_id IS NOT new.logo_file_id BEGIN
  DELETE FROM files WHERE id = old.logo_file_id;
END;
