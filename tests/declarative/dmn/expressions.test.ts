/**
 * Expression kinds of DMN 1.3 (chapter 10, boxed expressions): literal
 * expressions, contexts, lists, invocations, business knowledge models with
 * parameters, decision services (called from FEEL, also from another file),
 * and item definitions checking inputs. The examples follow the
 * specification's loan example (chapter 11: Installment calculation as a
 * knowledge model, PMT, a context for the applicant's finances).
 */
import { DmnEvaluationError, loadDmn } from '@advice-kit/declarative/dmn';
import { describe, expect, it } from 'vitest';
import { DMN, decision, definitions, input, literal } from './xml.js';

const bkm = (id: string, name: string, params: readonly [string, string][], body: string, hrefs: readonly string[] = []) =>
  `<businessKnowledgeModel id="${id}" name="${name}"><variable name="${name}"/>${hrefs.map((h) => `<knowledgeRequirement><requiredKnowledge href="${h}"/></knowledgeRequirement>`).join('')}<encapsulatedLogic>${params
    .map(([p, t]) => `<formalParameter name="${p}" typeRef="${t}"/>`)
    .join('')}${body}</encapsulatedLogic></businessKnowledgeModel>`;

/** PMT, as the specification's loan example writes it (monthly rate, term in months). */
const PMT = bkm(
  'pmt',
  'PMT',
  [
    ['p', 'number'],
    ['r', 'number'],
    ['n', 'number'],
  ],
  literal('(p * r / 12) / (1 - (1 + r / 12) ** -n)'),
);

describe('literal expressions', () => {
  it('evaluate FEEL over the required inputs and decisions, names with spaces included', async () => {
    const m = await loadDmn({
      'a.dmn': definitions(
        input('i1', 'Monthly income', 'number') +
          input('i2', 'Monthly outgoings', 'number') +
          decision('d1', 'Disposable income', ['i:#i1', 'i:#i2'], literal('Monthly income - Monthly outgoings'), 'number') +
          decision('d2', 'Affordable', ['#d1'], literal('if Disposable income > 500 then "yes" else "no"'), 'string'),
      ),
    });
    expect(m.evaluate('Disposable income', { 'Monthly income': 3000, 'Monthly outgoings': 2200 })).toBe(800);
    expect(m.evaluate('Affordable', { 'Monthly income': 3000, 'Monthly outgoings': 2800 })).toBe('no');
    expect(m.evaluate('d2', { 'Monthly income': 3000, 'Monthly outgoings': 200 })).toBe('yes');
  });
  it('a decision whose value does not fit its typeRef is an error, not an answer', async () => {
    const m = await loadDmn({
      'a.dmn': definitions(input('i', 'x', 'number') + decision('d', 'Twice', ['i:#i'], literal('"x" + string(x)'), 'number')),
    });
    expect(() => m.evaluate('Twice', { x: 2 })).toThrow(/gave "x2", not a number/);
  });
  it('a null that FEEL warned about is an error', async () => {
    const m = await loadDmn({ 'a.dmn': definitions(input('i', 'x', 'string') + decision('d', 'Half', ['i:#i'], literal('x / 2'))) });
    expect(() => m.evaluate('Half', { x: 'four' })).toThrow(DmnEvaluationError);
  });
});

describe('contexts and lists', () => {
  it('a context gives its entries, each seeing the ones above it; a last entry without name is the result', async () => {
    const entries = `<context><contextEntry><variable name="Rate"/>${literal('0.05')}</contextEntry><contextEntry><variable name="Interest"/>${literal('Amount * Rate')}</contextEntry></context>`;
    const result = `<context><contextEntry><variable name="Rate"/>${literal('0.05')}</contextEntry><contextEntry>${literal('Amount * Rate * 2')}</contextEntry></context>`;
    const list = `<list>${literal('Amount')}${literal('Amount + 1')}</list>`;
    const m = await loadDmn({
      'a.dmn': definitions(
        input('i', 'Amount', 'number') +
          decision('d1', 'Loan', ['i:#i'], entries) +
          decision('d2', 'Double interest', ['i:#i'], result) +
          decision('d3', 'Both', ['i:#i'], list),
      ),
    });
    expect(m.evaluate('Loan', { Amount: 1000 })).toEqual({ Rate: 0.05, Interest: 50 });
    expect(m.evaluate('Double interest', { Amount: 1000 })).toBe(100);
    expect(m.evaluate('Both', { Amount: 1 })).toEqual([1, 2]);
  });
});

