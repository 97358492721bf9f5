/**
 * The one place that sends API requests (Store and Azure AD), injected
 * everywhere else so that tests can point it anywhere. It goes through
 * @actions/http-client's agent, so the runner's proxy settings apply, but
 * reads each answer itself: a response cut off after its headers, or one that
 * stalls, fails as a network error (ECONNRESET / ETIMEDOUT) within the
 * request timeout instead of waiting forever.
 */
import { HttpClient } from '@actions/http-client';
import http from 'node:http';
import https from 'node:https';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpTransport {
  request(
    method: string,
    url: string,
    body: string | undefined,
    headers: Record<string, string>
  ): Promise<HttpResponse>;
}

function networkError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

export function createHttpTransport(options: { userAgent: string; timeoutMs: number }): HttpTransport {
  const agents = new HttpClient(options.userAgent, [], { keepAlive: false });
  return {
    request(method, url, body, headers) {
      const target = new URL(url);
      const module = target.protocol === 'https:' ? https : http;
      return new Promise<HttpResponse>((resolve, reject) => {
        let settled = false;
        const finish = (error: Error | undefined, response?: HttpResponse): void => {
          if (settled) return;
          settled = true;
          clearTimeout(deadline);
          if (error) reject(error);
          else resolve(response as HttpResponse);
        };
        const req = module.request(
          target,
          {
            method,
            agent: agents.getAgent(url),
            headers: {
              'User-Agent': options.userAgent,
              ...headers,
              ...(body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) })
            }
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              finish(undefined, {
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8')
              })
            );
            res.on('aborted', () =>
              finish(networkError('the connection closed in the middle of the answer', 'ECONNRESET'))
            );
            res.on('error', (error) =>
              finish(Object.assign(error, { code: (error as NodeJS.ErrnoException).code ?? 'ECONNRESET' }))
            );
            res.on('close', () =>
              finish(networkError('the connection closed before the answer was complete', 'ECONNRESET'))
            );
          }
        );
        // One deadline for the whole exchange: connecting, sending, and reading the answer to its end.
        const deadline = setTimeout(() => {
          finish(
            networkError(
              `Request timeout: no complete answer within ${Math.round(options.timeoutMs / 1000)} s`,
              'ETIMEDOUT'
            )
          );
          req.destroy();
        }, options.timeoutMs);
        req.on('error', (error) => finish(error));
        req.end(body);
      });
    }
  };
}

/** One header's value, whatever its case or multiplicity. */
export function header(headers: HttpResponse['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
