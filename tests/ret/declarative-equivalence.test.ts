/**
 * The declarative RET model (demo/ret/ret.declarative.json, JSON + FEEL) and
 * the remote RET model (the reference server on loopback) against the
 * TypeScript RET model with the tariffs of 2024: the same data, the same
 * assessments, the same best option and the same tipping points.
 */
import {
  type AdviceModel,
  type Assessments,
  checkAssessments,
  createAssessmentCache,
  type ResolvedSituation,
  rank,
  type Situation,
  tippingPoints,
  type Weights,
} from '@advice-kit/core';
import { validateDeclarative } from '@advice-kit/declarative';
import { AGE_GROUPS, createRetModel, TARIFF_KEYS, tariffsFor } from '@advice-kit/model-ret';
import { retDeclarativeDefinition, retDeclarativeModel } from '@advice-kit/model-ret/declarative';
import { remoteModel } from '@advice-kit/remote';
import { serveModel } from '@advice-kit/remote/server';
import { describe, expect, it } from 'vitest';

const typescript = createRetModel({ year: 2024 });
const declarative = retDeclarativeModel;
// biome-ignore lint/suspicious/noExplicitAny: reading the JSON document
const json = retDeclarativeDefinition as any;

const WEIGHTS: readonly (Weights | null)[] = [
  null, // the model's defaults
  { monthlyCost: 1, flexibility: 0, convenience: 0 },
  { monthlyCost: 20, flexibility: 40, convenience: 40 },
];
const KM = [1, 3.5, 8, 17.5, 40];
const DAYS = [0, 1, 5, 6, 7];

/** Who the traveller is: every age group, in and outside Rotterdam, student or not. */
function* travellers() {
  for (const ageGroup of AGE_GROUPS) {
    for (const rotterdamResident of [false, true]) {
      for (const student of [false, true]) yield { ageGroup, rotterdamResident, student };
    }
  }
}

function* sweep(): Generator<ResolvedSituation> {
  for (let tripsPerWeek = 0; tripsPerWeek <= 40; tripsPerWeek++) {
    for (const tripKm of KM) {
      for (const traveller of travellers()) {
        for (const daysPerWeek of DAYS) {
          yield { tripsPerWeek, tripKm, offPeakShare: tripsPerWeek % 2 === 0 ? 20 : 80, ...traveller, daysPerWeek };
        }
      }
    }
  }
}

/**
 * Where two assessments differ, or null. Criterion values may differ by 1e-9
 * (the same formulas in FEEL instead of TypeScript); all else must be equal.
 * "No notes" and an empty list of notes say the same.
 */
function difference(got: Assessments, want: Assessments): string | null {
  if (JSON.stringify(Object.keys(got)) !== JSON.stringify(Object.keys(want))) return 'other options';
  for (const [id, a] of Object.entries(want)) {
    const b = got[id] as Assessments[string];
    if (b.eligible !== a.eligible) return `${id}: eligible ${b.eligible}, not ${a.eligible}`;
    if (JSON.stringify(b.reason) !== JSON.stringify(a.reason))
      return `${id}: reason ${JSON.stringify(b.reason)}, not ${JSON.stringify(a.reason)}`;
    if (JSON.stringify(b.notes ?? []) !== JSON.stringify(a.notes ?? []))
      return `${id}: notes ${JSON.stringify(b.notes)}, not ${JSON.stringify(a.notes)}`;
    if (JSON.stringify(Object.keys(b.values)) !== JSON.stringify(Object.keys(a.values))) return `${id}: other criteria`;
    for (const [criterion, value] of Object.entries(a.values)) {
      if (!(Math.abs((b.values[criterion] as number) - value) < 1e-9)) return `${id}.${criterion}: ${b.values[criterion]}, not ${value}`;
    }
  }
  return null;
}

