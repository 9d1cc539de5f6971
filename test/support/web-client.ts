// A minimal browser-like HTTP client for API tests: a cookie jar, CSRF tokens from pages, redirects left visible.

/** A response with its body read. */
export interface ClientResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON (throws when it is not JSON), typed as the test expects it to be. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a cast the test states at the call
  json<T = Record<string, unknown>>(): T;
}

/** A client that keeps cookies between requests, like one browser. */
export class WebClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** Sends a request; `body` objects are JSON unless `form` is set. */
  async request(method: string, path: string, options: { body?: unknown; form?: Record<string, string | string[]>; headers?: Record<string, string> } = {}): Promise<ClientResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (options.form !== undefined) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(options.form)) for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
      body = params.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, redirect: 'manual', ...(body === undefined ? {} : { body }) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie) || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see ClientResponse.json
    return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
  }

  /** GET. */
  get(path: string, headers: Record<string, string> = {}): Promise<ClientResponse> {
    return this.request('GET', path, { headers });
  }

  /** The CSRF token a page embeds (its meta tag). */
  async csrfToken(path = '/login'): Promise<string> {
    const page = await this.get(path);
    const m = /<meta name="csrf-token" content="([^"]*)">/.exec(page.text);
    if (m?.[1] === undefined) throw new Error(`no csrf token on ${path} (status ${page.status})`);
    return m[1];
  }

  /** Signs in through the real form; returns the final response of the POST. */
  async signIn(email: string, password: string): Promise<ClientResponse> {
    const token = await this.csrfToken('/login');
    return this.request('POST', '/login', { form: { _csrf: token, email, password } });
  }

  /** The Cookie header this client would send. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Whether a cookie is held. */
  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }
}

/** Headers for a staff bearer token. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** A client signed in through the form, with the CSRF token its pages carry (for JSON calls). */
export async function signedInClient(baseUrl: string, email: string, password: string): Promise<{ client: WebClient; csrf: Record<string, string> }> {
  const client = new WebClient(baseUrl);
  const response = await client.signIn(email, password);
  if (response.status !== 303) throw new Error(`sign-in of ${email} failed with ${response.status}`);
  const me = await client.get('/api/v1/me');
  const token = me.json<{ csrfToken: string }>().csrfToken;
  return { client, csrf: { 'x-csrf-token': token } };
}
