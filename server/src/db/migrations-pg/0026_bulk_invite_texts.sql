ALTER TABLE "bulk_invite_jobs" ADD COLUMN "to_text" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bulk_invite_rows" ADD COLUMN "phone" text;