/**
 * The one place that sends API requests (Store and Azure AD): a thin seam over
 * @actions/http-client (which honours the runner's proxy settings), injected
 * everywhere else so that tests can point it anywhere.
 */
import { HttpClient } from '@actions/http-client';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpTransport {
  request(method: string, url: string, body: string | undefined, headers: Record<string, string>): Promise<HttpResponse>;
}

export function createHttpTransport(options: { userAgent: string; timeoutMs: number }): HttpTransport {
  const client = new HttpClient(options.userAgent, [], {
    socketTimeout: options.timeoutMs,
    allowRetries: false,
    allowRedirects: false,
    keepAlive: false
  });
  return {
    async request(method, url, body, headers) {
      const response = await client.request(method, url, body ?? null, headers);
      const text = await response.readBody();
      return { status: response.message.statusCode ?? 0, headers: response.message.headers, body: text };
    }
  };
}

/** One header's value, whatever its case or multiplicity. */
export function header(headers: HttpResponse['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
