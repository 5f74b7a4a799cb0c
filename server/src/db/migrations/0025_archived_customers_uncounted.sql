-- facility_customer_counts (0017, 0018) counts the customers staff see: archived ones are out of
-- every list (docs/decisions/0032-archive-customers.md), so the counter leaves them
-- out too. Inserts and deletes count only customers not archived; archiving and restoring move
-- the count; a move to another facility moves only a counted customer.
DROP TRIGGER `customers_count_inserted`;
--> statement-breakpoint
DROP TRIGGER `customers_count_deleted`;
--> statement-breakpoint
DROP TRIGGER `customers_count_moved`;
--> statement-breakpoint
CREATE TRIGGER `customers_count_inserted` AFTER INSERT ON `customers` WHEN new.archived_at IS NULL BEGIN
  UPDATE facility_customer_counts SET customers = customers + 1 WHERE facility_id = new.facility_id;
END;
--> statement-breakpoint
CREATE TRIGGER `customers_count_deleted` AFTER DELETE ON `customers` WHEN old.archived_at IS NULL BEGIN
  UPDATE facility_customer_counts SET customers = customers - 1 WHERE facility_id = old.facility_id;
END;
--> statement-breakpoint
CREATE TRIGGER `customers_count_moved` AFTER UPDATE OF facility_id ON `customers`
WHEN old.facility_id IS NOT new.facility_id AND old.archived_at IS NULL AND new.archived_at IS NULL BEGIN
  UPDATE facility_customer_counts SET customers = customers - 1 WHERE facility_id = old.facility_id;
  UPDATE facility_customer_counts SET customers = customers + 1 WHERE facility_id = new.facility_id;
END;
--> statement-breakpoint
CREATE TRIGGER `customers_count_archived` AFTER UPDATE OF archived_at ON `customers`
WHEN old.archived_at IS NULL AND new.archived_at IS NOT NULL BEGIN
  UPDATE facility_customer_counts SET customers = customers - 1 WHERE facility_id = old.facility_id;
END;
--> statement-breakpoint
CREATE TRIGGER `customers_count_restored` AFTER UPDATE OF archived_at ON `customers`
WHEN old.archived_at IS NOT NULL AND new.archived_at IS NULL BEGIN
  UPDATE facility_customer_counts SET customers = customers + 1 WHERE facility_id = new.facility_id;
END;
