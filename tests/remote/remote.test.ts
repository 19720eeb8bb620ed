/**
 * Remote models: `remoteModel` against the reference server on loopback.
 * Batching and round trips, the cache, cancellation, and every way a server
 * can let the client down: down, slow, garbage, out of order, 5xx, 4xx.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdviceError, type AdviceModel, type EvaluationStats, type ResolvedSituation, rank, tippingPoints } from '@advice-kit/core';
import { declarativeModel } from '@advice-kit/declarative';
import { type RemoteModelOptions, remoteModel } from '@advice-kit/remote';
import { type ServedModel, type ServeModelOptions, serveModel } from '@advice-kit/remote/server';
import { Validator } from '@cfworker/json-schema';
import { afterEach, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const TRAVEL_TEXT = readFileSync(new URL('../declarative/fixtures/travel.declarative.json', import.meta.url), 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: a JSON document edited freely in tests
const travelJson = (): any => JSON.parse(TRAVEL_TEXT);
const travel = declarativeModel(TRAVEL_TEXT);

const servers: ServedModel[] = [];
async function serve(model: AdviceModel = travel, options: ServeModelOptions = {}): Promise<ServedModel> {
  const server = await serveModel(model, options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close().catch(() => {})));
});

const quick: RemoteModelOptions = { backoff: 1 };
const situation = (trips: number, zone = 'inner', senior = false): ResolvedSituation => ({ trips, zone, senior, distance: 2 });
const assessRequests = (server: ServedModel) => server.requests.filter((r) => r.path === '/assess');
const stats = (): EvaluationStats => ({ evaluations: 0, batches: 0 });

/** A `fetch` that lets `fault` answer the n-th call (from 0) instead of the network, when it returns a Response. */
function faulty(
  fault: (n: number, url: string, init: RequestInit | undefined) => Response | null | undefined | Promise<Response | null>,
): typeof fetch & {
  calls: number;
} {
  const wrapped = (async (input: string | URL | Request, init?: RequestInit) => {
    const n = wrapped.calls++;
    const answer = await fault(n, String(input), init);
    return answer ?? fetch(input, init);
  }) as typeof fetch & { calls: number };
  wrapped.calls = 0;
  return wrapped;
}
const isPost = (init: RequestInit | undefined) => init?.method === 'POST';
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

