import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import type { PasskeyRow } from "./passkey.service.js";

@ObjectType({ description: "A passkey the signed-in person can sign in with." })
export class Passkey {
  @Field(() => ID, { description: "The passkey's ID." })
  id: string;

  @Field({ description: "The person's own name for it, such as the device it is on." })
  name: string;

  @Field(() => DateTimeISOResolver, { description: "When it was added." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "The last sign-in with it, if any." })
  lastUsedAt: Date | null;

  @Field({ description: "Synced or backed up beyond one device (by the person's password manager or platform)." })
  backedUp: boolean;

  static from(row: PasskeyRow): Passkey {
    return Object.assign(new Passkey(), {
      id: String(row.id),
      name: row.name,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
      backedUp: row.backedUp,
    });
  }
}
