/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SwitchPortalAccount($customerId: ID!) {\n    switchPortalAccount(customerId: $customerId) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.SwitchPortalAccountDocument,
    "\n  fragment CarCardFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n  }\n": typeof types.CarCardFieldsFragmentDoc,
    "\n  fragment PortalViewerFields on PortalViewer {\n    name\n    email\n    isContact\n    facility {\n      name\n      brandColor\n      logoUrl\n    }\n    account {\n      customerName\n      cars {\n        ...CarCardFields\n      }\n    }\n    accounts {\n      customerId\n      customerName\n      current\n    }\n  }\n": typeof types.PortalViewerFieldsFragmentDoc,
    "\n  query PortalViewer {\n    portalViewer {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.PortalViewerDocument,
    "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n": typeof types.PortalSignOutDocument,
    "\n  mutation RedeemSignInLink($token: String!, $password: String) {\n    redeemSignInLink(token: $token, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.RedeemSignInLinkDocument,
    "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      state\n      purpose\n      firstName\n      choosePassword\n      facility {\n        name\n        brandColor\n        logoUrl\n      }\n    }\n  }\n": typeof types.SignInLinkDocument,
    "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      message\n    }\n  }\n": typeof types.RequestSignInLinkDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signInWithPassword(email: $email, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.SignInWithPasswordDocument,
};
const documents: Documents = {
    "\n  mutation SwitchPortalAccount($customerId: ID!) {\n    switchPortalAccount(customerId: $customerId) {\n      ...PortalViewerFields\n    }\n  }\n": types.SwitchPortalAccountDocument,
    "\n  fragment CarCardFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n  }\n": types.CarCardFieldsFragmentDoc,
    "\n  fragment PortalViewerFields on PortalViewer {\n    name\n    email\n    isContact\n    facility {\n      name\n      brandColor\n      logoUrl\n    }\n    account {\n      customerName\n      cars {\n        ...CarCardFields\n      }\n    }\n    accounts {\n      customerId\n      customerName\n      current\n    }\n  }\n": types.PortalViewerFieldsFragmentDoc,
    "\n  query PortalViewer {\n    portalViewer {\n      ...PortalViewerFields\n    }\n  }\n": types.PortalViewerDocument,
    "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n": types.PortalSignOutDocument,
    "\n  mutation RedeemSignInLink($token: String!, $password: String) {\n    redeemSignInLink(token: $token, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n": types.RedeemSignInLinkDocument,
    "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      state\n      purpose\n      firstName\n      choosePassword\n      facility {\n        name\n        brandColor\n        logoUrl\n      }\n    }\n  }\n": types.SignInLinkDocument,
    "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      message\n    }\n  }\n": types.RequestSignInLinkDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signInWithPassword(email: $email, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n": types.SignInWithPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchPortalAccount($customerId: ID!) {\n    switchPortalAccount(customerId: $customerId) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchPortalAccount($customerId: ID!) {\n    switchPortalAccount(customerId: $customerId) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarCardFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n  }\n"): (typeof documents)["\n  fragment CarCardFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalViewerFields on PortalViewer {\n    name\n    email\n    isContact\n    facility {\n      name\n      brandColor\n      logoUrl\n    }\n    account {\n      customerName\n      cars {\n        ...CarCardFields\n      }\n    }\n    accounts {\n      customerId\n      customerName\n      current\n    }\n  }\n"): (typeof documents)["\n  fragment PortalViewerFields on PortalViewer {\n    name\n    email\n    isContact\n    facility {\n      name\n      brandColor\n      logoUrl\n    }\n    account {\n      customerName\n      cars {\n        ...CarCardFields\n      }\n    }\n    accounts {\n      customerId\n      customerName\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalViewer {\n    portalViewer {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  query PortalViewer {\n    portalViewer {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n"): (typeof documents)["\n  mutation PortalSignOut {\n    portalSignOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemSignInLink($token: String!, $password: String) {\n    redeemSignInLink(token: $token, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemSignInLink($token: String!, $password: String) {\n    redeemSignInLink(token: $token, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      state\n      purpose\n      firstName\n      choosePassword\n      facility {\n        name\n        brandColor\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      state\n      purpose\n      firstName\n      choosePassword\n      facility {\n        name\n        brandColor\n        logoUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signInWithPassword(email: $email, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signInWithPassword(email: $email, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;