async function expectAdviceError(promise: Promise<unknown>, code: string, message?: RegExp): Promise<AdviceError> {
  const error = await promise.then(
    () => expect.unreachable('expected a rejection'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdviceError);
  expect((error as AdviceError).code).toBe(code);
  if (message) expect((error as AdviceError).message).toMatch(message);
  return error as AdviceError;
}

describe('remoteModel: the definition and the advice', () => {
  it('fetches the definition once and gives the same advice as the model itself', async () => {
    const server = await serve();
    const remote = await remoteModel(server.url, quick);
    expect(remote.id).toBe('travel');
    expect(remote.factors).toEqual(travel.factors);
    expect(remote.criteria).toEqual(travel.criteria);
    expect(typeof remote.breakpoints).toBe('function');
    for (const s of [situation(3), situation(18), situation(30, 'outer'), situation(40, 'inner', true)]) {
      const [here, there] = await Promise.all([rank(travel, s), rank(remote, s)]);
      expect(there.error).toBeUndefined();
      expect(there.ranking).toEqual(here.ranking);
    }
    for (const factor of ['trips', 'zone', 'senior', 'distance']) {
      const [here, there] = await Promise.all([
        tippingPoints(travel, situation(12, 'outer'), null, factor),
        tippingPoints(remote, situation(12, 'outer'), null, factor),
      ]);
      expect(there.segments).toEqual(here.segments);
      expect(there.alternatives).toEqual(here.alternatives);
    }
    expect(server.requests.filter((r) => r.path === '/model')).toHaveLength(1);
  });

  it('accepts a base URL with or without a trailing slash', async () => {
    const server = await serve();
    expect((await remoteModel(`${server.url}/`, quick)).id).toBe('travel');
  });

  it('rejects a definition that is not a contract document, or not a valid model', async () => {
    const notADocument = faulty(() => json({ hello: 'world' }));
    await expectAdviceError(
      remoteModel('http://127.0.0.1:9/', { fetch: notADocument }),
      'invalid-model',
      /not a "advice-kit\/remote@1" document/,
    );
    const badModel = faulty(() =>
      json({
        contract: 'advice-kit/remote@1',
        model: { id: 'x', title: 'X', factors: [], criteria: [], options: [] },
        breakpoints: false,
        maxBatch: 10,
      }),
    );
    const error = await expectAdviceError(remoteModel('http://127.0.0.1:9/', { fetch: badModel }), 'invalid-model');
    expect(error.problems.map((p) => p.path)).toContain('model.criteria');
  });
});

describe('remoteModel: batching, round trips and the cache', () => {
  it.each([
    ['trips', 60],
    ['distance', 20],
  ])('finds the tipping points of %s (%i steps) in at most ⌈log2(steps)⌉ + 2 round trips', async (factor, steps) => {
    const server = await serve();
    for (const s of [situation(10), situation(12, 'outer'), situation(33, 'inner', true)]) {
      const remote = await remoteModel(server.url, quick);
      server.requests.length = 0;
      const counted = stats();
      const result = await tippingPoints(remote, s, null, factor, { stats: counted });
      expect(result.error).toBeUndefined();
      expect(result.exact).toBe(true);
      expect(result.thresholds).toEqual((await tippingPoints(travel, s, null, factor)).thresholds);
      // Every round trip is one engine batch; the breakpoints came along with the first.
      expect(assessRequests(server)).toHaveLength(counted.batches);
      expect(server.requests.filter((r) => r.path === '/breakpoints')).toHaveLength(0);
      expect(counted.batches).toBeLessThanOrEqual(Math.ceil(Math.log2(steps)) + 2);
    }
  });

  it('needs exactly these round trips for the travel model (deterministic: the search is)', async () => {
    const server = await serve();
    const counts: Record<string, number> = {};
    for (const factor of ['trips', 'distance']) {
      const remote = await remoteModel(server.url, quick);
      const counted = stats();
      await tippingPoints(remote, situation(10), null, factor, { stats: counted });
      counts[factor] = counted.batches;
    }
    // trips: own situation (with breakpoints), {0, 19, 20, 21, 60}, then bisection of 0..19 in 5 rounds.
    // distance: own situation, {0, 10} (no breakpoints: nothing bends), the same advice at both ends.
    expect(counts).toEqual({ trips: 7, distance: 2 });
  });

  it('sends one request per batch, split at batchSize and at the server maxBatch', async () => {
    const server = await serve(travel, { maxBatch: 4 });
    const many = Array.from({ length: 25 }, (_, i) => situation(i));
    const remote = await remoteModel(server.url, { ...quick, batchSize: 10 });
    const answers = await remote.assessMany(many);
    expect(answers).toHaveLength(25);
    expect(assessRequests(server).map((r) => r.situations)).toEqual([4, 4, 4, 4, 4, 4, 1]);

    const server2 = await serve();
    const remote2 = await remoteModel(server2.url, { ...quick, batchSize: 10 });
    await remote2.assessMany(many);
    expect(assessRequests(server2).map((r) => r.situations)).toEqual([10, 10, 5]);
  });

  it('asks each situation once: duplicates, the cache and requests under way are shared', async () => {
    const server = await serve(travel, { latency: 20 });
    const remote = await remoteModel(server.url, quick);
    const a = situation(5);
    const b = situation(6);
    const first = await remote.assessMany([a, a, b]);
    expect(first?.[0]).toEqual(first?.[1]);
    expect(assessRequests(server).map((r) => r.situations)).toEqual([2]);
    await remote.assessMany([b, a]);
    expect(assessRequests(server)).toHaveLength(1);
    // Two callers at once, one request.
    const c = situation(7);
    const [x, y] = await Promise.all([remote.assessMany([c]), remote.assessMany([c, a])]);
    expect(x?.[0]).toEqual(y?.[0]);
    expect(assessRequests(server)).toHaveLength(2);
    expect(remote.remote.stats.cacheHits).toBe(4); // b and a, then c under way and a
    remote.remote.clearCache();
    await remote.assessMany([a]);
    expect(assessRequests(server)).toHaveLength(3);
  });

  it('asks for breakpoints separately when not prefetched, once per situation for every factor', async () => {
    const server = await serve();
    const remote = await remoteModel(server.url, { ...quick, prefetchBreakpoints: false });
    const s = situation(10, 'outer');
    await tippingPoints(remote, s, null, 'trips');
    await tippingPoints(remote, s, null, 'distance');
    expect(server.requests.filter((r) => r.path === '/breakpoints')).toHaveLength(1);
    expect(remote.remote.stats.breakpointRequests).toBe(1);
  });

  it('samples a factor the server has no breakpoints for, and stays exact', async () => {
    const json = travelJson();
    delete json.factors[3].breakpoints;
    const model = declarativeModel(json);
    const server = await serve(model);
    const remote = await remoteModel(server.url, quick);
    await expect(remote.breakpoints?.('distance', situation(3))).rejects.toThrow(/no breakpoints for "distance"/);
    const result = await tippingPoints(remote, situation(3), null, 'distance');
    expect(result.error).toBeUndefined();
    expect(result.exact).toBe(true);
    expect(result.segments).toEqual((await tippingPoints(model, situation(3), null, 'distance')).segments);
  });
});

describe('remoteModel: when the server lets the client down', () => {
  it('a server that is down: the definition cannot be fetched (model-failed), after the retries', async () => {
    const server = await serve();
    const { url } = server;
    await server.close();
    const counting = faulty(() => null);
    await expectAdviceError(remoteModel(url, { fetch: counting, retries: 2, backoff: 1 }), 'model-failed', /could not be reached/);
    expect(counting.calls).toBe(3);
  });

  it('a server that goes down and comes back: an error result, then advice again (errors are not cached)', async () => {
    const server = await serve();
    const port = Number(new URL(server.url).port);
    const remote = await remoteModel(server.url, { retries: 1, backoff: 1 });
    await server.close();
    const down = await rank(remote, situation(8));
    expect(down.error?.code).toBe('model-failed');
    expect(down.best).toBeNull();
    await serve(travel, { port });
    const up = await rank(remote, situation(8));
    expect(up.error).toBeUndefined();
    expect(up.best).toBe('single');
  });

  it('a slow server: each attempt times out, is retried, then the engine gets a timeout error', async () => {
    const server = await serve(travel, { latency: (r) => (r.path === '/assess' ? 3000 : 0) });
    // 150 ms: the definition (no latency) comes in time even on a busy machine; each /assess attempt cannot.
    const remote = await remoteModel(server.url, { timeout: 150, retries: 1, backoff: 1 });
    const retriesBefore = remote.remote.stats.retries;
    const started = Date.now();
    const result = await rank(remote, situation(8));
    expect(result.error?.code).toBe('timeout');
    expect(result.error?.message).toMatch(/did not answer within 150 ms/);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(assessRequests(server)).toHaveLength(2);
    expect(remote.remote.stats.retries - retriesBefore).toBe(1);
  });

  it.each<[string, (n: number) => Response, RegExp]>([
    ['text that is not JSON', () => new Response('<html>Service Unavailable</html>', { status: 200 }), /did not send JSON/],
    ['JSON of another shape', () => json({ results: [] }), /did not send \{ assessments/],
    ['too few assessments', () => json({ assessments: [] }), /answered 0 assessments for 1 situations/],
    ['an assessment for another situation', () => json({ assessments: [{ id: 'zz', options: {} }] }), /is for "zz", not for situation/],
    [
      'an assessment that is not one',
      () =>
        json({
          assessments: [{ id: 's0', options: { single: { eligible: 'yes', values: {} } } }],
        }),
      /eligible must be true or false/,
    ],
  ])('garbage — %s: malformed-assessment, not retried', async (_name, garbage, message) => {
    const server = await serve();
    const fetcher = faulty((_n, _url, init) => (isPost(init) ? garbage(0) : null));
    const remote = await remoteModel(server.url, { fetch: fetcher, backoff: 1 });
    const result = await rank(remote, situation(8));
    expect(result.error?.code).toBe('malformed-assessment');
    expect(result.error?.message).toMatch(message);
    expect(fetcher.calls).toBe(2); // the definition and one /assess
  });

  it('garbage — breakpoints that are not numbers cost exactness only: the advice and the thresholds stay right', async () => {
    const server = await serve();
    const spoiling = faulty(async (_n, url, init) => {
      if (!isPost(init)) return null;
      const body = (await (await fetch(url, init)).json()) as { assessments?: { id: string }[] };
      return json({ ...body, breakpoints: [{ id: body.assessments?.[0]?.id, factors: { trips: ['twenty'] } }, 'junk'] });
    });
    const remote = await remoteModel(server.url, { fetch: spoiling, ...quick });
    const result = await rank(remote, situation(8));
    expect(result.error).toBeUndefined();
    expect(result.best).toBe((await rank(travel, situation(8))).best);
    const tipping = await tippingPoints(remote, situation(8), null, 'trips');
    expect(tipping.error).toBeUndefined();
    expect(tipping.thresholds).toEqual((await tippingPoints(travel, situation(8), null, 'trips')).thresholds);
  });

  it('answers out of order within a request: refused by their ids', async () => {
    const server = await serve();
    const reversing = faulty(async (_n, url, init) => {
      if (!isPost(init)) return null;
      const response = await fetch(url, init);
      const body = (await response.json()) as { assessments: unknown[] };
      return json({ assessments: [...body.assessments].reverse() });
    });
    const remote = await remoteModel(server.url, { fetch: reversing, ...quick });
    await expectAdviceError(remote.assessMany([situation(1), situation(2)]), 'malformed-assessment', /answers out of order/);
  });

  it('answers out of order between requests: each caller gets its own, nothing is mixed up', async () => {
    // The request with one situation is answered last, the one with two first.
    const server = await serve(travel, { latency: (r) => (r.path === '/assess' ? (r.situations === 1 ? 150 : 5) : 0) });
    const remote = await remoteModel(server.url, quick);
    const order: string[] = [];
    const slow = remote.assessMany([situation(2)]).then((a) => {
      order.push('slow');
      return a;
    });
    const fast = remote.assessMany([situation(50, 'outer'), situation(51)]).then((a) => {
      order.push('fast');
      return a;
    });
    const [a, b] = await Promise.all([slow, fast]);
    expect(order).toEqual(['fast', 'slow']);
    expect(a).toEqual([travel.assess(situation(2))]);
    expect(b).toEqual([travel.assess(situation(50, 'outer')), travel.assess(situation(51))]);
  });

  it('5xx then recovery: retried with backoff until it answers', async () => {
    const server = await serve();
    const flaky = faulty((n, _url, init) => (isPost(init) && n <= 2 ? json({ error: { code: 'internal', message: 'busy' } }, 503) : null));
    const remote = await remoteModel(server.url, { fetch: flaky, retries: 3, backoff: 1 });
    const result = await rank(remote, situation(8));
    expect(result.error).toBeUndefined();
    expect(result.best).toBe('single');
    expect(remote.remote.stats.retries).toBe(2);
    expect(assessRequests(server)).toHaveLength(1);
  });

  it('5xx that does not recover: model-failed with the server message, after every retry', async () => {
    const broken = faulty((_n, _url, init) => (isPost(init) ? json({ error: { code: 'internal', message: 'database gone' } }, 500) : null));
    const server = await serve();
    const remote = await remoteModel(server.url, { fetch: broken, retries: 2, backoff: 1 });
    const result = await rank(remote, situation(8));
    expect(result.error?.code).toBe('model-failed');
    expect(result.error?.message).toMatch(/answered 500 to assess: database gone/);
    expect(broken.calls).toBe(4);
  });

  it('429 is retried after the Retry-After the server asks for', async () => {
    const server = await serve();
    const limited = faulty((n, _url, init) =>
      isPost(init) && n === 1 ? json({ error: { code: 'internal', message: 'slow down' } }, 429, { 'retry-after': '0' }) : null,
    );
    const remote = await remoteModel(server.url, { fetch: limited, backoff: 5000 });
    const started = Date.now();
    expect((await rank(remote, situation(8))).best).toBe('single');
    expect(Date.now() - started).toBeLessThan(2000); // Retry-After 0 beat the 5 s backoff
  });

  it('4xx is never retried', async () => {
    const server = await serve();
    const refusing = faulty((_n, _url, init) => (isPost(init) ? json({ error: { code: 'bad-request', message: 'no' } }, 400) : null));
    const remote = await remoteModel(server.url, { fetch: refusing, retries: 5, backoff: 1 });
    const result = await rank(remote, situation(8));
    expect(result.error?.code).toBe('model-failed');
    expect(result.error?.message).toMatch(/answered 400 to assess: no/);
    expect(refusing.calls).toBe(2);
    expect(remote.remote.stats.retries).toBe(0);
  });

  it('a model that fails on the server: 422, model-failed with its message, not retried', async () => {
    const json = travelJson();
    json.options[2].values.cost = 'if trips > 50 then null else prices.monthly';
    const server = await serve(declarativeModel(json));
    const remote = await remoteModel(server.url, quick);
    const result = await rank(remote, situation(55));
    expect(result.error?.code).toBe('model-failed');
    expect(result.error?.message).toMatch(/answered 422 to assess: .*\/options\/2\/values\/cost/);
    expect(assessRequests(server).map((r) => r.status)).toEqual([422]);
  });
});

describe('remoteModel: cancellation', () => {
  it('cancels the HTTP request when the engine no longer needs the answer', async () => {
    const controller = new AbortController();
    // The engine stops needing the answer while the server is still working on it (whatever the machine's speed).
    const server = await serve(travel, {
      latency: (r) => {
        if (r.path !== '/assess') return 0;
        setTimeout(() => controller.abort(), 0);
        return 300;
      },
    });
    const remote = await remoteModel(server.url, quick);
    const result = await rank(remote, situation(8), null, { signal: controller.signal });
    expect(result.error?.code).toBe('aborted');
    // The client closed the connection before the server's reply was written.
    await expect.poll(() => assessRequests(server)[0]?.aborted, { timeout: 5_000 }).toBe(true);
    // The situation was not cached from a cancelled request: asking again asks the server.
    expect((await rank(remote, situation(8))).best).toBe('single');
    expect(assessRequests(server)).toHaveLength(2);
  });

  it('keeps a request another caller still waits for', async () => {
    const server = await serve(travel, { latency: (r) => (r.path === '/assess' ? 100 : 0) });
    const remote = await remoteModel(server.url, quick);
    const controller = new AbortController();
    const first = remote.assessMany([situation(9)], { signal: controller.signal });
    const second = remote.assessMany([situation(9)]);
    controller.abort();
    await expectAdviceError(first, 'aborted');
    expect((await second)[0]).toEqual(travel.assess(situation(9)));
    expect(assessRequests(server)).toHaveLength(1);
    expect(assessRequests(server)[0]?.aborted).toBe(false);
  });
});

describe('serveModel: the reference server', () => {
  const post = (server: ServedModel, path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  const full = (values: Record<string, unknown> = {}) => ({ id: 'a', values: { ...situation(3), ...values } });

  it.each<[string, string, unknown, number, RegExp]>([
    ['a body that is not JSON', '/assess', '{"situations": [', 400, /not valid JSON/],
    ['a body that is not an object', '/assess', [1, 2], 400, /must be a JSON object/],
    ['no situations', '/assess', { situations: [] }, 400, /\/situations: must not be empty/],
    [
      'a situation without id',
      '/assess',
      { situations: [{ values: situation(3) }] },
      400,
      /\/situations\/0\/id: must be a non-empty string/,
    ],
    ['ids used twice', '/assess', { situations: [full(), full()] }, 400, /\/situations\/1\/id: "a" is used twice/],
    ['an unknown factor', '/assess', { situations: [full({ trip: 3 })] }, 400, /\/situations\/0\/values\/trip: not a factor/],
    ['a missing factor', '/assess', { situations: [{ id: 'a', values: { trips: 3 } }] }, 400, /\/situations\/0\/values\/zone: missing/],
    ['a value out of range', '/assess', { situations: [full({ trips: -1 })] }, 400, /values\/trips: Enter a number of 0 or more/],
    [
      'a value off the grid',
      '/assess',
      { situations: [full({ distance: 2.25 })] },
      400,
      /values\/distance: Enter a number in steps of 0.5/,
    ],
    ['a range', '/assess', { situations: [full({ trips: { min: 1, max: 3 } })] }, 400, /must be one value, not a range/],
    ['an unknown choice', '/assess', { situations: [full({ zone: 'middle' })] }, 400, /values\/zone: Choose one of the options/],
    ['breakpoints for unknown ids', '/assess', { situations: [full()], breakpoints: ['b'] }, 400, /\/breakpoints: must be a list of ids/],
    [
      'breakpoints of a choice factor',
      '/breakpoints',
      { situations: [full()], factors: ['zone'] },
      400,
      /\/factors: must be a list of number factor ids/,
    ],
    [
      'too many situations',
      '/assess',
      { situations: Array.from({ length: 6 }, (_, i) => full({ trips: i })) },
      413,
      /at most 5 situations/,
    ],
  ])('answers %s with an error status and a message', async (_name, path, body, status, message) => {
    const server = await serve(travel, { maxBatch: 5 });
    const response = await post(server, path, body);
    expect(response.status).toBe(status);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.message).toMatch(message);
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    const server = await serve();
    expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
    const wrong = await fetch(`${server.url}/assess`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await post(server, '/model', {})).status).toBe(405);
  });

  it('answers 413 to a body that is too large', async () => {
    const server = await serve(travel, { maxBodyBytes: 1000 });
    const response = await post(server, '/assess', { situations: [full()], padding: 'x'.repeat(5000) }).catch(() => null);
    // Node may see the connection closed before the answer; when it answers, it is 413.
    if (response) expect(response.status).toBe(413);
  });

  it('listens on the loopback interface only, and answers CORS preflights when asked to', async () => {
    const server = await serve(travel, { cors: 'http://127.0.0.1:5173' });
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const preflight = await fetch(`${server.url}/assess`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const model = await fetch(`${server.url}/model`);
    expect(model.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
  });
});

describe('the OpenAPI document', () => {
  const doc = JSON.parse(readFileSync(join(root, 'packages/remote/openapi/advice-model.json'), 'utf8'));
  const schemaOf = (name: string) =>
    JSON.parse(JSON.stringify({ $ref: `#/$defs/${name}`, $defs: doc.components.schemas }).replaceAll('#/components/schemas/', '#/$defs/'));
  const check = (name: string, value: unknown) => {
    const result = new Validator(schemaOf(name), '2020-12', false).validate(value);
    expect(
      result.errors.filter((e) => !['$ref', 'properties', 'items', 'allOf'].includes(e.keyword)),
      name,
    ).toEqual([]);
  };

  it('is OpenAPI 3.1 with the three operations', () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(doc.paths)).toEqual(['/model', '/assess', '/breakpoints']);
    expect(doc.paths['/model'].get.operationId).toBe('getModel');
    expect(doc.paths['/assess'].post.operationId).toBe('assess');
  });

  it('describes what the reference server sends and receives', async () => {
    const server = await serve();
    check('ModelDocument', await (await fetch(`${server.url}/model`)).json());
    const request = { situations: [{ id: 'a', values: situation(45, 'outer') }], breakpoints: ['a'] };
    check('AssessRequest', request);
    const assessed = await (await fetch(`${server.url}/assess`, { method: 'POST', body: JSON.stringify(request) })).json();
    check('AssessResponse', assessed);
    expect(assessed.breakpoints).toEqual([{ id: 'a', factors: { trips: [20], distance: [] } }]);
    const bp = await (
      await fetch(`${server.url}/breakpoints`, { method: 'POST', body: JSON.stringify({ situations: request.situations }) })
    ).json();
    check('BreakpointsResponse', bp);
    check('ErrorResponse', await (await fetch(`${server.url}/assess`, { method: 'POST', body: '{' })).json());
  });
});

describe('remoteModel: options', () => {
  it.each([0, 1, 3, 10, Number.POSITIVE_INFINITY])(
    'cacheSize %s: rank, tipping points and flips all answer, as the local model does',
    async (cacheSize) => {
      const server = await serve();
      const remote = await remoteModel(server.url, { ...quick, cacheSize, batchSize: 7 });
      const local = await tippingPoints(travel, situation(8), null, 'trips');
      for (let round = 0; round < 2; round++) {
        const tipping = await tippingPoints(remote, situation(8), null, 'trips');
        expect(tipping.error).toBeUndefined();
        expect(tipping.thresholds).toEqual(local.thresholds);
        expect(tipping.exact).toBe(local.exact);
        const ranked = await rank(remote, situation(30));
        expect(ranked.error).toBeUndefined();
      }
    },
  );

  it.each<[string, RemoteModelOptions, RegExp]>([
    ['batchSize NaN', { batchSize: Number.NaN }, /batchSize must be a whole number of 1 or more \(got NaN\)/],
    ['batchSize 0', { batchSize: 0 }, /batchSize must be a whole number of 1 or more/],
    ['cacheSize -1', { cacheSize: -1 }, /cacheSize must be a whole number of 0 or more/],
    ['cacheSize "big"', { cacheSize: 'big' as never }, /cacheSize must be a whole number of 0 or more \(got string\)/],
    ['timeout NaN', { timeout: Number.NaN }, /timeout must be a number of 1 or more/],
    ['retries 1.5', { retries: 1.5 }, /retries must be a whole number of 0 or more/],
    ['backoff -5', { backoff: -5 }, /backoff must be a finite number/],
    ['headers with a number', { headers: { a: 1 as never } }, /headers must be an object of strings/],
  ])('refuses %s with a message that names it', async (_name, options, message) => {
    const server = await serve();
    await expectAdviceError(remoteModel(server.url, options), 'invalid-model', message);
  });

  it('retries: Infinity against a server answering 500 ends after at most 10 retries', async () => {
    const server = await serve();
    const failing = faulty((n) => (n === 0 ? null : json({ error: { message: 'down' } }, 500)));
    const remote = await remoteModel(server.url, { fetch: failing, backoff: 0, retries: Number.POSITIVE_INFINITY });
    const result = await rank(remote, situation(8));
    expect(result.error?.code).toBe('model-failed');
    expect(remote.remote.stats.retries).toBe(10);
    expect(failing.calls).toBe(12); // the definition, the first attempt and 10 retries
  });

  it('a timeout of Infinity is held as the longest a timer can wait, not as 0', async () => {
    const server = await serve();
    const remote = await remoteModel(server.url, { timeout: Number.POSITIVE_INFINITY });
    const result = await rank(remote, situation(8));
    expect(result.error).toBeUndefined();
  });
});
