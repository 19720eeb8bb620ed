/**
 * The RET model in DMN (ret.dmn + ret.dmn-mapping.json) against the
 * TypeScript RET model with the tariffs of 2024: the same data, the same
 * eligibility and reasons, the same costs (to the cent, and closer), the
 * same best option and the same exact tipping points, on a grid of 16,400
 * situations. And the breakpoints read from the DMN's tables and comparisons
 * checked against a brute-force sweep of every step.
 */
import { readFileSync } from 'node:fs';
import { type AdviceModel, type Assessments, type ResolvedSituation, rank, type Situation, tippingPoints } from '@advice-kit/core';
import { AGE_GROUPS, createRetModel } from '@advice-kit/model-ret';
import { createRetDmnModel, RET_DMN_FILES } from '@advice-kit/model-ret/dmn';
import { beforeAll, describe, expect, it } from 'vitest';

const typescript = createRetModel({ year: 2024 });
let dmn: AdviceModel;
beforeAll(async () => {
  dmn = await createRetDmnModel();
});

const KM = [1, 3.5, 8, 17.5, 40];
const DAYS = [0, 1, 5, 6, 7];
function* travellers() {
  for (const ageGroup of AGE_GROUPS) {
    for (const rotterdamResident of [false, true]) {
      for (const student of [false, true]) yield { ageGroup, rotterdamResident, student };
    }
  }
}
function* grid(): Generator<ResolvedSituation> {
  for (let tripsPerWeek = 0; tripsPerWeek <= 40; tripsPerWeek++) {
    for (const tripKm of KM) {
      for (const traveller of travellers()) {
        for (const daysPerWeek of DAYS)
          yield { tripsPerWeek, tripKm, offPeakShare: tripsPerWeek % 2 === 0 ? 20 : 80, ...traveller, daysPerWeek };
      }
    }
  }
}

/** The two notes of the TypeScript model that quote the situation's numbers; the DMN notes are codes with fixed texts. */
const QUOTING = [/^U maakt minder ritten dan uw reisdagen/, /^We nemen aan dat \d+ van uw/];
const notesOf = (a: Assessments[string]) =>
  (a.notes ?? []).filter((n) => !QUOTING.some((q) => typeof n === 'object' && q.test(String((n as { nl?: string }).nl))));

function difference(got: Assessments, want: Assessments): string | null {
  for (const [id, a] of Object.entries(want)) {
    const b = got[id];
    if (!b) return `${id} missing`;
    if (b.eligible !== a.eligible) return `${id}: eligible ${b.eligible}, not ${a.eligible}`;
    if (JSON.stringify(b.reason) !== JSON.stringify(a.reason)) return `${id}: reason ${JSON.stringify(b.reason)}`;
    if (!a.eligible) continue;
    for (const [criterion, value] of Object.entries(a.values)) {
      const v = b.values[criterion] as number;
      if (!(Math.abs(v - value) < 1e-9)) return `${id}.${criterion}: ${v}, not ${value}`;
      if (Math.round(v * 100) !== Math.round(value * 100)) return `${id}.${criterion}: ${v} is another amount in cents than ${value}`;
    }
    if (JSON.stringify(b.notes ?? []) !== JSON.stringify(notesOf(a))) return `${id}: notes ${JSON.stringify(b.notes)}`;
  }
  return Object.keys(got).length === Object.keys(want).length ? null : 'other options';
}

