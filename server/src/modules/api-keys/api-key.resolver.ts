import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { CreateApiKeyInput } from "./api-key.inputs.js";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-key.service.js";
import { ApiKey, CreatedApiKey } from "./api-key.type.js";

@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], {
    description: "Admins only. The facility's API keys, live ones first, then revoked ones; newest first.",
  })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKey[]> {
    return (await listApiKeys(ctx.data, staffScope(ctx))).map(ApiKey.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedApiKey, {
    description:
      "Admins only. Creates an API key and answers its secret, the only time it is shown. At most 50 live keys per facility (CONFLICT).",
  })
  async createApiKey(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateApiKeyInput, { description: "The key's name and scope." }) input: CreateApiKeyInput,
  ): Promise<CreatedApiKey> {
    const staff = requireStaff(ctx);
    const { key, secret } = await createApiKey(ctx.data, staffScope(ctx), staff.userId, input, ctx.clock.now());
    return Object.assign(new CreatedApiKey(), { key: ApiKey.from(key), secret });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKey, {
    description:
      "Admins only. Revokes an API key: its next request is refused. Revoking a revoked key changes nothing.",
  })
  async revokeApiKey(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The key's id." }) id: string,
  ): Promise<ApiKey> {
    const staff = requireStaff(ctx);
    const row = await revokeApiKey(ctx.data, staffScope(ctx), staff.userId, parseId(id, "API key"), ctx.clock.now());
    return ApiKey.from(row);
  }
}
