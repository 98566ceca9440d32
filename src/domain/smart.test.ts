import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSmart, deadlineIn, placeholdersIn, type SmartCheck, type SmartInput, type SmartLetter } from './smart.js';

const TODAY = '2026-01-15';
const check = (title: string, fields: Omit<SmartInput, 'title'> = {}, today = TODAY): SmartCheck =>
  checkSmart({ title, ...fields }, today);
const verdicts = (result: SmartCheck): Record<SmartLetter, boolean> => ({
  specific: result.specific.pass,
  measurable: result.measurable.pass,
  achievable: result.achievable.pass,
  relevant: result.relevant.pass,
  timeBound: result.timeBound.pass,
});

describe('the example destinations of the Growth Map guide, section 1', () => {
  const A =
    'Design and implement a fault-tolerant microservice with <99.99% uptime and end-to-end tracing in production within 9 months.';
  const B =
    'Lead a cross-functional project with product, design, and security, delivering at least three measurable product improvements.';
  const C = 'Publish a technical article series and deliver two internal talks per quarter.';

  it.each([
    // A: "design and implement" + a named system is specific; "<99.99%" is a checkable number (the "<" is the
    // source's typo for ">", still a target); "within 9 months" bounds it and is well inside 24 months.
    { name: 'A', title: A, specific: true, measurable: true, achievable: true, timeBound: true },
    // B: "at least three … improvements" is a count, but nothing says by when. With no deadline nothing marks it
    // out of reach, so Achievable passes and Time-bound alone asks for a date.
    { name: 'B', title: B, specific: true, measurable: true, achievable: true, timeBound: false },
    // C: "two internal talks" is a count and "per quarter" a cadence, which is near by definition.
    { name: 'C', title: C, specific: true, measurable: true, achievable: true, timeBound: true },
  ])(
    'destination $name as a bare title: relevant fails, since none states why it matters',
    ({ name: _name, title, ...letters }) => {
      expect(verdicts(check(title))).toEqual({ ...letters, relevant: false });
    },
  );

  it.each([
    { name: 'A', title: A, impact: 'Checkout stays up during peak sales, so fewer orders are lost.', timeBound: true },
    { name: 'B', title: B, impact: 'Security reviews stop delaying launches by a sprint.', timeBound: false },
    {
      name: 'C',
      title: C,
      impact: 'Other teams adopt our observability practices and resolve incidents faster.',
      timeBound: true,
    },
  ])(
    'destination $name with a business impact filled in becomes relevant and keeps its other letters',
    ({ title, impact, timeBound }) => {
      // A stated impact changes Relevant only; B still has no time bound.
      expect(verdicts(check(title, { businessImpact: impact }))).toEqual({
        specific: true,
        measurable: true,
        achievable: true,
        relevant: true,
        timeBound,
      });
    },
  );
});

describe('Specific: a concrete action and what it acts on', () => {
  it.each([
    { title: 'Design and implement a fault-tolerant microservice', specific: true },
    { title: 'Write the onboarding guide for new backend engineers', specific: true },
    { title: 'Migrate the billing service to PostgreSQL', specific: true },
    { title: 'I want to mentor two junior engineers on the platform team', specific: true },
    // A vague verb is rescued when the object says exactly what changes.
    { title: 'Reduce MTTR from 40 to 20 minutes', specific: true },
    { title: 'Improve integration test coverage of the payments service', specific: true },
    { title: 'Improve testing', specific: false },
    { title: 'Get better at distributed systems', specific: false },
    { title: 'Learn more about Kubernetes networking and service meshes', specific: false },
    { title: 'Be a better engineer', specific: false },
    // An area of mastery is not yet a destination: there is no action.
    { title: 'Distributed systems design', specific: false },
    // An action with too thin an object.
    { title: 'Write docs', specific: false },
  ])('“$title” → specific: $specific', ({ title, specific }) => {
    expect(check(title).specific.pass).toBe(specific);
  });

  it('quotes the vague lead phrase in the reason and suggests a concrete action', () => {
    const { specific } = check('Get better at testing');
    expect(specific.reason).toContain('get better at');
    expect(specific.hint).toMatch(/build, ship or lead/);
  });

  it('lets a concrete description make a vague title specific, and says so', () => {
    const { specific } = check('Improve testing', {
      description: 'Add contract tests to the payments API and the ledger service.',
    });
    expect(specific.pass).toBe(true);
    expect(specific.reason).toMatch(/^The description names an action/);
    expect(specific.hint).toContain('title');
  });
});

