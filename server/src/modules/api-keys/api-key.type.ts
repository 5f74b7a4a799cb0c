import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import type { ApiKeyRow } from "./api-key.service.js";

export enum ApiKeyScope {
  READ_ONLY = "READ_ONLY",
  READ_WRITE = "READ_WRITE",
}
registerEnumType(ApiKeyScope, {
  name: "ApiKeyScope",
  description: "What an API key may do with the facility's data.",
  valuesConfig: {
    READ_ONLY: { description: "Queries only: every mutation is refused (FORBIDDEN)." },
    READ_WRITE: { description: "Queries and mutations, as a staff member (not an admin) could." },
  },
});

@ObjectType({
  description:
    "A facility API key for an integrator: sent as `Authorization: Bearer <key>` on /graphql, it acts as staff of the facility. Its secret is shown only when it is created.",
})
export class ApiKey {
  @Field(() => ID, { description: "The key's id (not its secret)." })
  id: string;

  @Field({ description: "What the key is for, as admins named it." })
  name: string;

  @Field(() => ApiKeyScope, { description: "Read-only, or read and write." })
  scope: ApiKeyScope;

  @Field({ description: "The secret's last four characters, to tell keys apart." })
  hint: string;

  @Field(() => DateTimeISOResolver, { description: "When the key was created." })
  createdAt: Date;

  @Field(() => String, { nullable: true, description: "The name of the admin who created it." })
  createdByName: string | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the key was last used (kept to within a minute); null if never.",
  })
  lastUsedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The address the key was last used from; null if never." })
  lastUsedFrom: string | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the key was revoked; null while it works.",
  })
  revokedAt: Date | null;

  static from(row: ApiKeyRow): ApiKey {
    return Object.assign(new ApiKey(), {
      id: String(row.id),
      name: row.name,
      scope: row.scope as ApiKeyScope,
      hint: row.hint,
      createdAt: row.createdAt,
      createdByName: row.createdByName,
      lastUsedAt: row.lastUsedAt,
      lastUsedFrom: row.lastUsedIp,
      revokedAt: row.revokedAt,
    });
  }
}

@ObjectType({ description: "A new API key with its secret: the only time the secret is shown." })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: "The key as it is listed from now on." })
  key: ApiKey;

  @Field({
    description:
      "The secret to send as `Authorization: Bearer <secret>`. Only its hash is kept: it cannot be shown again.",
  })
  secret: string;
}
