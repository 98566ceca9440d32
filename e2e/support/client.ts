import type { Page } from 'playwright-core';
import { type Api, createClient } from '../../src/client/api.js';

/**
 * The shared typed client over the page's own request context, so calls carry the page's
 * session cookie; it keeps the CSRF token the way the web app does.
 */
export function pageClient(page: Page, baseUrl: () => string): Api {
  let csrf = '';
  return createClient({
    csrfToken: () => csrf,
    fetch: async (url, { method, headers, body }) => {
      const response = await page.request.fetch(`${baseUrl()}${url}`, {
        method,
        headers,
        ...(body !== undefined && { data: body }),
      });
      const text = await response.text();
      const data: unknown = response.headers()['content-type']?.includes('json') && text ? JSON.parse(text) : null;
      if (typeof data === 'object' && data !== null && 'csrfToken' in data && typeof data.csrfToken === 'string') {
        csrf = data.csrfToken;
      }
      return {
        status: response.status(),
        ok: response.ok(),
        headers: { get: (name) => response.headers()[name.toLowerCase()] ?? null },
        text: async () => text,
      };
    },
  });
}
