// A browser behind a load balancer: one cookie jar, each request to whichever server the test
// names. Sends what Apollo Client sends, like the harness's TestClient, which talks to one server.
import { type GqlResult, storeCookies } from "../harness.js";

export type Target = { url: string };

export class Browser {
  private readonly cookies = new Map<string, string>();

  /** `network` becomes X-Forwarded-For (the servers trust it from loopback): the address throttles see. */
  constructor(private readonly network = "10.0.0.1") {}

  async gql<T = Record<string, unknown>>(
    server: Target,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        "x-forwarded-for": this.network,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
      body: JSON.stringify({ query, variables }),
    });
    storeCookies(this.cookies, res);
    return (await res.json()) as GqlResult<T>;
  }

  /** Asserts success and returns data, with the errors in the failure message. */
  async ok<T = Record<string, unknown>>(
    server: Target,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.gql<T>(server, query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Another tab of the same browser, or a copy of its cookies kept by someone else. */
  copy(): Browser {
    const other = new Browser(this.network);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }
}