describe('Measurable: a number, count or target you can check', () => {
  it.each([
    { title: 'Cut p99 latency of the checkout API to under 200 ms', measurable: true },
    { title: 'Reduce MTTR from 40 to 20 minutes', measurable: true },
    { title: 'Halve the flaky tests in the monorepo', measurable: true },
    { title: 'Double the number of services with tracing', measurable: true },
    { title: 'Reach 99.99% uptime for the payments service', measurable: true },
    { title: 'Raise test coverage by 15 percent', measurable: true },
    { title: 'Give two internal talks', measurable: true },
    { title: 'Mentor three junior engineers', measurable: true },
    { title: 'Review at least five design documents', measurable: true },
    { title: 'Run game days twice a month', measurable: true },
    { title: 'Ship zero-downtime deploys for the API', measurable: true },
    { title: 'Improve testing', measurable: false },
    { title: 'Get better at Kubernetes', measurable: false },
    { title: 'Reduce latency of the checkout API', measurable: false },
    // A date is a deadline, not a target number.
    { title: 'Ship the new billing service by 2027-06-30', measurable: false },
    // A duration bounds time; it measures nothing.
    { title: 'Publish a blog post within 9 months', measurable: false },
    // A version number counts nothing.
    { title: 'Migrate the monolith to Node 20', measurable: false },
    { title: 'Double-check every release checklist', measurable: false },
    // "one of" picks one out of many; it counts nothing.
    { title: 'Present at one of the company all-hands meetings', measurable: false },
  ])('“$title” → measurable: $measurable', ({ title, measurable }) => {
    expect(check(title).measurable.pass).toBe(measurable);
  });

  it('quotes the signal it found', () => {
    expect(check('Deliver two internal talks per quarter').measurable.reason).toContain('“two internal talks”');
  });

  it('reads a target from the measure field', () => {
    const { measurable } = check('Improve incident response', { measure: 'MTTR under 30 minutes' });
    expect(measurable.pass).toBe(true);
    expect(measurable.reason).toMatch(/^The measure sets a target/);
  });

  it('fails a measure that names what to track but no target', () => {
    const { measurable } = check('Improve incident response', { measure: 'MTTR' });
    expect(measurable.pass).toBe(false);
    expect(measurable.reason).toContain('sets no number');
    expect(measurable.hint).toContain('MTTR under 30 minutes');
  });

  it('does not take a number from the business impact: it says why, not what', () => {
    const result = check('Improve incident response', { businessImpact: 'On-call pages drop by 50% for the payments team.' });
    expect(result.measurable.pass).toBe(false);
    expect(result.relevant.pass).toBe(true);
  });

  it('reads 99.99% as a percentage and never as a date', () => {
    const result = check('Keep 99.99% availability for the checkout API');
    expect(result.measurable.reason).toContain('99.99%');
    expect(result.timeBound.pass).toBe(false);
    expect(result.achievable.reason).toContain('no deadline');
  });
});

