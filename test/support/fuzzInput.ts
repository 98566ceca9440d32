import fc from 'fast-check';

// What a hostile or careless client can put in a request, as fast-check arbitraries.
// A case is a plan: path values may say "the valid id", which the runner fills in at send
// time, because records are created (and deleted) while the fuzz runs.

/** A path or query value: the seeded record's id, or a bad one (already URL-encoded). */
export type Slot = { valid: true } | { valid: false; raw: string };

export type BodyPlan =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; payload: string | Uint8Array };

export interface FuzzPlan {
  params: Record<string, Slot>;
  query: Array<[string, Slot]>;
  body: BodyPlan;
  /** Human-readable list of what was done to the valid request. */
  mutations: string[];
}

export interface OperationShape {
  pathParams: string[];
  queryParams: string[];
  validBody: unknown;
  takesBody: boolean;
  /** The body's top-level fields as the OpenAPI document declares them, optional ones too. */
  bodyFields: BodyField[];
}

const lengths = [0, 1, 255, 256, 1_001, 10_001, 65_537, 1_000_001, 2_000_000];

const longString = fc
  .tuple(fc.constantFrom(...lengths), fc.constantFrom('a', 'é', '😀', ' ', '\u0000', '\uD800'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

const nastyString = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDC00y',
  '\uFEFF',
  '\u202E',
  '\r\n',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '__proto__',
  'constructor',
  'toString',
  'null',
  'NaN',
  '1e309',
  '-1',
  '../../etc/passwd',
  '%FF%FE',
  '{{7*7}}',
  '*: &a [*a, *a]',
);

const badDate = fc.constantFrom(
  '2026-02-30',
  '2026-02-29',
  '2028-02-29',
  '0000-01-01',
  '0001-01-01',
  '0099-12-31',
  '1969-12-31',
  '9999-12-31',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '+275760-09-13',
  '2026-06-15T00:00:00Z',
  '2026-06-15T25:61:61Z',
);

const badNumber = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    -0,
    0.5,
    2_147_483_647,
    2_147_483_648,
    -2_147_483_649,
    4_294_967_296,
    2 ** 53,
    -(2 ** 53),
    2 ** 63,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_VALUE,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Bad ids in URL form (already percent-encoded where the raw form is not a valid URL). */
export const badIdRaw = fc.oneof(
  fc.constantFrom(
    '',
    'a'.repeat(3_000),
    '%FF%FE',
    '../',
    '..%2F..%2Fetc%2Fpasswd',
    '%00',
    '%2e%2e',
    'null',
    'undefined',
    '__proto__',
    '00000000-0000-0000-0000-000000000000',
    '00000000-0000-7000-8000-000000000000',
    'FFFFFFFF-FFFF-7FFF-BFFF-FFFFFFFFFFFF',
    '%20',
    '%E2%80%AE',
    '%ED%A0%80',
    '1',
    '-1',
    '1e400',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map(encodeURIComponent),
);

const edgeScalar = fc.oneof(
  nastyString,
  longString,
  fc.string({ unit: 'binary', maxLength: 40 }),
  badNumber,
  badDate,
  badIdRaw.map((raw) => decodeURIComponentLoose(raw)),
  fc.constantFrom(null, true, false),
);

/** Any JSON value a field could be replaced with: scalars, or small arrays and objects of them. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: edgeScalar },
  { weight: 1, arbitrary: fc.array(edgeScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), edgeScalar, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[[]]], { a: { b: { c: {} } } }) },
);

const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'userId', 'ownerId', 'version', 'role', ''),
  fc.string({ maxLength: 12 }),
);

const malformedJson = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    '[1,2',
    'nul',
    '{"a":1,}',
    "{'a':1}",
    '{"a":1}{"b":2}',
    '{"version":1e400}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '"\\ud800"',
    '[]',
    'null',
    '0',
    `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

const invalidUtf8 = fc.constantFrom(
  Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  Uint8Array.from([0xc0, 0xaf]),
  Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
);

const wrongContentType = fc.constantFrom(
  null,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=latin1',
  'application/json, text/plain',
  'APPLICATION/JSON',
  'application/problem+json',
  '*/*',
  'garbage',
);

type Path = Array<string | number>;

/** Every key path in a JSON value: the places a mutation can aim at. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Sets an own property, even one named __proto__, so it reaches the wire. */
function put(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Container = Record<string | number, unknown>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function containerAt(root: unknown, path: Path): Container | null {
  let node: unknown = root;
  for (const key of path) {
    if (!isContainer(node)) return null;
    node = node[key];
  }
  return isContainer(node) ? node : null;
}

/** The kind of value a field holds, so most replacements are of its own kind and near its edges. */
export type FieldKind = 'string' | 'number' | 'date' | 'other';

const stringEdge = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: longString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: badDate },
  { weight: 1, arbitrary: badIdRaw.map((raw) => decodeURIComponentLoose(raw)) },
);

/** One candidate of each kind; the mutation takes the one that fits the field it lands on. */
const replacement = fc.record({
  typed: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  string: stringEdge,
  number: badNumber,
  date: badDate,
  any: edgeValue,
});
type Replacement = typeof replacement extends fc.Arbitrary<infer T> ? T : never;

function kindOf(value: unknown): FieldKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'date' : 'string';
  return 'other';
}

function pick(r: Replacement, kind: FieldKind): unknown {
  if (!r.typed || kind === 'other') return structuredClone(r.any);
  return r[kind];
}

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'set'; at: number; value: Replacement }
  | { kind: 'field'; at: number; value: Replacement }
  | { kind: 'extra'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: replacement }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('field' as const), at: fc.nat(), value: replacement }) },
  fc.record({ kind: fc.constant('extra' as const), at: fc.nat(), key: extraKey, value: edgeValue }),
);

