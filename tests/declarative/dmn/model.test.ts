/**
 * dmnModel: a mapping makes DMN decisions an advice model. The mapping is
 * checked (schema, names, types) with JSON pointers; the engine then ranks,
 * weighs and finds tipping points, exact where the tables give thresholds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ModelDefinitionError, rank, tippingPoints } from '@advice-kit/core';
import { dmnMappingSchema, dmnModel, loadDmn } from '@advice-kit/declarative/dmn';
import { describe, expect, it } from 'vitest';
import { decision, definitions, input, literal, table } from './xml.js';

/** Parking: a permit (yearly price by zone table) or paying per hour (with a cap a day, via min). */
const XML = definitions(
  input('hours', 'Hours per week', 'number') +
    input('zone', 'Zone', 'string') +
    decision(
      'permit',
      'Permit cost',
      ['i:#zone'],
      table({
        inputs: [{ expr: 'Zone', values: '"centre","outer"' }],
        outputs: ['Permit cost'],
        rules: [
          ['"centre"', '120'],
          ['"outer"', '45'],
        ],
      }),
      'number',
    ) +
    decision(
      'hourly',
      'Hourly cost',
      ['i:#hours', 'i:#zone'],
      literal('min(Hours per week * (if Zone = "centre" then 3 else 1.5), 90) * 52 / 12'),
      'number',
    ) +
    decision(
      'permitOpen',
      'Permit open',
      ['i:#hours'],
      table({
        hitPolicy: 'FIRST',
        inputs: ['Hours per week'],
        outputs: ['eligible', 'reason'],
        rules: [
          ['< 4', 'false', '"too-few"'],
          ['-', 'true', 'null'],
        ],
      }),
    ) +
    decision('odd', 'Odd cost', ['i:#hours'], literal('Hours per week * Hours per week')),
);

const MAPPING = {
  format: 'advice-kit/dmn-mapping@1',
  id: 'parking',
  title: { nl: 'Parkeren', en: 'Parking' },
  factors: [
    {
      input: 'Hours per week',
      id: 'hours',
      kind: 'number',
      label: { nl: 'Uren per week', en: 'Hours a week' },
      min: 0,
      max: 60,
      step: 1,
      default: 10,
    },
    {
      input: 'zone',
      id: 'zone',
      kind: 'choice',
      label: { nl: 'Zone', en: 'Zone' },
      choices: [
        { value: 'centre', label: { nl: 'Centrum', en: 'Centre' } },
        { value: 'outer', label: { nl: 'Buiten', en: 'Outer' } },
      ],
      default: 'centre',
    },
  ],
  criteria: [{ id: 'cost', label: { nl: 'Kosten', en: 'Cost' }, direction: 'lower', range: { min: 0, max: 400 }, defaultWeight: 1 }],
  options: [
    { id: 'permit', label: { nl: 'Vergunning', en: 'Permit' }, eligible: 'Permit open', values: { cost: 'Permit cost' } },
    { id: 'hourly', label: { nl: 'Per uur', en: 'Per hour' }, values: { cost: 'hourly' } },
  ],
  texts: { 'too-few': { nl: 'Pas vanaf 4 uur per week.', en: 'Only from 4 hours a week.' } },
};