describe('the RET model in DMN is the TypeScript RET model (tariffs 2024)', () => {
  it('has the same id, texts, factors, criteria, options, scenarios and references', () => {
    const { assess: _a, breakpoints: _b, ...tsData } = typescript;
    const { assess: _c, breakpoints: _d, dmn: _e, ...dmnData } = dmn as AdviceModel & { dmn: unknown };
    expect(dmnData).toEqual(tsData);
  });

  it('embeds ret.dmn as it is on disk', () => {
    expect(RET_DMN_FILES['ret.dmn']).toBe(readFileSync(new URL('../../packages/model-ret/src/ret.dmn', import.meta.url), 'utf8'));
  });

  it('gives the same eligibility, reasons, costs to the cent, scores and notes in 16,400 situations', () => {
    const differences: string[] = [];
    let count = 0;
    for (const s of grid()) {
      const d = difference(dmn.assess(s) as Assessments, typescript.assess(s) as Assessments);
      if (d && differences.length < 5) differences.push(`${JSON.stringify(s)}: ${d}`);
      count++;
    }
    expect(differences).toEqual([]);
    expect(count).toBe(16_400);
  }, 120_000);

  it('gives the same best option for every fourth trip count of the grid', async () => {
    let differences = 0;
    let compared = 0;
    for (const s of grid()) {
      if ((s.tripsPerWeek as number) % 4 !== 0) continue;
      const [a, b] = await Promise.all([rank(dmn, s as Situation), rank(typescript, s as Situation)]);
      expect(a.error).toBeUndefined();
      if (a.best !== b.best) differences++;
      compared++;
    }
    expect(differences).toBe(0);
    expect(compared).toBe(11 * KM.length * 16 * DAYS.length);
  }, 120_000);

  it.each(['tripsPerWeek', 'tripKm'])(
    'gives the same tipping points for %s, exact from the tables without sampling',
    async (factorId) => {
      let compared = 0;
      for (const traveller of travellers()) {
        for (const daysPerWeek of DAYS) {
          for (const other of factorId === 'tripsPerWeek' ? [2, 8, 25] : [0, 3, 10, 25]) {
            const situation: Situation = {
              ...traveller,
              daysPerWeek,
              ...(factorId === 'tripsPerWeek' ? { tripKm: other } : { tripsPerWeek: other }),
            };
            const [a, b] = await Promise.all([
              tippingPoints(dmn, situation, null, factorId),
              tippingPoints(typescript, situation, null, factorId),
            ]);
            expect(a.error).toBeUndefined();
            expect(a.exact).toBe(true);
            expect(a.thresholds, JSON.stringify(situation)).toEqual(b.thresholds);
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(200);
    },
    120_000,
  );

  it.each(['daysPerWeek', 'offPeakShare', 'ageGroup', 'student'])(
    'gives the same tipping points for %s',
    async (factorId) => {
      for (const traveller of travellers()) {
        const situation: Situation = { ...traveller, tripsPerWeek: 8, tripKm: 10, daysPerWeek: 6, offPeakShare: 60 };
        const [a, b] = await Promise.all([
          tippingPoints(dmn, situation, null, factorId),
          tippingPoints(typescript, situation, null, factorId),
        ]);
        expect(a.error).toBeUndefined();
        expect(a.exact).toBe(b.exact);
        expect(a.thresholds).toEqual(b.thresholds);
        expect(a.alternatives).toEqual(b.alternatives);
      }
    },
    120_000,
  );
});

describe('breakpoints read from the RET DMN, checked by brute force', () => {
  const step = { tripsPerWeek: 1, tripKm: 0.5 } as const;
  const range = { tripsPerWeek: [0, 40], tripKm: [1, 40] } as const;
  it.each(['tripsPerWeek', 'tripKm'] as const)(
    '%s: between two breakpoints every cost is linear and no eligibility changes, at every step of the range',
    async (factorId) => {
      let stretches = 0;
      for (const traveller of travellers()) {
        for (const daysPerWeek of DAYS) {
          const base = { ...traveller, daysPerWeek, offPeakShare: 20, tripsPerWeek: 9, tripKm: 6 };
          const points = (await dmn.breakpoints?.(factorId, base)) as number[];
          expect(Array.isArray(points)).toBe(true);
          const [lo, hi] = range[factorId];
          const xs: number[] = [];
          for (let x = lo; x <= hi + 1e-9; x += step[factorId]) xs.push(x);
          const at = xs.map((x) => dmn.assess({ ...base, [factorId]: x }) as Assessments);
          for (let k = 1; k + 1 < xs.length; k++) {
            const [a, b, c] = [xs[k - 1], xs[k], xs[k + 1]] as [number, number, number];
            if (points.some((p) => p > a - 1e-9 && p < c + 1e-9)) continue; // a breakpoint in [a, c]: a new piece may start
            stretches++;
            for (const id of Object.keys(at[k] as Assessments)) {
              const [pa, pb, pc] = [at[k - 1], at[k], at[k + 1]].map((x) => (x as Assessments)[id] as Assessments[string]);
              expect(pb?.eligible, `${id} at ${b}`).toBe(pa?.eligible);
              expect(pc?.eligible, `${id} at ${c}`).toBe(pa?.eligible);
              if (!pa?.eligible) continue;
              const mid = ((pa.values.monthlyCost as number) + (pc?.values.monthlyCost as number)) / 2;
              expect(Math.abs((pb?.values.monthlyCost as number) - mid), `${id} at ${b} (${JSON.stringify(base)})`).toBeLessThan(1e-9);
            }
          }
        }
      }
      expect(stretches).toBeGreaterThan(1000);
    },
    120_000,
  );
  it.each(['tripsPerWeek', 'tripKm'] as const)(
    '%s: the exact tipping points equal those of a sweep of every step',
    async (factorId) => {
      for (const traveller of travellers()) {
        for (const daysPerWeek of [0, 3, 6]) {
          const situation: Situation = { ...traveller, daysPerWeek, tripsPerWeek: 12, tripKm: 9 };
          const [exact, sweep] = await Promise.all([
            tippingPoints(dmn, situation, null, factorId),
            tippingPoints({ ...dmn, breakpoints: undefined } as AdviceModel, situation, null, factorId, { samples: 1000 }),
          ]);
          expect(exact.exact).toBe(true);
          expect(sweep.stats.evaluations).toBeGreaterThanOrEqual(40);
          expect(exact.thresholds).toEqual(sweep.thresholds);
          expect(exact.stats.evaluations).toBeLessThan(sweep.stats.evaluations);
        }
      }
    },
    120_000,
  );
  it('says daysPerWeek cannot be read exactly (the student cost divides by it): the engine samples', async () => {
    await expect(
      Promise.resolve().then(() => dmn.breakpoints?.('daysPerWeek', Object.fromEntries(typescript.factors.map((f) => [f.id, f.default])))),
    ).rejects.toThrow(/not piecewise linear/);
  });
});