describe('the declarative RET model is the TypeScript RET model (tariffs 2024)', () => {
  it('is a valid declarative model', () => {
    expect(validateDeclarative(json)).toEqual([]);
  });

  it('has the same id, texts, factors, criteria, options, scenarios and references', () => {
    const { assess: _a, breakpoints: _b, ...tsData } = typescript;
    const { assess: _c, breakpoints: _d, ...declData } = declarative;
    expect(declData).toEqual(tsData);
  });

  it('uses the tariffs of 2024 from tariffs.json, with their illustrative marks', () => {
    const t = tariffsFor(2024);
    for (const key of TARIFF_KEYS) {
      expect(json.constants.tariffs[key], key).toBe(t.values[key].value);
      expect(json.constants.illustrative[key], key).toBe(t.values[key].illustrative === true);
    }
  });

  it('gives the same assessments (eligibility, reasons, values, notes) in every situation of the sweep', () => {
    const differences: string[] = [];
    let count = 0;
    for (const s of sweep()) {
      const d = difference(checkAssessments(declarative, declarative.assess(s)), checkAssessments(typescript, typescript.assess(s)));
      if (d && differences.length < 5) differences.push(`${JSON.stringify(s)}: ${d}`);
      count++;
    }
    expect(differences).toEqual([]);
    expect(count).toBe(41 * KM.length * 4 * 2 * 2 * DAYS.length);
  }, 60_000);

  it('gives the same best option for every situation of the sweep and three sets of weights', async () => {
    const caches = new Map<AdviceModel, ReturnType<typeof createAssessmentCache>>([
      [typescript, createAssessmentCache(Number.POSITIVE_INFINITY)],
      [declarative, createAssessmentCache(Number.POSITIVE_INFINITY)],
    ]);
    let differences = 0;
    for (const s of sweep()) {
      if ((s.tripsPerWeek as number) % 4 !== 0) continue; // every fourth trip count keeps this to a few seconds
      for (const weights of WEIGHTS) {
        const [a, b] = await Promise.all(
          [declarative, typescript].map((m) =>
            rank(m, s as Situation, weights, { cache: caches.get(m) as ReturnType<typeof createAssessmentCache> }),
          ),
        );
        if (a?.best !== b?.best) differences++;
        expect(a?.error).toBeUndefined();
      }
    }
    expect(differences).toBe(0);
  }, 60_000);

  it.each(['tripsPerWeek', 'tripKm'])(
    'gives identical exact tipping points for %s',
    async (factorId) => {
      let compared = 0;
      for (const traveller of travellers()) {
        for (const daysPerWeek of [0, 1, 5, 6, 7]) {
          for (const other of factorId === 'tripsPerWeek' ? [2, 8, 25] : [0, 3, 10, 25]) {
            const situation: Situation = {
              ...traveller,
              daysPerWeek,
              ...(factorId === 'tripsPerWeek' ? { tripKm: other } : { tripsPerWeek: other }),
            };
            for (const weights of WEIGHTS.slice(0, 2)) {
              const [a, b] = await Promise.all([
                tippingPoints(declarative, situation, weights, factorId),
                tippingPoints(typescript, situation, weights, factorId),
              ]);
              expect(a.error).toBeUndefined();
              expect(a.exact).toBe(true);
              expect(b.exact).toBe(true);
              expect(a.thresholds, JSON.stringify({ situation, weights })).toEqual(b.thresholds);
              compared++;
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(300);
    },
    60_000,
  );

  it.each(['offPeakShare', 'daysPerWeek'])(
    'gives identical exact tipping points for %s',
    async (factorId) => {
      let compared = 0;
      for (const traveller of travellers()) {
        for (const tripsPerWeek of [2, 8, 25]) {
          for (const tripKm of [3, 10]) {
            const situation: Situation = {
              ...traveller,
              tripsPerWeek,
              tripKm,
              ...(factorId === 'offPeakShare' ? { daysPerWeek: 5 } : { offPeakShare: 60 }),
            };
            const [a, b] = await Promise.all([
              tippingPoints(declarative, situation, WEIGHTS[0], factorId),
              tippingPoints(typescript, situation, WEIGHTS[0], factorId),
            ]);
            expect(a.error).toBeUndefined();
            expect(a.exact).toBe(b.exact);
            expect(a.thresholds, JSON.stringify({ situation })).toEqual(b.thresholds);
            expect(a.segments.map((g) => g.best)).toEqual(b.segments.map((g) => g.best));
            compared++;
          }
        }
      }
      expect(compared).toBe(AGE_GROUPS.length * 2 * 2 * 3 * 2);
    },
    60_000,
  );
});

describe('the remote RET model (reference server on loopback) gives the same advice', () => {
  it.each([
    ['the TypeScript model', typescript, { tripsPerWeek: 2, tripKm: 5, offPeakShare: 2, daysPerWeek: 2 }],
    ['the declarative model', declarative, { tripsPerWeek: 6, tripKm: 8, offPeakShare: 2, daysPerWeek: 2 }],
  ])(
    'finds the tipping points of every number factor of %s in at most ⌈log2(steps)⌉ + 2 round trips',
    async (_name, served, expected) => {
      const server = await serveModel(served);
      try {
        const counts: Record<string, number> = {};
        for (const factor of served.factors) {
          if (factor.kind !== 'number') continue;
          const remote = await remoteModel(server.url, { backoff: 1 });
          server.requests.length = 0;
          const stats = { evaluations: 0, batches: 0 };
          const result = await tippingPoints(remote, {}, null, factor.id, { stats });
          expect(result.exact).toBe(true);
          // One request per engine batch; the breakpoints came with the first.
          expect(server.requests.map((r) => r.path)).toEqual(Array(stats.batches).fill('/assess'));
          expect(stats.batches).toBeLessThanOrEqual(Math.ceil(Math.log2((factor.max - factor.min) / factor.step)) + 2);
          counts[factor.id] = stats.batches;
        }
        // Deterministic: the search is. The TypeScript model's breakpoints include where costs cross, so fewer rounds.
        expect(counts).toEqual(expected);
      } finally {
        await server.close();
      }
    },
    30_000,
  );

  it.each([
    ['the TypeScript model', typescript],
    ['the declarative model', declarative],
  ])(
    'served: %s',
    async (_name, served) => {
      const server = await serveModel(served);
      try {
        const remote = await remoteModel(server.url, { backoff: 1 });
        expect(remote.id).toBe('ret-2024');
        const situations: Situation[] = [
          {},
          { tripsPerWeek: 2, tripKm: 3 },
          { tripsPerWeek: 14, ageGroup: '65+', rotterdamResident: true },
          { tripsPerWeek: 30, tripKm: 25, student: true, daysPerWeek: 7 },
          { tripsPerWeek: 6, ageGroup: '12-18', daysPerWeek: 6, offPeakShare: 80 },
        ];
        for (const s of situations) {
          const [here, there] = await Promise.all([rank(typescript, s), rank(remote, s)]);
          expect(there.error).toBeUndefined();
          expect(there.best).toBe(here.best);
          expect(there.ranking.map((r) => r.optionId)).toEqual(here.ranking.map((r) => r.optionId));
          for (const factorId of ['tripsPerWeek', 'tripKm']) {
            const [a, b] = await Promise.all([tippingPoints(typescript, s, null, factorId), tippingPoints(remote, s, null, factorId)]);
            expect(b.thresholds).toEqual(a.thresholds);
          }
        }
      } finally {
        await server.close();
      }
    },
    30_000,
  );
});