describe('dmnModel', () => {
  it('assesses options from decisions: values, eligibility and reasons (codes through the texts)', async () => {
    const model = await dmnModel({ 'parking.dmn': XML }, MAPPING);
    expect(model.assess({ hours: 2, zone: 'outer' })).toEqual({
      permit: { eligible: false, values: {}, reason: { nl: 'Pas vanaf 4 uur per week.', en: 'Only from 4 hours a week.' } },
      hourly: { eligible: true, values: { cost: (2 * 1.5 * 52) / 12 } },
    });
    expect((await rank(model, { hours: 20, zone: 'centre' })).best).toBe('permit');
  });

  it('gives exact tipping points from the table (< 4) and the min() cap, equal to a sweep of every step', async () => {
    const model = await dmnModel({ 'parking.dmn': XML }, MAPPING);
    expect(model.breakpoints?.('hours', { hours: 10, zone: 'centre' })).toEqual([4, 30]);
    for (const zone of ['centre', 'outer']) {
      const exact = await tippingPoints(model, { zone }, null, 'hours');
      const sweep = await tippingPoints({ ...model, breakpoints: undefined }, { zone }, null, 'hours', { samples: 100 });
      expect(exact.exact).toBe(true);
      expect(exact.thresholds).toEqual(sweep.thresholds);
      expect(exact.thresholds.length).toBeGreaterThan(0);
    }
  });

  it('says when a value cannot be read as piecewise linear (a square): the engine samples, exact: false', async () => {
    const odd = { ...MAPPING, options: [MAPPING.options[0], { id: 'odd', label: 'Odd', values: { cost: 'Odd cost' } }] };
    const model = await dmnModel({ 'parking.dmn': XML }, odd);
    expect(() => model.breakpoints?.('hours', { hours: 10, zone: 'centre' })).toThrow(/not piecewise linear/);
    const tp = await tippingPoints(model, { zone: 'centre' }, null, 'hours', { samples: 9 });
    expect(tp.exact).toBe(false);
  });

  it('refuses a mapping that does not fit the schema or the files, with JSON pointers', async () => {
    const bad = {
      ...MAPPING,
      factors: [
        { ...MAPPING.factors[0], input: 'Hours a week' },
        MAPPING.factors[1],
        { input: 'Hours per week', id: 'late', kind: 'boolean', label: 'Late?', default: true },
      ],
      options: [
        { ...MAPPING.options[0], values: { cost: 'Permit kost' } },
        { ...MAPPING.options[1], colour: 'red' },
      ],
    };
    const error = await dmnModel({ 'parking.dmn': XML }, bad).catch((e) => e);
    expect(error).toBeInstanceOf(ModelDefinitionError);
    expect(error.message).toMatch(/\/options\/1/);
    const fixed = { ...bad, options: [bad.options[0], MAPPING.options[1]] };
    const problems = (await dmnModel({ 'parking.dmn': XML }, fixed).catch((e) => e)).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/factors/0/input', message: expect.stringMatching(/no input data is named or has the id "Hours a week"/) },
        { path: '/factors/2/default', message: expect.stringMatching(/the input "Hours per week" is true, not a number/) },
        { path: '/options/0/values/cost', message: expect.stringMatching(/no decision is named or has the id "Permit kost"/) },
      ]),
    );
  });

  it('refuses a mapping that leaves an input the decisions read without a factor', async () => {
    const partial = { ...MAPPING, factors: [MAPPING.factors[0]] };
    const error = await dmnModel({ 'parking.dmn': XML }, partial).catch((e) => e);
    expect(error.message).toMatch(/reads the input data "Zone", which no factor gives/);
  });

  it('turns a failing decision into a model-failed error for the engine', async () => {
    const dmn = await loadDmn({ 'parking.dmn': XML });
    expect(dmn.elements.map((e) => e.id)).toContain('permit');
    const model = await dmnModel(
      { 'parking.dmn': XML },
      { ...MAPPING, options: [{ ...MAPPING.options[0], values: { cost: 'Permit open' } }, MAPPING.options[1]] },
    );
    const result = await rank(model, { hours: 10 });
    expect(result.error?.code).toBe('model-failed');
    expect(result.error?.message).toMatch(/not a number/);
  });
});

describe('DMN mapping format files', () => {
  it('the published JSON Schema is the one the code validates with', () => {
    const file = new URL('../../../packages/declarative/schema/dmn-mapping.schema.json', import.meta.url);
    if (process.env.UPDATE_SCHEMA) writeFileSync(file, `${JSON.stringify(dmnMappingSchema, null, 2)}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8')), 'run with UPDATE_SCHEMA=1').toEqual(JSON.parse(JSON.stringify(dmnMappingSchema)));
  });
});
