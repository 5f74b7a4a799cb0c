import { defaultFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
import type { AuthChecker } from "type-graphql";
import { getMetadataStorage } from "type-graphql";
import { forbidden, unauthenticated } from "../lib/domain-error.js";
import type { Context } from "./context.js";

/**
 * Roles for @Authorized: staff of any role (an API key too), admins only, a staff member signed in
 * in person (their own account: sessions, passkeys, password; never an API key), or a signed-in
 * portal person. An API key (docs/decisions/0046) passes only where STAFF is listed.
 */
export const Role = { STAFF: "STAFF", ADMIN: "ADMIN", STAFF_IN_PERSON: "STAFF_IN_PERSON", PORTAL: "PORTAL" } as const;

/**
 * Root fields anyone may call. Every other root field must carry @Authorized; the schema build
 * fails otherwise (assertEveryRootFieldIsGuarded), so a new resolver is denied by default.
 */
export const PUBLIC_ROOT_FIELDS = new Set([
  "Query.staffViewer",
  "Query.portalViewer",
  "Query.signInLink",
  "Query.portalBrand",
  "Query.demoCredentials",
  "Query.portalDemoSignIn",
  "Mutation.staffSignIn",
  "Mutation.staffSignOut",
  "Mutation.requestSignInLink",
  "Mutation.requestSignInText",
  "Mutation.redeemSignInLink",
  "Mutation.signInWithCode",
  "Mutation.signInWithTextCode",
  "Mutation.signInWithPassword",
  "Mutation.portalSignOut",
  "Query.staffLink",
  "Mutation.acceptStaffInvite",
  "Mutation.requestStaffPasswordReset",
  "Mutation.resetStaffPassword",
  "Mutation.startStaffPasskeySignIn",
  "Mutation.startPortalPasskeySignIn",
  "Mutation.staffSignInWithPasskey",
  "Mutation.portalSignInWithPasskey",
  "Query.signUpOpen",
  "Query.signUpCountries",
  "Query.facilitySignUpLink",
  "Mutation.signUpFacility",
  "Mutation.confirmFacilitySignUp",
]);

export const authChecker: AuthChecker<Context> = ({ context, info }, roles) => {
  const wantsPortal = roles.includes(Role.PORTAL);
  const wantsStaff = roles.includes(Role.STAFF) || roles.includes(Role.ADMIN) || roles.includes(Role.STAFF_IN_PERSON);
  const apiKey = context.staff?.apiKey;
  if (apiKey) {
    if (!roles.includes(Role.STAFF)) {
      throw forbidden(
        wantsStaff
          ? "API keys cannot do that: it needs an admin or a staff member signed in"
          : "API keys cannot use the customer portal",
      );
    }
    if (apiKey.scope === "READ_ONLY" && info.operation.operation === "mutation") {
      throw forbidden("This API key is read-only: it cannot change anything");
    }
    return true;
  }
  if (wantsStaff && context.staff) {
    if (
      roles.includes(Role.ADMIN) &&
      !roles.includes(Role.STAFF) &&
      !roles.includes(Role.STAFF_IN_PERSON) &&
      context.staff.role !== "ADMIN"
    ) {
      throw forbidden("Only facility admins can do that");
    }
    return true;
  }
  if (wantsPortal && context.portal) {
    if (context.portal.preview && info.operation.operation === "mutation") {
      throw forbidden("This is a preview of the customer's portal: nothing can be changed here");
    }
    return true;
  }
  throw wantsPortal ? portalSignInNeeded(context) : unauthenticated("Please sign in");
};

/**
 * A portal request without a live session. `signedOutBecause` tells the portal to send the person
 * to its sign-in page, with why when this request ended their session (their access was removed).
 * A failed sign-in is also UNAUTHENTICATED, but carries no `signedOutBecause`.
 */
export function portalSignInNeeded(context: Pick<Context, "portalSessionEnded">) {
  if (context.portalSessionEnded === "ACCESS_REMOVED") {
    return unauthenticated("Your access to this portal has been turned off", { signedOutBecause: "ACCESS_REMOVED" });
  }
  return unauthenticated("Please sign in to the portal", { signedOutBecause: "NO_SESSION" });
}

/**
 * The public root fields (sign-in, sign-up, the portal's brand…) refuse an API key: a key reaches the
 * staff API only, and never signs anyone in or out. Each such field's resolver is wrapped once, when
 * the schema is built; guarded fields refuse keys in the auth checker.
 */
export function refuseApiKeysOnPublicFields(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const [name, field] of Object.entries(root.getFields())) {
      if (!PUBLIC_ROOT_FIELDS.has(`${root.name}.${name}`)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        if (context.staff?.apiKey) throw forbidden("API keys cannot sign in, sign out or use the public pages");
        return resolve(source, args, context, info);
      };
    }
  }
}

export function unguardedRootFields(schema: GraphQLSchema): string[] {
  const guarded = new Set(
    getMetadataStorage()
      .authorizedFields.filter((f) => f.roles !== undefined)
      .map((f) => `${f.target.name}.${f.fieldName}`),
  );
  const resolverClassOf = new Map<string, string>();
  const storage = getMetadataStorage();
  for (const q of storage.queries) resolverClassOf.set(`Query.${q.schemaName}`, `${q.target.name}.${q.methodName}`);
  for (const m of storage.mutations)
    resolverClassOf.set(`Mutation.${m.schemaName}`, `${m.target.name}.${m.methodName}`);
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root || !isObjectType(root)) continue;
    for (const field of Object.keys(root.getFields())) {
      const key = `${root.name}.${field}`;
      if (PUBLIC_ROOT_FIELDS.has(key)) continue;
      const method = resolverClassOf.get(key);
      if (!method || !guarded.has(method)) missing.push(key);
    }
  }
  return missing;
}

export function assertEveryRootFieldIsGuarded(schema: GraphQLSchema): void {
  const missing = unguardedRootFields(schema);
  if (missing.length) {
    throw new Error(`Root fields without @Authorized and not in PUBLIC_ROOT_FIELDS: ${missing.join(", ")}`);
  }
}
