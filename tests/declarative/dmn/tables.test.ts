/**
 * Decision tables, one hit policy at a time, on the decision-table examples
 * of the DMN 1.3 specification's chapter 8 (8.2, "Decision Table"), as
 * rebuilt here: Discount (U), Person Loan Compliance (A), Applicant Risk
 * Rating (P and O, output values as priorities), Special Discount (F and R)
 * and Holidays (C with and without SUM, MIN, MAX, COUNT). Each expected value
 * is worked out by hand from the table's rows.
 */
import { DmnEvaluationError, loadDmn } from '@advice-kit/declarative/dmn';
import { describe, expect, it } from 'vitest';
import { decision, definitions, input, type TableSpec, table } from './xml.js';

/** One decision "Result" over a table, with the given inputs as input data. */
async function tableModel(inputs: Record<string, string>, spec: TableSpec) {
  const ids = Object.keys(inputs).map((_, k) => `i${k}`);
  const body =
    Object.entries(inputs)
      .map(([name, type], k) => input(`i${k}`, name, type))
      .join('') +
    decision(
      'result',
      'Result',
      ids.map((id) => `i:#${id}`),
      table(spec),
    );
  const model = await loadDmn({ 'table.dmn': definitions(body) });
  return (values: Record<string, unknown>) => model.evaluate('Result', values);
}

describe('hit policy UNIQUE (Discount)', () => {
  const spec: TableSpec = {
    inputs: [{ expr: 'Customer', values: '"Business","Private"' }, 'Order size'],
    outputs: ['Discount'],
    rules: [
      ['"Business"', '< 10', '0.10'],
      ['"Business"', '>= 10', '0.15'],
      ['"Private"', '-', '0.05'],
    ],
  };
  it('gives the one matching rule’s output', async () => {
    const discount = await tableModel({ Customer: 'string', 'Order size': 'number' }, spec);
    expect(discount({ Customer: 'Business', 'Order size': 9 })).toBe(0.1);
    expect(discount({ Customer: 'Business', 'Order size': 10 })).toBe(0.15);
    expect(discount({ Customer: 'Private', 'Order size': 100 })).toBe(0.05);
  });
  it('refuses an input outside its input values, and overlapping rules', async () => {
    const discount = await tableModel({ Customer: 'string', 'Order size': 'number' }, spec);
    expect(() => discount({ Customer: 'Government', 'Order size': 1 })).toThrow(/not one of its input values/);
    const overlapping = await tableModel(
      { 'Order size': 'number' },
      {
        inputs: ['Order size'],
        outputs: ['Discount'],
        rules: [
          ['>= 10', '0.1'],
          ['>= 5', '0.05'],
        ],
      },
    );
    expect(() => overlapping({ 'Order size': 12 })).toThrow(DmnEvaluationError);
    expect(() => overlapping({ 'Order size': 12 })).toThrow(/result-r1, result-r2 all match, but hit policy UNIQUE/);
    expect(overlapping({ 'Order size': 7 })).toBe(0.05);
    expect(overlapping({ 'Order size': 1 })).toBeNull();
  });
  it('uses the default output entry when no rule matches', async () => {
    const d = await tableModel(
      { 'Order size': 'number' },
      { inputs: ['Order size'], outputs: [{ name: 'Discount', default: '0' }], rules: [['>= 10', '0.1']] },
    );
    expect(d({ 'Order size': 3 })).toBe(0);
  });
});

