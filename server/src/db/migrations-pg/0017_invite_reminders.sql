ALTER TABLE "facilities" ADD COLUMN "invite_reminders_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "invite_reminder_days" text DEFAULT '3,7' NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "reminder_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "last_reminder_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "reminders_stopped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "reminders_stopped_by_staff_id" integer;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_reminders_stopped_by_staff_id_staff_users_id_fk" FOREIGN KEY ("reminders_stopped_by_staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;