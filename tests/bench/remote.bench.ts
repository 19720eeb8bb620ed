/**
 * Tipping points of every number factor of the RET model through the remote
 * adapter, against the reference server on loopback with 50 ms added to every
 * answer: the engine's batches (one request each) next to the same work with
 * one request per situation, measured in the same run. Prints requests and
 * wall time per factor, their ratios, the target ⌈log2(steps)⌉ + 2 round
 * trips, and whether the thresholds are identical. Figures only: nothing is
 * asserted here (tests/core/remote.test.ts asserts the round trips).
 */
import {
  type AdviceModel,
  type Assessments,
  defineModel,
  type NumberFactor,
  type TippingPointsResult,
  tippingPoints,
} from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import { type RemoteAdviceModel, type RemoteModelOptions, remoteModel } from '@advice-kit/remote';
import { serveModel } from '@advice-kit/remote/server';
import { afterAll, bench, describe } from 'vitest';

const LATENCY = 50;
const server = await serveModel(retModel, { latency: LATENCY });
const situation = {}; // the model's defaults: 10 trips of 8 km a week, 19–64, Rotterdam, 5 travel days
const factors = retModel.factors.filter((f): f is NumberFactor => f.kind === 'number');

/** A browser opens at most 6 connections to one host: a `fetch` that waits its turn like one. */
function sixConnections(): typeof fetch {
  let active = 0;
  const queue: (() => void)[] = [];
  return async (input, init) => {
    if (active >= 6) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await fetch(input, init);
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

/** The same remote model without `assessMany`: the engine then sends one request per situation. */
function perSituation(remote: RemoteAdviceModel): AdviceModel {
  const { remote: _r, assessMany: _m, ...data } = remote;
  return defineModel({ ...data, assess: (s) => remote.assessMany([s]).then((a) => a[0] as Assessments) });
}

type Way = 'batched' | 'per situation' | 'per situation, 6 connections';
const WAYS: readonly Way[] = ['batched', 'per situation', 'per situation, 6 connections'];

async function modelFor(way: Way): Promise<AdviceModel> {
  const options: RemoteModelOptions =
    way === 'batched' ? {} : { prefetchBreakpoints: false, ...(way === 'per situation, 6 connections' ? { fetch: sixConnections() } : {}) };
  const remote = await remoteModel(server.url, options);
  return way === 'batched' ? remote : perSituation(remote);
}

interface Run {
  readonly requests: number;
  readonly ms: number;
  readonly result: TippingPointsResult;
}

/**
 * Tipping points of one factor on a fresh adapter (empty cache), 5 times:
 * the requests of one run (the definition's not counted) and the median time.
 */
async function run(way: Way, factorId: string): Promise<Run> {
  const times: number[] = [];
  let last: { requests: number; result: TippingPointsResult } | undefined;
  for (let i = 0; i < 5; i++) {
    const model = await modelFor(way);
    server.requests.length = 0;
    const start = performance.now();
    const result = await tippingPoints(model, situation, null, factorId);
    times.push(performance.now() - start);
    last = { requests: server.requests.length, result };
  }
  const median = times.sort((a, b) => a - b)[2] as number;
  return { ...(last as { requests: number; result: TippingPointsResult }), ms: median };
}

async function report(): Promise<void> {
  const rows: string[][] = [
    [
      'factor',
      'steps',
      'target',
      'batched: requests',
      'ms',
      'per situation: requests',
      'ms',
      'ms (6 connections)',
      'requests ratio',
      'time ratio',
      'time ratio (6 conn.)',
      'identical',
    ],
  ];
  const totals = { batched: 0, perSituation: 0, msBatched: 0, msPer: 0, msSix: 0 };
  for (const factor of factors) {
    const steps = Math.round((factor.max - factor.min) / factor.step);
    const [batched, single, six] = [
      await run(WAYS[0] as Way, factor.id),
      await run(WAYS[1] as Way, factor.id),
      await run(WAYS[2] as Way, factor.id),
    ] as const;
    const same =
      JSON.stringify(batched.result.thresholds) === JSON.stringify(single.result.thresholds) &&
      JSON.stringify(batched.result.thresholds) === JSON.stringify(six.result.thresholds);
    totals.batched += batched.requests;
    totals.perSituation += single.requests;
    totals.msBatched += batched.ms;
    totals.msPer += single.ms;
    totals.msSix += six.ms;
    rows.push([
      factor.id,
      String(steps),
      `≤ ${Math.ceil(Math.log2(steps)) + 2}`,
      String(batched.requests),
      batched.ms.toFixed(0),
      String(single.requests),
      single.ms.toFixed(0),
      six.ms.toFixed(0),
      `${(single.requests / batched.requests).toFixed(1)}×`,
      `${(single.ms / batched.ms).toFixed(1)}×`,
      `${(six.ms / batched.ms).toFixed(1)}×`,
      same && !batched.result.error ? 'yes' : 'NO',
    ]);
  }
  rows.push([
    'all four',
    '',
    '',
    String(totals.batched),
    totals.msBatched.toFixed(0),
    String(totals.perSituation),
    totals.msPer.toFixed(0),
    totals.msSix.toFixed(0),
    `${(totals.perSituation / totals.batched).toFixed(1)}×`,
    `${(totals.msPer / totals.msBatched).toFixed(1)}×`,
    `${(totals.msSix / totals.msBatched).toFixed(1)}×`,
    '',
  ]);
  // The way a page works: one adapter for all four factors, so the person's own situation is asked once.
  const shared = await modelFor('batched');
  server.requests.length = 0;
  const start = performance.now();
  for (const factor of factors) await tippingPoints(shared, situation, null, factor.id);
  const sharedMs = performance.now() - start;
  const sharedRequests = server.requests.length;

  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
  console.log(
    [
      '',
      `Remote RET model: tipping points per number factor, reference server on 127.0.0.1 with ${LATENCY} ms added latency, node ${process.version}`,
      'requests = HTTP requests for one factor on a fresh adapter (the definition not counted); ms = median of 5 runs; target = ⌈log2(steps)⌉ + 2 round trips',
      ...lines,
      `one adapter for all four factors (as a page does): ${sharedRequests} requests, ${sharedMs.toFixed(0)} ms`,
      '',
    ].join('\n'),
  );
}

await report();

afterAll(async () => {
  await server.close();
});

describe(`remote RET model, tipping points of all ${factors.length} number factors, ${LATENCY} ms latency`, () => {
  for (const way of WAYS) {
    bench(
      way,
      async () => {
        const model = await modelFor(way);
        for (const factor of factors) await tippingPoints(model, situation, null, factor.id);
      },
      { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
    );
  }
});