describe('hit policy ANY (Person Loan Compliance)', () => {
  const spec: TableSpec = {
    hitPolicy: 'ANY',
    inputs: ['Credit rating', 'Card balance', 'Education loan balance'],
    outputs: [{ name: 'Compliance', values: '"Compliant","Not compliant"' }],
    rules: [
      ['"A"', '< 10000', '< 60000', '"Compliant"'],
      ['not("A")', '-', '-', '"Not compliant"'],
      ['-', '>= 10000', '-', '"Not compliant"'],
      ['-', '-', '>= 60000', '"Not compliant"'],
    ],
  };
  const types = { 'Credit rating': 'string', 'Card balance': 'number', 'Education loan balance': 'number' };
  it('gives the output all matching rules agree on', async () => {
    const compliance = await tableModel(types, spec);
    expect(compliance({ 'Credit rating': 'A', 'Card balance': 500, 'Education loan balance': 1000 })).toBe('Compliant');
    expect(compliance({ 'Credit rating': 'B', 'Card balance': 20000, 'Education loan balance': 70000 })).toBe('Not compliant');
  });
  it('refuses matching rules that disagree', async () => {
    const broken = await tableModel(types, {
      ...spec,
      rules: [...spec.rules, ['"A"', '-', '-', '"Compliant"']],
    });
    expect(() => broken({ 'Credit rating': 'A', 'Card balance': 20000, 'Education loan balance': 0 })).toThrow(/hit policy ANY/);
  });
});

describe('hit policies PRIORITY and OUTPUT ORDER (Applicant Risk Rating)', () => {
  const rules = [
    ['> 60', '"good"', '"Medium"'],
    ['> 60', '"bad"', '"High"'],
    ['[25..60]', '-', '"Medium"'],
    ['< 25', '"good"', '"Low"'],
    ['< 25', '"bad"', '"Medium"'],
    ['-', '"bad"', '"High"'],
  ];
  const outputs = [{ name: 'Risk', values: '"High","Medium","Low"' }];
  const types = { 'Applicant age': 'number', 'Medical history': 'string' };
  it('PRIORITY gives the matching output listed first in the output values', async () => {
    const risk = await tableModel(types, { hitPolicy: 'PRIORITY', inputs: ['Applicant age', 'Medical history'], outputs, rules });
    expect(risk({ 'Applicant age': 30, 'Medical history': 'bad' })).toBe('High'); // rules 3 (Medium) and 6 (High)
    expect(risk({ 'Applicant age': 30, 'Medical history': 'good' })).toBe('Medium');
    expect(risk({ 'Applicant age': 20, 'Medical history': 'good' })).toBe('Low');
  });
  it('OUTPUT ORDER lists the matching outputs by that priority', async () => {
    const risk = await tableModel(types, { hitPolicy: 'OUTPUT ORDER', inputs: ['Applicant age', 'Medical history'], outputs, rules });
    expect(risk({ 'Applicant age': 20, 'Medical history': 'bad' })).toEqual(['High', 'Medium']);
    expect(risk({ 'Applicant age': 61, 'Medical history': 'good' })).toEqual(['Medium']);
  });
  it('refuses PRIORITY without output values, when the file is loaded', async () => {
    await expect(
      tableModel(types, { hitPolicy: 'PRIORITY', inputs: ['Applicant age', 'Medical history'], outputs: ['Risk'], rules }),
    ).rejects.toThrow(/hit policy PRIORITY needs output values/);
  });
});

describe('hit policies FIRST and RULE ORDER (Special Discount)', () => {
  const rules = [
    ['"Web"', '"US"', '"Wholesaler"', '10'],
    ['"Phone"', '-', '-', '0'],
    ['-', '"Non-US"', '-', '0'],
    ['"Web"', '"US"', '"Retailer"', '5'],
    ['-', '-', '-', '1'],
  ];
  const inputs = ['Type of order', 'Customer location', 'Type of customer'];
  const types = { 'Type of order': 'string', 'Customer location': 'string', 'Type of customer': 'string' };
  const order = { 'Type of order': 'Web', 'Customer location': 'US', 'Type of customer': 'Retailer' };
  it('FIRST gives the first matching rule in table order', async () => {
    const discount = await tableModel(types, { hitPolicy: 'FIRST', inputs, outputs: ['Special discount'], rules });
    expect(discount(order)).toBe(5);
    expect(discount({ ...order, 'Type of order': 'Phone' })).toBe(0);
  });
  it('RULE ORDER lists every matching output in table order', async () => {
    const discount = await tableModel(types, { hitPolicy: 'RULE ORDER', inputs, outputs: ['Special discount'], rules });
    expect(discount(order)).toEqual([5, 1]);
    expect(discount({ ...order, 'Type of order': 'Phone', 'Customer location': 'Non-US' })).toEqual([0, 0, 1]);
  });
  it('with two outputs, each row is a context of the output names', async () => {
    const discount = await tableModel(types, {
      hitPolicy: 'FIRST',
      inputs,
      outputs: ['Special discount', 'Reason'],
      rules: rules.map((r, k) => [...r, `"rule ${k + 1}"`]),
    });
    expect(discount(order)).toEqual({ 'Special discount': 5, Reason: 'rule 4' });
  });
});

