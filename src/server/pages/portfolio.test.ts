import { describe, expect, it } from 'vitest';
import type { SharedPortfolio } from '../../schemas/portfolio.js';
import { sharedPortfolioPage } from './portfolio.js';

const shared: SharedPortfolio = {
  ownerName: 'Ada <Lovelace>',
  sharedAt: '2026-03-02T09:00:00.000Z',
  artifacts: [
    {
      title: '<script>alert(1)</script>',
      kind: 'writing',
      date: '2026-02-01',
      url: 'https://example.test/a"b',
      description: null,
      outcome: null,
      metric: { name: 'Coverage', before: null, after: 80, unit: '%', measuredOn: null, sourceUrl: null },
      skills: [],
    },
  ],
  endorsements: [{ quote: 'Explains tracing so “anyone” gets it.', name: null, relationship: 'Teammate', skills: ['Tracing'] }],
};

describe('the shared portfolio page', () => {
  const body = String(sharedPortfolioPage(shared).body);

  it('writes everything the owner or an endorser typed as text, never markup', () => {
    expect(body).toContain('<h1>Portfolio of Impact: Ada &lt;Lovelace&gt;</h1>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).not.toContain('<script>');
    expect(body).toContain('href="https://example.test/a&quot;b"');
  });

  it('shows a metric with one number as it is, and endorsements without a name as a colleague’s', () => {
    expect(body).toContain('<strong>Coverage:</strong> 80 %</p>');
    expect(body).toContain('<h2>Endorsements</h2>');
    expect(body).toContain('<blockquote>Explains tracing so “anyone” gets it.</blockquote><p>— A colleague, Teammate</p>');
    expect(body).toContain('On Tracing');
  });

  it('leaves out the endorsements section when none were shared', () => {
    expect(String(sharedPortfolioPage({ ...shared, endorsements: [] }).body)).not.toContain('Endorsements');
  });
});