export interface BodyField {
  name: string;
  kind: FieldKind;
}

function applyMutations(valid: unknown, fields: BodyField[], mutations: Mutation[], log: string[]): unknown {
  const body = clone(valid);
  for (const m of mutations) {
    const paths = pathsOf(body);
    if (m.kind === 'extra' || m.kind === 'field') {
      const containers = [[], ...paths].filter((p) => containerAt(body, p) && !Array.isArray(containerAt(body, p)));
      const at: Path = m.kind === 'field' ? [] : (containers[m.at % Math.max(containers.length, 1)] ?? []);
      const target = containerAt(body, at);
      const field = fields[m.at % Math.max(fields.length, 1)];
      if (!target || (m.kind === 'field' && !field)) continue;
      const key = m.kind === 'field' ? (field?.name ?? '') : m.key;
      const value = m.kind === 'field' ? pick(m.value, field?.kind ?? 'other') : structuredClone(m.value);
      put(target, key, value);
      log.push(`${m.kind} ${[...at, key].join('.')} = ${describe(value)}`);
      continue;
    }
    if (paths.length === 0) continue;
    const path = paths[m.at % paths.length] ?? [];
    const parent = containerAt(body, path.slice(0, -1));
    const key = path[path.length - 1];
    if (!parent || key === undefined) continue;
    if (m.kind === 'drop') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
      log.push(`drop ${path.join('.')}`);
    } else {
      const value = pick(m.value, kindOf(parent[key]));
      put(parent, key, value);
      log.push(`set ${path.join('.')} = ${describe(value)}`);
    }
  }
  return body;
}

/** A short, printable picture of a value: long strings are cut, their length kept. */
export function describe(value: unknown): string {
  const text = JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v,
  );
  return text === undefined ? 'undefined' : text;
}

function decodeURIComponentLoose(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const json = (value: unknown): BodyPlan => ({ kind: 'json', value });
const raw = (contentType: string | null, payload: string | Uint8Array): BodyPlan => ({ kind: 'raw', contentType, payload });

interface PlannedBody {
  body: BodyPlan;
  log: readonly string[];
}

function bodyPlan(shape: OperationShape): fc.Arbitrary<PlannedBody> {
  const valid = shape.validBody ?? {};
  const mutated = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => {
    const log: string[] = [];
    const value = applyMutations(valid, shape.bodyFields, ms, log);
    return { body: json(value), log };
  });
  const asIs = fc.constant<PlannedBody>({ body: json(clone(valid)), log: ['valid body'] });
  const replaced = edgeValue.map((value) => ({
    body: json(value),
    log: [`body = ${describe(value)}`],
  }));
  const malformed = malformedJson.map((payload) => ({
    body: raw('application/json', payload),
    log: [`malformed JSON ${describe(payload)}`],
  }));
  const badBytes = invalidUtf8.map((payload) => ({
    body: raw('application/json', payload),
    log: ['invalid UTF-8 bytes'],
  }));
  const wrongType = wrongContentType.map((contentType) => ({
    body: raw(contentType, JSON.stringify(valid)),
    log: [`valid JSON sent as content type ${contentType ?? '(none)'}`],
  }));
  const none = fc.constant<PlannedBody>({ body: { kind: 'none' }, log: ['no body'] });
  if (!shape.takesBody) {
    return fc.oneof(
      { weight: 6, arbitrary: none },
      { weight: 1, arbitrary: replaced },
      { weight: 1, arbitrary: malformed },
      { weight: 1, arbitrary: wrongType },
    );
  }
  return fc.oneof(
    { weight: 1, arbitrary: asIs },
    { weight: 8, arbitrary: mutated },
    { weight: 2, arbitrary: replaced },
    { weight: 2, arbitrary: malformed },
    { weight: 1, arbitrary: badBytes },
    { weight: 2, arbitrary: wrongType },
    { weight: 1, arbitrary: none },
  );
}

const validSlot: Slot = { valid: true };
const slot: fc.Arbitrary<Slot> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(validSlot) },
  { weight: 2, arbitrary: badIdRaw.map((raw): Slot => ({ valid: false, raw })) },
);

const extraQuery = fc.oneof(
  fc.constantFrom<Array<[string, Slot]>>(
    [['__proto__', { valid: false, raw: 'x' }]],
    [['a[b]', { valid: false, raw: 'c' }]],
    [['%FF', { valid: false, raw: '%FE' }]],
    [['before', { valid: false, raw: 'x' }]],
  ),
  fc.constant<Array<[string, Slot]>>([]),
);

/** The arbitrary plan for one operation: bad path values, query values and body, in any mix. */
export function planFor(shape: OperationShape): fc.Arbitrary<FuzzPlan> {
  const params = fc.record(Object.fromEntries(shape.pathParams.map((name) => [name, slot])));
  const query = fc.tuple(
    fc.tuple(...shape.queryParams.map((name) => fc.option(slot).map((s): Array<[string, Slot]> => (s ? [[name, s]] : [])))),
    extraQuery,
  );
  return fc.record({ params, query, body: bodyPlan(shape) }).map(({ params: p, query: [declared, extra], body }) => {
    const q: Array<[string, Slot]> = [...declared.flat(), ...extra];
    const mutations = [
      ...Object.entries(p)
        .filter(([, s]) => !s.valid)
        .map(([name, s]) => `path ${name} = ${describe(s.valid ? '' : s.raw)}`),
      ...q.filter(([, s]) => !s.valid).map(([name, s]) => `query ${name} = ${describe(s.valid ? '' : s.raw)}`),
      ...body.log,
    ];
    return { params: p, query: q, body: body.body, mutations };
  });
}
