-- facility_customer_counts (0017) holds each facility's exact number of customers, the Contacts
-- total, kept here by triggers so every writer counts alike (docs/decisions/0023-facility-customer-counter.md).
-- A facility's row is made with it; inserts and deletes of customers move it; so does a customer
-- moved to another facility. The row goes with its facility (ON DELETE CASCADE).
CREATE TRIGGER `facilities_customer_count_row` AFTER INSERT ON `facilities` BEGIN
  INSERT INTO facility_customer_counts (facility_id, customers) VALUES (new.id, 0);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_count_inserted` AFTER INSERT ON `customers` BEGIN
  UPDATE facility_customer_counts SET customers = customers + 1 WHERE facility_id = new.facility_id;
END;
--> statement-breakpoint
CREATE TRIGGER `customers_count_deleted` AFTER DELETE ON `customers` BEGIN
  UPDATE facility_customer_counts SET customers = customers - 1 WHERE facility_id = old.facility_id;
END;
--> statement-breakpoint
CREATE TRIGGER `customers_count_moved` AFTER UPDATE OF facility_id ON `customers`
WHEN old.facility_id IS NOT new.facility_id BEGIN
  UPDATE facility_customer_counts SET customers = customers - 1 WHERE facility_id = old.facility_id;
  UPDATE facility_customer_counts SET customers = customers + 1 WHERE facility_id = new.facility_id;
END;
--> statement-breakpoint
-- The facilities and customers already there.
INSERT INTO facility_customer_counts (facility_id, customers)
SELECT f.id, (SELECT count(*) FROM customers c WHERE c.facility_id = f.id) FROM facilities f;