describe('hit policy COLLECT (Holidays)', () => {
  const rules = [
    ['-', '-', '22'],
    ['>= 60', '-', '3'],
    ['-', '>= 30', '3'],
    ['< 18', '-', '5'],
    ['>= 60', '-', '5'],
    ['-', '>= 30', '5'],
    ['[18..60)', '[15..30)', '2'],
    ['>= 45', '< 30', '2'],
  ];
  const types = { Age: 'number', 'Years of service': 'number' };
  const spec = (aggregation?: string): TableSpec => ({
    hitPolicy: 'COLLECT',
    ...(aggregation ? { aggregation } : {}),
    inputs: ['Age', 'Years of service'],
    outputs: ['Extra days'],
    rules,
  });
  it('without aggregation: every matching output, in rule order', async () => {
    const days = await tableModel(types, spec());
    expect(days({ Age: 16, 'Years of service': 1 })).toEqual([22, 5]);
    expect(days({ Age: 61, 'Years of service': 31 })).toEqual([22, 3, 3, 5, 5]);
  });
  it('SUM adds every matching output (the holidays of each employee)', async () => {
    const days = await tableModel(types, spec('SUM'));
    expect(days({ Age: 16, 'Years of service': 1 })).toBe(27);
    expect(days({ Age: 25, 'Years of service': 5 })).toBe(22);
    expect(days({ Age: 44, 'Years of service': 20 })).toBe(24);
    expect(days({ Age: 50, 'Years of service': 20 })).toBe(26);
    expect(days({ Age: 61, 'Years of service': 31 })).toBe(38);
  });
  it('MIN, MAX and COUNT', async () => {
    const min = await tableModel(types, spec('MIN'));
    const max = await tableModel(types, spec('MAX'));
    const count = await tableModel(types, spec('COUNT'));
    const who = { Age: 50, 'Years of service': 20 };
    expect(min(who)).toBe(2);
    expect(max(who)).toBe(22);
    expect(count(who)).toBe(3);
  });
  it('no matching rule: SUM, MIN and MAX give null, COUNT gives 0', async () => {
    const only = (aggregation: string) => tableModel(types, { ...spec(aggregation), rules: [['< 18', '-', '5']] });
    expect((await only('SUM'))({ Age: 30, 'Years of service': 0 })).toBeNull();
    expect((await only('MAX'))({ Age: 30, 'Years of service': 0 })).toBeNull();
    expect((await only('COUNT'))({ Age: 30, 'Years of service': 0 })).toBe(0);
  });
  it('refuses an aggregation on a table with two outputs, when loading', async () => {
    await expect(
      tableModel(types, { ...spec('SUM'), outputs: ['Extra days', 'Why'], rules: rules.map((r) => [...r, '"x"']) }),
    ).rejects.toThrow(/aggregation SUM needs a table with one output/);
  });
});

describe('output values', () => {
  it('refuse an output outside them, naming the rule', async () => {
    const t = await tableModel(
      { Score: 'number' },
      {
        inputs: ['Score'],
        outputs: [{ name: 'Band', values: '"low","high"' }],
        rules: [
          ['< 5', '"low"'],
          ['>= 5', '"hgih"'],
        ],
      },
    );
    expect(t({ Score: 1 })).toBe('low');
    expect(() => t({ Score: 9 })).toThrow(/rule result-r2, output "Band" gave "hgih", not one of its output values/);
  });
});
