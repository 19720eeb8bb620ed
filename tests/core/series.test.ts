import { type Assessments, defineModel, factorSeries, rank, tippingPoints } from '@advice-kit/core';
import { describe, expect, it } from 'vitest';

const model = defineModel({
  id: 'series',
  title: 'Series',
  factors: [
    { id: 'x', kind: 'number', label: 'x', min: 0, max: 1000, step: 1, default: 123 },
    { id: 'y', kind: 'boolean', label: 'y', default: false },
  ],
  criteria: [{ id: 'cost', label: 'cost', direction: 'lower', range: { min: 0, max: 100 }, defaultWeight: 1 }],
  options: [
    { id: 'a', label: 'a' },
    { id: 'b', label: 'b' },
  ],
  assess: (s) => ({
    a: { eligible: true, values: { cost: (s.x as number) / 10 } },
    b: { eligible: s.y !== true, values: { cost: 43.7 } },
  }),
});

describe('factorSeries', () => {
  it('takes every step of a small grid, each point ranked as rank does', async () => {
    const small = defineModel({ ...model, factors: [{ id: 'x', kind: 'number', label: 'x', min: 0, max: 20, step: 0.5, default: 3 }] });
    const result = await factorSeries(small, {}, undefined, 'x');
    expect(result.points.map((p) => p.value)).toEqual(Array.from({ length: 41 }, (_, i) => i / 2));
    for (const point of result.points.filter((_, i) => i % 7 === 0)) {
      const direct = await rank(small, { x: point.value });
      expect(point.ranking).toEqual(direct.ranking);
      expect(point.best).toBe(direct.best);
    }
  });

  it('bounds a fine grid and keeps both sides of every threshold and the person’s value', async () => {
    const result = await factorSeries(model, {}, undefined, 'x', { points: 50 });
    const values = result.points.map((p) => p.value);
    const tipping = await tippingPoints(model, {}, undefined, 'x');
    expect(result.tipping?.thresholds).toEqual(tipping.thresholds);
    expect(values.length).toBeLessThanOrEqual(53);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    for (const v of [0, 1000, 123, 437, 438]) expect(values).toContain(v);
  });

  it('asks for every point in at most one extra round trip (the samples are shared with the tipping points)', async () => {
    let batches = 0;
    const remote = defineModel({
      ...model,
      assessMany: async (situations) => {
        batches++;
        return situations.map((s) => model.assess(s) as Assessments);
      },
    });
    const stats = { evaluations: 0, batches: 0 };
    const tipping = await tippingPoints(remote, {}, undefined, 'x', { samples: 200 });
    const series = await factorSeries(remote, {}, undefined, 'x', { stats });
    expect(series.error).toBeUndefined();
    expect(stats.batches).toBeLessThanOrEqual(tipping.stats.batches + 1);
    expect(batches).toBe(tipping.stats.batches + stats.batches);
  });

  it('reports an unknown or non-number factor and a failing model as errors', async () => {
    expect((await factorSeries(model, {}, undefined, 'nope')).error?.code).toBe('unknown-factor');
    expect((await factorSeries(model, {}, undefined, 'y')).error?.code).toBe('unknown-factor');
    const failing = defineModel({
      ...model,
      assess: () => {
        throw new Error('down');
      },
    });
    const result = await factorSeries(failing, {}, undefined, 'x');
    expect(result.error?.code).toBe('model-failed');
    expect(result.points).toEqual([]);
  });
});