describe('Time-bound: a target date, a deadline phrase or a cadence', () => {
  it.each([
    { title: 'Ship the search service within 9 months', phrase: 'within 9 months' },
    { title: 'Migrate the billing jobs in 6 weeks', phrase: 'in 6 weeks' },
    { title: 'Ship the billing service by 2027-06-30', phrase: 'by 2027-06-30' },
    { title: 'Migrate the monolith to Node 20 by Q3 2027', phrase: 'by Q3 2027' },
    { title: 'Ship the mobile SDK by June 2027', phrase: 'by June 2027' },
    { title: 'Launch the design system by the end of 2026', phrase: 'by the end of 2026' },
    { title: 'Grow the platform team over the next 18 months', phrase: 'over the next 18 months' },
    { title: 'Lead a 4-week internal initiative to improve a shared component', phrase: '4-week' },
    { title: 'Deliver two internal talks per quarter', phrase: 'per quarter' },
    { title: 'Publish three blog posts this year', phrase: 'this year' },
    { title: 'Lead the incident review process next quarter', phrase: 'next quarter' },
    { title: 'Write the on-call handbook by end of year', phrase: 'by end of year' },
    { title: 'Publish a quarterly reliability report', phrase: 'quarterly' },
    { title: 'Run a weekly architecture clinic', phrase: 'weekly' },
    { title: 'Demo progress to the team every sprint', phrase: 'every sprint' },
    { title: 'Run game days twice a month', phrase: 'a month' },
  ])('“$title” is time-bound by “$phrase”', ({ title, phrase }) => {
    const { timeBound } = check(title);
    expect(timeBound.pass).toBe(true);
    expect(timeBound.reason).toContain(`“${phrase}”`);
  });

  it.each([
    { title: 'Improve testing' },
    { title: 'Reach 99.99% uptime for the payments service' },
    { title: 'Write 12 blog posts about observability' },
    { title: 'Ship the billing service by 2027-02-30' },
  ])('“$title” is not time-bound', ({ title }) => {
    const { timeBound } = check(title);
    expect(timeBound.pass).toBe(false);
    expect(timeBound.hint).toContain('target date');
  });

  it('accepts a target date on its own', () => {
    const { timeBound } = check('Write the on-call handbook', { targetDate: '2026-06-30' });
    expect(timeBound).toMatchObject({ pass: true, reason: 'It has a target date, 2026-06-30.' });
  });

  it('names a target date that is not a real calendar date', () => {
    const { timeBound } = check('Write the on-call handbook', { targetDate: '2027-02-30' });
    expect(timeBound.pass).toBe(false);
    expect(timeBound.reason).toContain('not a real calendar date');
  });
});

describe('Achievable: no deadline in the past or more than 24 months out', () => {
  it.each([
    { targetDate: '2026-01-15', achievable: true, why: 'today itself is not past' },
    { targetDate: '2026-01-14', achievable: false, why: 'yesterday is past' },
    { targetDate: '2026-07-01', achievable: true, why: 'half a year out' },
    { targetDate: '2028-01-15', achievable: true, why: 'exactly 24 months out is still in reach' },
    { targetDate: '2028-01-16', achievable: false, why: 'one day beyond 24 months' },
    { targetDate: '2030-01-01', achievable: false, why: 'four years out' },
  ])('a target date of $targetDate → achievable: $achievable ($why)', ({ targetDate, achievable }) => {
    expect(check('Write the on-call handbook', { targetDate }).achievable.pass).toBe(achievable);
  });

  it.each([
    { phrase: 'within 24 months', achievable: true },
    { phrase: 'within 2 years', achievable: true },
    { phrase: 'within 25 months', achievable: false },
    { phrase: 'within 30 months', achievable: false },
    { phrase: 'within 3 years', achievable: false },
    { phrase: 'by Q4 2027', achievable: true },
    { phrase: 'by Q3 2025', achievable: false },
    { phrase: 'by 2025-12-31', achievable: false },
    { phrase: 'by the end of 2028', achievable: false },
    { phrase: 'per quarter', achievable: true },
    { phrase: 'next year', achievable: true },
  ])('“Migrate payments to the new ledger $phrase” → achievable: $achievable', ({ phrase, achievable }) => {
    expect(check(`Migrate payments to the new ledger ${phrase}`).achievable.pass).toBe(achievable);
  });

  it.each([
    { phrase: 'by Q3', due: '2027-09-30' },
    { phrase: 'by June', due: '2027-06-30' },
  ])('reads “$phrase” without a year as its next occurrence ($due), not one already past', ({ phrase, due }) => {
    const { achievable } = check(`Migrate payments to the new ledger ${phrase}`, {}, '2026-11-01');
    expect(achievable.pass).toBe(true);
    expect(achievable.reason).toContain(due);
  });

  it('counts 24 months in calendar months, clamping a leap day to the end of February', () => {
    expect(check('Write the on-call handbook', { targetDate: '2026-02-28' }, '2024-02-29').achievable.pass).toBe(true);
    expect(check('Write the on-call handbook', { targetDate: '2026-03-01' }, '2024-02-29').achievable.pass).toBe(false);
  });

  it('explains a past deadline and a far one with the date it computed', () => {
    expect(check('Ship the search service', { targetDate: '2025-03-01' }).achievable.reason).toContain(
      '2025-03-01) is already past',
    );
    const far = check('Migrate payments to the new ledger within 30 months').achievable;
    expect(far.reason).toContain('“within 30 months” (2028-07-15) is more than 24 months away');
    expect(far.hint).toContain('2028-01-15');
  });

  it('fails when any deadline is out of reach, even if another is fine', () => {
    expect(check('Ship the search service within 9 months', { targetDate: '2025-12-01' }).achievable.pass).toBe(false);
  });

  it('passes without any deadline, saying nothing suggests it is out of reach, and asks for a date', () => {
    const { achievable } = check('Mentor two junior engineers on the platform team');
    expect(achievable).toEqual({
      pass: true,
      reason: 'Nothing suggests it is out of reach: no deadline is stated.',
      hint: 'Add a target date so reach can be checked against your calendar.',
    });
  });

  it('fails when there is no goal at all to judge', () => {
    expect(check('').achievable.pass).toBe(false);
  });

  it('judges against the today it is given, so the same date can pass today and fail later', () => {
    expect(check('Write the handbook', { targetDate: '2026-06-30' }, '2026-06-30').achievable.pass).toBe(true);
    expect(check('Write the handbook', { targetDate: '2026-06-30' }, '2026-07-01').achievable.pass).toBe(false);
  });
});