describe('business knowledge models and invocations', () => {
  const files = {
    'loan.dmn': definitions(
      input('i1', 'Principal', 'number') +
        input('i2', 'Rate', 'number') +
        input('i3', 'Term', 'number') +
        PMT +
        bkm(
          'inst',
          'Installment calculation',
          [
            ['amount', 'number'],
            ['rate', 'number'],
            ['term', 'number'],
          ],
          literal('PMT(amount, rate, term) + 20'),
          ['#pmt'],
        ) +
        decision(
          'd1',
          'Monthly installment',
          ['i:#i1', 'i:#i2', 'i:#i3', 'k:#inst'],
          `<invocation>${literal('Installment calculation')}<binding><parameter name="amount"/>${literal('Principal')}</binding><binding><parameter name="rate"/>${literal('Rate')}</binding><binding><parameter name="term"/>${literal('Term')}</binding></invocation>`,
          'number',
        ) +
        decision('d2', 'Payment from FEEL', ['i:#i1', 'k:#pmt'], literal('PMT(p: Principal, r: 0.06, n: 12)'), 'number'),
    ),
  };
  it('an invocation binds the parameters by name; a knowledge model calls another it requires', async () => {
    const m = await loadDmn(files);
    const pmt = (p: number, r: number, n: number) => (p * r) / 12 / (1 - (1 + r / 12) ** -n);
    expect(m.evaluate('Monthly installment', { Principal: 600000, Rate: 0.0375, Term: 360 })).toBeCloseTo(pmt(600000, 0.0375, 360) + 20, 9);
    expect(m.evaluate('Payment from FEEL', { Principal: 1200 })).toBeCloseTo(pmt(1200, 0.06, 12), 9);
  });
  it('an argument of the wrong type is an error', async () => {
    const m = await loadDmn(files);
    expect(() => m.evaluate('Monthly installment', { Principal: 'lots', Rate: 0.0375, Term: 360 })).toThrow(/Principal/);
  });
  it('an invocation of an unknown parameter is refused when loading', async () => {
    const bad = files['loan.dmn'].replace('<parameter name="term"/>', '<parameter name="months"/>');
    await expect(loadDmn({ 'loan.dmn': bad })).rejects.toThrow(/binds "months", which is not one of its parameters \(amount, rate, term\)/);
  });
});

describe('decision services, also across imported files', () => {
  const LIB = 'https://example.org/lib';
  const lib = definitions(
    input('li', 'Trips', 'number') +
      decision('ld', 'Trip cost', ['i:#li'], literal('Trips * 2.5'), 'number') +
      `<decisionService id="svc" name="Cost of trips"><variable name="Cost of trips"/><outputDecision href="#ld"/><inputData href="#li"/></decisionService>`,
    { ns: LIB },
  );
  const main = definitions(
    input('mi', 'Trips per week', 'number') +
      decision('md', 'Monthly cost', ['i:#mi', `k:${LIB}#svc`], literal('lib.Cost of trips(Trips per week * 52 / 12)'), 'number'),
    { imports: { lib: LIB } },
  );
  it('a decision calls a service of an imported file by its import name', async () => {
    const m = await loadDmn({ 'main.dmn': main, 'lib.dmn': lib });
    expect(m.evaluate('Monthly cost', { 'Trips per week': 12 })).toBeCloseTo(((12 * 52) / 12) * 2.5, 9);
    // The service's own decision, evaluated directly, reads its own input.
    expect(m.evaluate('Trip cost', { Trips: 4 })).toBe(10);
  });
  it('refuses an import whose file is missing, and a service that does not list an input its decision reads', async () => {
    await expect(loadDmn({ 'main.dmn': main })).rejects.toThrow(
      /the import "lib" needs the file with namespace https:\/\/example.org\/lib/,
    );
    const incomplete = lib.replace('<inputData href="#li"/>', '');
    await expect(loadDmn({ 'main.dmn': main, 'lib.dmn': incomplete })).rejects.toThrow(/needs input data it does not list: Trips/);
  });
});

