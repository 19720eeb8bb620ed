import { type Assessments, defineModel, nearestFlips, tippingPoints } from '@advice-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, PROPERTY_TIMEOUT, RUNS, specArb, travel, travelDefinition, weightsOf, xValue } from './models.js';

/** x 0–10: a is best for 3–7, b (open up to 2) below, c (open from 8) above; a boolean and a choice that flip too. */
const symmetric = defineModel({
  id: 'sym',
  title: 's',
  factors: [
    { id: 'x', label: 'x', kind: 'number', min: 0, max: 10, step: 1, default: 5 },
    { id: 'flag', label: 'flag', kind: 'boolean', default: false },
    {
      id: 'pick',
      label: 'pick',
      kind: 'choice',
      choices: ['none', 'c', 'b', 'a'].map((value) => ({ value, label: value })),
      default: 'none',
    },
  ],
  criteria: [{ id: 'cost', label: 'c', direction: 'lower', range: { min: 0, max: 100 }, defaultWeight: 1 }],
  options: ['a', 'b', 'c'].map((id) => ({ id, label: id })),
  assess: (s): Assessments => {
    const x = s.x as number;
    const cheap = (id: string) => s.pick === id || (s.flag === true && id === 'c');
    return {
      a: { eligible: true, values: { cost: 50 } },
      b: x <= 2 || cheap('b') ? { eligible: true, values: { cost: cheap('b') ? 1 : 10 } } : { eligible: false, values: {} },
      c: x >= 8 || cheap('c') ? { eligible: true, values: { cost: cheap('c') ? 2 : 10 } } : { eligible: false, values: {} },
    };
  },
  breakpoints: () => [2, 8],
});

describe('nearestFlips', () => {
  it('gives the nearest change of each factor that changes the advice (worked example)', async () => {
    const r = await nearestFlips(travel, { trips: 20 }, null);
    expect(r.error).toBeUndefined();
    expect(r.best).toBe('bundle');
    expect(r.flips).toEqual([
      { factorId: 'trips', from: 20, to: 16, best: 'single', direction: 'decrease', distance: 4 / 60, versus: 'bundle' },
      { factorId: 'trips', from: 20, to: 27, best: 'monthly', direction: 'increase', distance: 7 / 60, versus: 'bundle' },
      { factorId: 'senior', from: false, to: true, best: 'senior', direction: 'change', distance: 1 },
    ]);
  });

  it('leaves out factors that change nothing, and factors that are not explorable', async () => {
    const r = await nearestFlips(travel, { trips: 10 }, null);
    expect(r.flips).toEqual([
      { factorId: 'trips', from: 10, to: 17, best: 'bundle', direction: 'increase', distance: 7 / 60, versus: 'single' },
    ]);
    // distance would flip the advice, but the model says it is not explorable.
    const farAway = defineModel(
      travelDefinition({
        assess: (s) => {
          const a = travel.assess(s) as Assessments;
          return (s.distance as number) >= 5 ? { ...a, single: { eligible: false, values: {} } } : a;
        },
      }),
    );
    expect((await nearestFlips(farAway, { trips: 10 }, null)).flips.map((f) => f.factorId)).toEqual(['trips']);
    const explorable = defineModel({
      ...farAway,
      factors: farAway.factors.map((f) => (f.id === 'distance' ? { ...f, explorable: true } : f)),
    });
    const flips = (await nearestFlips(explorable, { trips: 10 }, null)).flips;
    expect(flips.map((f) => [f.factorId, f.to])).toEqual([
      ['trips', 17],
      ['distance', 5],
    ]);
  });

  it('respects locked factors', async () => {
    expect((await nearestFlips(travel, { trips: 20 }, null, { locked: ['trips'] })).flips.map((f) => f.factorId)).toEqual(['senior']);
    expect((await nearestFlips(travel, { trips: 20 }, null, { locked: ['trips', 'senior', 'zone'] })).flips).toEqual([]);
    expect((await nearestFlips(travel, { trips: 20 }, null, { locked: ['nonsense', '__proto__'] })).flips).toHaveLength(3);
  });

  it('limits the list to the nearest ones', async () => {
    expect((await nearestFlips(travel, { trips: 20 }, null, { limit: 1 })).flips.map((f) => f.to)).toEqual([16]);
    expect((await nearestFlips(travel, { trips: 20 }, null, { limit: 0 })).flips).toEqual([]);
    expect((await nearestFlips(travel, { trips: 20 }, null, { limit: -3 })).flips).toEqual([]);
  });

  it('orders ties: same distance in factor order, increase before decrease; choices in the model order', async () => {
    const r = await nearestFlips(symmetric, {}, null);
    expect(r.best).toBe('a');
    expect(r.flips.map((f) => [f.factorId, f.direction, f.to, f.best, f.distance])).toEqual([
      ['x', 'increase', 8, 'c', 0.3],
      ['x', 'decrease', 2, 'b', 0.3],
      ['flag', 'change', true, 'c', 1],
      ['pick', 'change', 'c', 'c', 1],
      ['pick', 'change', 'b', 'b', 1],
    ]);
  });

  it('gives no flips at either end when the advice is the same over the whole range', async () => {
    const r = await nearestFlips(travel, { trips: 5 }, { cost: 0, flexibility: 1 });
    expect(r.flips).toEqual([]);
  });

  it('reports bad input and failing models as errors', async () => {
    expect((await nearestFlips(travel, { trips: 'x' } as never, null)).error?.code).toBe('invalid-situation');
    const failing = defineModel(travelDefinition({ assess: () => Promise.reject(new Error('down')) }));
    const r = await nearestFlips(failing, {}, null);
    expect(r).toMatchObject({ best: null, flips: [] });
    expect(r.error?.code).toBe('model-failed');
  });
});

describe('nearestFlips (property)', { timeout: PROPERTY_TIMEOUT }, () => {
  it('names the thresholds next to the person’s value, and they agree with tippingPoints', async () => {
    await fc.assert(
      fc.asyncProperty(specArb({ maxSteps: 150 }), async (spec) => {
        const built = buildModel(spec);
        const weights = weightsOf(spec);
        const x = xValue(spec, spec.at);
        const flips = await nearestFlips(built.model, { x }, weights, { locked: ['flag'] });
        const tips = await tippingPoints(built.model, { x }, weights, 'x');
        const up = tips.thresholds.find((t) => t.at > x);
        const down = [...tips.thresholds].reverse().find((t) => t.at <= x);
        const expected = [
          ...(up ? [{ to: up.at, best: up.to, direction: 'increase', distance: (up.at - x) / (spec.steps * spec.step) }] : []),
          ...(down
            ? [
                {
                  to: down.at - spec.step,
                  best: down.from,
                  direction: 'decrease',
                  distance: (x - (down.at - spec.step)) / (spec.steps * spec.step),
                },
              ]
            : []),
        ];
        expect(flips.flips).toHaveLength(expected.length);
        for (const e of expected) {
          const f = flips.flips.find((g) => g.direction === e.direction);
          expect(f?.to).toBe(e.to);
          expect(f?.best).toBe(e.best);
          expect(f?.distance).toBeCloseTo(e.distance, 12);
        }
        for (let k = 1; k < flips.flips.length; k++) {
          expect(flips.flips[k]?.distance).toBeGreaterThanOrEqual(flips.flips[k - 1]?.distance ?? 0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