describe('deadlineIn: the date a goal’s own words name', () => {
  it.each([
    { text: 'Ship the mobile SDK by June 2027', phrase: 'by June 2027', date: '2027-06-30' },
    { text: 'Ship the mobile SDK by june', phrase: 'by june', date: '2026-06-30' },
    { text: 'Migrate the monolith by Q3 2027', phrase: 'by Q3 2027', date: '2027-09-30' },
    { text: 'Migrate the monolith in Q1', phrase: 'in Q1', date: '2026-03-31' },
    { text: 'Ship the billing service on 2027-03-15', phrase: '2027-03-15', date: '2027-03-15' },
    { text: 'Write the handbook by the end of the year', phrase: 'by the end of the year', date: '2026-12-31' },
    { text: 'Write the handbook by end of next year', phrase: 'by end of next year', date: '2027-12-31' },
    { text: 'Write the handbook by the end of this quarter', phrase: 'by the end of this quarter', date: '2026-03-31' },
    { text: 'Write the handbook before year-end', phrase: 'year-end', date: '2026-12-31' },
    { text: 'Ship the search service within 9 months', phrase: 'within 9 months', date: '2026-10-15' },
    // Two deadlines: the destination is reached at the later one, as Achievable reads it.
    { text: 'Ship the beta by March 2026 and GA by June 2026', phrase: 'by June 2026', date: '2026-06-30' },
  ])('“$text” → $date', ({ text, phrase, date }) => {
    expect(deadlineIn(text, TODAY)).toEqual({ phrase, date });
  });

  it.each([
    'Deliver two talks per quarter',
    'Publish three blog posts this year',
    'Demo progress at the end of each sprint',
    'Ship the billing service by [Date]',
    'Ship the billing service by 2027-02-30',
  ])('“%s” names no deadline', (text) => {
    expect(deadlineIn(text, TODAY)).toBeNull();
  });

  it('gives Achievable the same date, so its reason quotes what the wizard sets', () => {
    const title = 'Write the handbook by the end of the year';
    expect(check(title).achievable.reason).toContain('(2026-12-31)');
  });
});

