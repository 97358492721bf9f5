/**
 * The connection agent for a request. When the runner sets a proxy (`https_proxy` / `http_proxy`) that the URL
 * does not bypass (`no_proxy`), it is @actions/http-client's tunnelling agent through that proxy, so that every
 * request (Azure AD, the Store, the blob) goes where the runner's other tools go. Otherwise it is a plain node
 * agent. @actions/http-client (with `tunnel`, which loads TLS) is loaded only by a run that has a proxy, and
 * node:https only by a run with an https URL: a run loads only what it uses (start-up: bench/start.mjs).
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import type http from 'node:http';

export interface AgentOptions {
  keepAlive: boolean;
  maxSockets: number;
  /** For a plain agent: how many idle sockets it keeps (default: maxSockets). */
  maxFreeSockets?: number;
  /** For a plain agent: which idle socket it takes next. */
  scheduling?: 'fifo' | 'lifo';
}

/** node:http or node:https for a URL, loaded when first asked for (node:https brings TLS and all of crypto). */
export function httpModule(url: URL): Pick<typeof http, 'request' | 'Agent'> {
  return url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
}

/** Whether a request to `url` goes through the runner's proxy. */
export function usesProxy(url: URL): boolean {
  return Boolean(getProxyUrl(url)?.hostname);
}

/** A new agent for requests to `url`: the proxy's tunnelling agent when it has one, else a plain agent. */
export async function agentFor(url: URL, options: AgentOptions): Promise<http.Agent> {
  if (usesProxy(url)) {
    const { HttpClient } = await import('@actions/http-client');
    return new HttpClient('msstore-submit-action', [], {
      keepAlive: options.keepAlive,
      maxSockets: options.maxSockets
    }).getAgent(url.href);
  }
  return new (httpModule(url).Agent)({
    keepAlive: options.keepAlive,
    maxSockets: options.maxSockets,
    maxFreeSockets: options.maxFreeSockets ?? options.maxSockets,
    ...(options.scheduling ? { scheduling: options.scheduling } : {})
  });
}
