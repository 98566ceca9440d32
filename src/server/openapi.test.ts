import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument, openApiText } from './openapi.js';

const root = new URL('../../', import.meta.url);
const committed = () => readFileSync(new URL('docs/openapi.json', root), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

describe('docs/openapi.json', () => {
  it('is what the route table generates', async () => {
    const generated = openApiText(await openApiDocument(version));
    // toBe would print two 300 KB strings; say what to run instead.
    expect(generated === committed(), 'docs/openapi.json is stale: run `npm run openapi` and commit it').toBe(true);
  });
});
