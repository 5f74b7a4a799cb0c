-- Substring search for the Contacts page: an FTS5 trigram index over name, email and phone digits,
-- kept in step with customers by triggers (docs/decisions/0002-customer-search.md).
CREATE VIRTUAL TABLE `customers_search` USING fts5(name, email, phone_digits, content='customers', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `customers_search_ai` AFTER INSERT ON `customers` BEGIN
  INSERT INTO customers_search(rowid, name, email, phone_digits) VALUES (new.id, new.name, new.email, new.phone_digits);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_search_ad` AFTER DELETE ON `customers` BEGIN
  INSERT INTO customers_search(customers_search, rowid, name, email, phone_digits) VALUES ('delete', old.id, old.name, old.email, old.phone_digits);
END;
--> statement-breakpoint
CREATE TRIGGER `customers_search_au` AFTER UPDATE OF name, email, phone_digits ON `customers` BEGIN
  INSERT INTO customers_search(customers_search, rowid, name, email, phone_digits) VALUES ('delete', old.id, old.name, old.email, old.phone_digits);
  INSERT INTO customers_search(rowid, name, email, phone_digits) VALUES (new.id, new.name, new.email, new.phone_digits);
END;
