-- The search matches a name through sort_name, the name lower-cased when it is written, with LIKE on
-- lower-cased text instead of ILIKE, which costs fifteen times as much on every row a search checks
-- (docs/decisions/0022-customer-search-plan.md). The trigram index follows the column it serves.
DROP INDEX "customers_search_trgm";
--> statement-breakpoint
CREATE INDEX "customers_search_trgm" ON "customers" USING gin ("sort_name" gin_trgm_ops, "email" gin_trgm_ops, "phone_digits" gin_trgm_ops);