describe('Relevant: a stated business impact', () => {
  it.each([
    { businessImpact: 'Fewer pages for the on-call rotation', relevant: true },
    { businessImpact: 'Cuts checkout latency, which lifts conversion.', relevant: true },
    { businessImpact: 'TBD', relevant: false },
    { businessImpact: 'Important', relevant: false },
    { businessImpact: 'Business impact', relevant: false },
    { businessImpact: '', relevant: false },
    { businessImpact: null, relevant: false },
  ])('business impact “$businessImpact” → relevant: $relevant', ({ businessImpact, relevant }) => {
    expect(check('Write the on-call handbook', { businessImpact }).relevant.pass).toBe(relevant);
  });

  it('accepts an impact clause in the title and suggests moving it to the impact field', () => {
    const { relevant } = check('Add alerting to the checkout API so that MTTR drops');
    expect(relevant.pass).toBe(true);
    expect(relevant.reason).toContain('“so that MTTR drops”');
    expect(relevant.hint).toContain('Business impact');
  });

  it('accepts an impact clause in the description', () => {
    const description = 'The series covers observability, which should reduce incident response time.';
    expect(check('Publish a technical article series', { description }).relevant.pass).toBe(true);
  });

  it('does not accept an impact clause too thin to say anything', () => {
    expect(check('Add alerting to checkout so that it works').relevant.pass).toBe(false);
  });
});