describe('item definitions and typeRefs', () => {
  const xml = definitions(
    `<itemDefinition name="tAgeGroup"><typeRef>string</typeRef><allowedValues><text>"4-11","12-18","19-64","65+"</text></allowedValues></itemDefinition>` +
      `<itemDefinition name="tTrips"><typeRef>number</typeRef><allowedValues><text>[0..100]</text></allowedValues></itemDefinition>` +
      `<itemDefinition name="tPerson"><itemComponent name="age"><typeRef>number</typeRef></itemComponent><itemComponent name="name"><typeRef>string</typeRef></itemComponent></itemDefinition>` +
      input('a', 'Age group', 'tAgeGroup') +
      input('t', 'Trips', 'tTrips') +
      input('p', 'Person', 'tPerson') +
      decision('d', 'Echo', ['i:#a', 'i:#t', 'i:#p'], literal('Age group + " " + string(Trips) + " " + Person.name')),
  );
  it('checks every input against its type and allowed values', async () => {
    const m = await loadDmn({ 'types.dmn': xml });
    const ok = { 'Age group': '65+', Trips: 3, Person: { age: 70, name: 'An' } };
    expect(m.evaluate('Echo', ok)).toBe('65+ 3 An');
    expect(() => m.evaluate('Echo', { ...ok, 'Age group': '65 +' })).toThrow(/the input "Age group" is "65 \+", not one of "4-11"/);
    expect(() => m.evaluate('Echo', { ...ok, Trips: 101 })).toThrow(/not one of \[0..100\]/);
    expect(() => m.evaluate('Echo', { ...ok, Person: { age: 'old', name: 'An' } })).toThrow(/"age" is a number/);
    expect(() => m.evaluate('Echo', { ...ok, Trips: undefined })).toThrow(/"Trips"/);
  });
  it('refuses an unknown typeRef when loading, with the element', async () => {
    const error = await loadDmn({ 'types.dmn': xml.replace('tTrips"/>', 'tTripz"/>') }).catch((e) => e);
    expect(error.problems).toEqual([
      expect.objectContaining({ file: 'types.dmn', element: 't', code: 'type', message: expect.stringMatching(/unknown type "tTripz"/) }),
    ]);
  });
});

describe('what DMN 1.3 has and this version refuses when loading', () => {
  it.each([
    ['a relation', '<relation id="rel"/>', /Relation .* is not supported/],
    ['a Java function', '', /a Java function is not supported/],
    [
      'another expression language',
      '<literalExpression id="js" expressionLanguage="https://example.org/js"><text>1</text></literalExpression>',
      /expression language .* is not supported/,
    ],
    ['a FEEL function definition inside an expression', literal('(function(x) x + 1)(2)'), /FEEL function definition .* not supported/],
    ['an unknown name', literal('Trips * Price'), /unknown name "Price"/],
  ])('%s', async (what, logic, message) => {
    const body =
      what === 'a Java function'
        ? `<businessKnowledgeModel id="j" name="J"><variable name="J"/><encapsulatedLogic kind="Java"><formalParameter name="x"/>${literal('x')}</encapsulatedLogic></businessKnowledgeModel>`
        : input('i', 'Trips', 'number') + decision('d', 'D', ['i:#i'], logic);
    const error = await loadDmn({ 'x.dmn': definitions(body) }).catch((e) => e);
    expect(error.name).toBe('DmnLoadError');
    expect(error.message).toMatch(message);
    expect(error.problems[0].file).toBe('x.dmn');
    expect(error.problems[0].element).toBeTruthy();
  });
  it('refuses a file of another DMN version', async () => {
    const old = definitions(input('i', 'x')).replace(DMN, 'http://www.omg.org/spec/DMN/20180521/MODEL/');
    await expect(loadDmn({ 'old.dmn': old })).rejects.toThrow(/not a DMN 1.3 file/);
  });
});