describe('placeholders in square brackets are never signals', () => {
  it('a title that is only a placeholder is not specific, and the hint asks to fill it in', () => {
    const { specific } = check('[Title]');
    expect(specific.pass).toBe(false);
    expect(specific.reason).toContain('[Title] is not filled in');
    expect(specific.hint).toMatch(/^Fill in the placeholder \[Title\]\./);
  });

  it('“Deliver [N] talks per quarter” passes no letter until [N] is filled in, and says what it found meanwhile', () => {
    const result = check('Deliver [N] talks per quarter', { businessImpact: 'Other teams learn our tracing setup.' });
    expect(Object.values(verdicts(result))).toEqual([false, false, false, false, false]);
    expect(result.measurable.hint).toMatch(/^Fill in the placeholder \[N\]\./);
    expect(result.timeBound.reason).toBe('It is bounded in time by “per quarter”, but the placeholder [N] is not filled in.');
  });

  it('the wizard’s measure “[metric] from [baseline] to [target]” is not measurable, even when the title counts something', () => {
    const measure = '[metric] from [baseline] to [target]';
    for (const title of ['Mentor two junior engineers on the payments team', 'Ship the billing service']) {
      const { measurable } = check(title, { measure });
      expect(measurable.pass, title).toBe(false);
      expect(measurable.reason, title).toContain('the placeholders [metric], [baseline], [target] are not filled in');
      expect(measurable.hint, title).toMatch(/^Fill in the placeholders \[metric\], \[baseline\], \[target\]\./);
    }
  });

  it('a title with [service] passes no letter, though every other field is filled in', () => {
    const result = check('Design and implement a fault-tolerant [service] with end-to-end tracing in production', {
      description: 'Run it in production within 9 months, with timeouts and retries on every outbound call.',
      measure: 'Uptime of at least 99.9% over 30 days',
      targetDate: '2026-10-15',
      businessImpact: 'Customers see fewer outages during peak sales.',
    });
    expect(verdicts(result)).toEqual({
      specific: false,
      measurable: false,
      achievable: false,
      relevant: false,
      timeBound: false,
    });
    for (const { reason, hint } of Object.values(result)) {
      expect(reason).toContain('[service] is not filled in');
      expect(hint).toMatch(/^Fill in the placeholder \[service\]\./);
    }
    // The same destination with [service] filled in passes all five: the placeholder alone made them fail.
    const filled = check('Design and implement a fault-tolerant checkout service with end-to-end tracing in production', {
      description: 'Run it in production within 9 months, with timeouts and retries on every outbound call.',
      measure: 'Uptime of at least 99.9% over 30 days',
      targetDate: '2026-10-15',
      businessImpact: 'Customers see fewer outages during peak sales.',
    });
    expect(Object.values(verdicts(filled))).toEqual([true, true, true, true, true]);
  });

  it.each([
    { field: 'description', fields: { description: 'Owned by [team].' }, failing: 'all five' },
    { field: 'measure', fields: { measure: 'p95 latency under [N] ms' }, failing: 'measurable, achievable, time-bound' },
    { field: 'business impact', fields: { businessImpact: '[Team] stops losing orders' }, failing: 'relevant' },
  ])('a placeholder in the $field fails the letters that read it ($failing)', ({ fields }) => {
    const base = {
      measure: 'p95 latency under 200 ms',
      targetDate: '2026-10-15',
      businessImpact: 'Checkout stops losing orders at peak.',
    };
    const result = check('Migrate the checkout service to PostgreSQL', { ...base, ...fields });
    const expected = {
      description: { specific: false, measurable: false, achievable: false, relevant: false, timeBound: false },
      measure: { specific: true, measurable: false, achievable: false, relevant: true, timeBound: false },
      businessImpact: { specific: true, measurable: true, achievable: true, relevant: false, timeBound: true },
    }[Object.keys(fields)[0] as 'description' | 'measure' | 'businessImpact'];
    expect(verdicts(result)).toEqual(expected);
  });

  it('placeholdersIn lists what the check refuses to count, once each and in order', () => {
    expect(placeholdersIn('Cut MTTR for [service] from [X] to [Y]', null, '[service] on call', undefined)).toEqual([
      '[service]',
      '[X]',
      '[Y]',
    ]);
    expect(placeholdersIn('See [the guide](https://example.test/guide)')).toEqual([]);
  });

  it('a Markdown link in the description is not a placeholder', () => {
    const result = check('Migrate the checkout service to PostgreSQL', {
      description: 'Following [the migration guide](https://example.test/guide).',
      measure: 'p95 latency under 200 ms',
      targetDate: '2026-10-15',
      businessImpact: 'Checkout stops losing orders at peak.',
    });
    expect(Object.values(verdicts(result))).toEqual([true, true, true, true, true]);
  });

  it.each([
    { title: 'Ship the billing service by [Date]', fields: {} },
    { title: 'Ship the billing service by [2027-06-30]', fields: {} },
    { title: 'Ship the billing service', fields: { targetDate: '[Date]' } },
  ])('“$title” with $fields is not time-bound', ({ title, fields }) => {
    const { timeBound } = check(title, fields);
    expect(timeBound.pass).toBe(false);
    expect(timeBound.hint).toMatch(/^Fill in the placeholder \[/);
  });

  it('a bracketed percentage is not measurable', () => {
    expect(check('Reach [99.99%] uptime for checkout').measurable.pass).toBe(false);
  });

  it('a placeholder business impact is not relevant, and the hint asks to fill it in', () => {
    const { relevant } = check('Write the on-call handbook', { businessImpact: '[Business impact]' });
    expect(relevant.pass).toBe(false);
    expect(relevant.hint).toMatch(/^Fill in the placeholder \[Business impact\]\./);
  });
});

describe('the shape of the result', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const samples: SmartInput[] = [
    { title: '' },
    { title: '[Title]', targetDate: '[Date]', businessImpact: '[Impact]' },
    { title: 'Improve testing', measure: 'coverage' },
    { title: 'Design a service within 9 months', targetDate: '2020-01-01', businessImpact: 'Fewer outages for customers' },
  ];

  it.each(samples)('gives the five letters in order, each with a one-sentence reason and a hint: %o', (input) => {
    const result = checkSmart(input, TODAY);
    expect(Object.keys(result)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
    for (const { pass, reason, hint } of Object.values(result)) {
      expect(typeof pass).toBe('boolean');
      expect(reason).toMatch(/^[A-Z].*\.$/);
      expect(typeof hint).toBe('string');
      expect(hint.length).toBeGreaterThan(0);
    }
  });

  it('is pure: the system clock does not change the verdict', () => {
    const input = { title: 'Ship the billing service', targetDate: '2026-06-30' };
    const before = checkSmart(input, TODAY);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2040-01-01T00:00:00Z'));
    expect(checkSmart(input, TODAY)).toEqual(before);
    expect(before.achievable.pass).toBe(true);
  });

  it('rejects a today that is not a calendar date', () => {
    expect(() => checkSmart({ title: 'Write the handbook' }, '2026-02-30')).toThrow(RangeError);
    expect(() => checkSmart({ title: 'Write the handbook' }, 'today')).toThrow(RangeError);
  });
});
