/**
 * Bad and hostile input for the engine: random and hand-picked situations,
 * weights, factor ids, scenarios, URL states and store operations against the
 * RET model and the small travel model. Whatever comes in, no engine function
 * throws or rejects, no result holds NaN, Infinity or undefined, every failure
 * is a typed AdviceError, the store's state stays valid, and nothing reaches
 * Object.prototype. Prints how many inputs were tried (cited in
 * docs/accessibility.md).
 */
import {
  type AdviceErrorCode,
  type AdviceModel,
  type AdviceState,
  compareScenarios,
  createStore,
  decodeState,
  encodeState,
  factorSeries,
  isAdviceError,
  nearestFlips,
  rank,
  tippingPoints,
  validateSituation,
  weightStability,
} from '@advice-kit/core';
import { retModel } from '@advice-kit/model-ret';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { factorIdArb, hostileValue, NASTY_STRINGS, scenariosArb, situationArb, urlArb, validValue, weightsArb } from './hostile.js';
import { travel } from './models.js';

const MODELS: readonly AdviceModel[] = [retModel, travel];
const CODES: readonly AdviceErrorCode[] = [
  'invalid-model',
  'invalid-situation',
  'unknown-factor',
  'model-failed',
  'malformed-assessment',
  'timeout',
  'aborted',
];
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Inputs tried per area, printed at the end. */
const tried: Record<string, number> = {};
/** Of the ranks, how many had a valid situation and so reached the model. */
let validRanks = 0;
const count = (area: string) => {
  tried[area] = (tried[area] ?? 0) + 1;
};

afterAll(() => {
  const total = Object.values(tried).reduce((a, b) => a + b, 0);
  const areas = Object.entries(tried).map(([k, v]) => `${k} ${v}`);
  console.log(`engine fuzz: ${total} inputs (${areas.join(', ')}); ${validRanks} of the ranks reached the model`);
});

// ---------------------------------------------------------------------------
// What every result must satisfy
// ---------------------------------------------------------------------------

/**
 * Every number in a result is finite, no value is undefined, and an error is a
 * typed AdviceError. `echoes` are the caller's own arguments, which a result
 * may hand back as given (a tipping-point result names the factor asked about).
 */
function expectClean(result: unknown, echoes: readonly unknown[] = [], path = 'result', seen = new Set<unknown>()): void {
  if (echoes.some((e) => Object.is(e, result)) && path.split('.').length === 2) return;
  if (typeof result === 'number') {
    if (!Number.isFinite(result)) throw new Error(`${path} is ${result}`);
    return;
  }
  if (result === undefined) throw new Error(`${path} is undefined`);
  if (result === null || typeof result !== 'object' || seen.has(result)) return;
  seen.add(result);
  for (const [key, value] of Object.entries(result)) {
    if (key === 'error' && path.split('.').length <= 3) {
      expectTypedError(value, `${path}.error`);
      continue;
    }
    expectClean(value, echoes, `${path}.${key}`, seen);
  }
}

function expectTypedError(error: unknown, path: string): void {
  if (!isAdviceError(error)) throw new Error(`${path} is not an AdviceError: ${String(error)}`);
  if (!CODES.includes(error.code)) throw new Error(`${path} has an unknown code ${error.code}`);
  if (typeof error.message !== 'string' || error.message.length === 0) throw new Error(`${path} has no message`);
  for (const issue of error.issues) {
    if (!issue.messages.nl || !issue.messages.en) throw new Error(`${path} has an issue without a message`);
  }
}

function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** The state is valid for the model: every value passes validation, weights are finite and non-negative, scenarios well-formed. */
function expectValidState(model: AdviceModel, state: AdviceState): void {
  expect(validateSituation(model, state.situation).valid).toBe(true);
  for (const c of model.criteria) {
    const w = state.weights[c.id];
    expect(typeof w === 'number' && Number.isFinite(w) && w >= 0, `weight ${c.id} = ${w}`).toBe(true);
  }
  expect(Array.isArray(state.scenarios)).toBe(true);
  for (const s of state.scenarios) {
    expect(typeof s.id).toBe('string');
    expect(typeof s.name).toBe('string');
  }
  expect(state.activeScenario === null || state.scenarios.some((s) => s.id === state.activeScenario)).toBe(true);
  expect(Object.isFrozen(state)).toBe(true);
}

/** Runs an engine call on hostile input: it must resolve, never throw or reject. */
async function call<T>(area: string, work: () => Promise<T> | T, echoes: readonly unknown[] = []): Promise<T> {
  count(area);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    throw new Error(`${area} threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
  expectClean(result, echoes);
  expectPrototypeUntouched();
  return result;
}

const FAST_TIMEOUT = 60_000;

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe.each(MODELS.map((model) => ({ model, name: model.id })))(
  'the engine on hostile input: $name model',
  { timeout: FAST_TIMEOUT },
  ({ model }) => {
    it('validateSituation: never throws, gives a message per invalid factor, and a clean situation that is valid', async () => {
      await fc.assert(
        fc.asyncProperty(situationArb(model), async (situation) => {
          const v = await call('validateSituation', () => validateSituation(model, situation, 'en'));
          expect(validateSituation(model, v.situation).valid).toBe(true);
          for (const issue of v.issues) {
            expect(model.factors.some((f) => f.id === issue.factorId)).toBe(true);
            expect(issue.message).toMatch(/\w/);
            expect(issue.message).not.toMatch(/NaN|undefined|Infinity/);
          }
        }),
        { numRuns: 1500 },
      );
    });

    it('rank and weightStability: resolve with a clean result or a typed error (invalid-situation with messages when the input was bad)', async () => {
      await fc.assert(
        fc.asyncProperty(situationArb(model), weightsArb(model), async (situation, weights) => {
          const ranked = await call('rank', () => rank(model, situation as never, weights as never));
          const valid = validateSituation(model, situation).valid;
          if (!valid) {
            expect(ranked.error?.code).toBe('invalid-situation');
            expect(ranked.error?.issues.length).toBeGreaterThan(0);
          } else {
            expect(ranked.error).toBeUndefined();
            validRanks++;
          }
          await call('weightStability', () => weightStability(model, situation as never, weights as never));
        }),
        { numRuns: 700 },
      );
    });

    it('tippingPoints and factorSeries: any factor id, any situation, any weights', async () => {
      await fc.assert(
        fc.asyncProperty(situationArb(model), weightsArb(model), factorIdArb(model), async (situation, weights, factorId) => {
          const result = await call('tippingPoints', () => tippingPoints(model, situation as never, weights as never, factorId as string), [
            factorId,
          ]);
          const known = model.factors.some((f) => f.id === factorId);
          if (!known && validateSituation(model, situation).valid) expect(result.error?.code).toBe('unknown-factor');
          await call('factorSeries', () => factorSeries(model, situation as never, weights as never, factorId as string, { points: 40 }), [
            factorId,
          ]);
        }),
        { numRuns: 500 },
      );
    });

    it('nearestFlips: any situation, weights, locked factors and limit', async () => {
      await fc.assert(
        fc.asyncProperty(
          situationArb(model),
          weightsArb(model),
          fc.array(factorIdArb(model), { maxLength: 3 }),
          fc.oneof(fc.constant(undefined), fc.integer({ min: -3, max: 5 }), hostileValue),
          async (situation, weights, locked, limit) => {
            await call('nearestFlips', () =>
              nearestFlips(model, situation as never, weights as never, { locked: locked as string[], limit: limit as number }),
            );
          },
        ),
        { numRuns: 350 },
      );
    });

    it('compareScenarios: hostile scenario lists, each bad scenario getting its own typed error', async () => {
      await fc.assert(
        fc.asyncProperty(situationArb(model), scenariosArb(model), weightsArb(model), async (base, scenarios, weights) => {
          await call('compareScenarios', () => compareScenarios(model, base as never, scenarios as never, weights as never));
        }),
        { numRuns: 500 },
      );
    });

    it('decodeState: any string or value gives a valid state that survives a round trip', async () => {
      await fc.assert(
        fc.asyncProperty(urlArb(model), async (input) => {
          const state = await call('decodeState', () => decodeState(model, input));
          expectValidState(model, state);
          const again = decodeState(model, encodeState(model, state));
          expect(again.situation).toEqual(state.situation);
          expect(again.weights).toEqual(state.weights);
          expect(again.scenarios.length).toBe(state.scenarios.length);
        }),
        { numRuns: 1500 },
      );
    });

    it('the store: any sequence of hostile operations keeps a valid state, and refused answers say why', async () => {
      const op = fc.oneof(
        fc.tuple(
          fc.constant('setFactor'),
          factorIdArb(model).chain((id) => fc.tuple(fc.constant(id), fc.oneof(validValue(model, String(id)), hostileValue))),
        ),
        fc.tuple(
          fc.constant('setWeight'),
          fc.tuple(fc.oneof(fc.constantFrom(...model.criteria.map((c) => c.id)), fc.constantFrom('__proto__', 'x')), hostileValue),
        ),
        fc.tuple(fc.constant('setWeights'), weightsArb(model)),
        fc.tuple(
          fc.constant('addScenario'),
          fc.record({
            name: fc.constantFrom(...NASTY_STRINGS),
            overrides: situationArb(model),
            id: fc.oneof(fc.constantFrom('s1', '__proto__'), fc.string({ maxLength: 4 })),
          }),
        ),
        fc.tuple(
          fc.constant('updateScenario'),
          fc.tuple(fc.constantFrom('s1', 's2', '__proto__', ''), fc.record({ name: fc.constantFrom(...NASTY_STRINGS) })),
        ),
        fc.tuple(fc.constant('removeScenario'), fc.constantFrom('s1', 's2', '__proto__', '')),
        fc.tuple(fc.constant('setActiveScenario'), fc.constantFrom<unknown>('s1', 's2', '__proto__', null, 42)),
        fc.tuple(fc.constant('reset'), fc.constant(null)),
      );
      await fc.assert(
        fc.asyncProperty(urlArb(model), fc.array(op, { minLength: 1, maxLength: 12 }), async (url, ops) => {
          const store = createStore(model, decodeState(model, url));
          let removed: ReturnType<typeof store.removeScenario> = null;
          for (const [name, arg] of ops as [string, unknown][]) {
            await call('store', () => {
              switch (name) {
                case 'setFactor': {
                  const [id, value] = arg as [string, never];
                  const before = store.getState();
                  const problem = store.setFactor(id, value, 'en');
                  const factor = model.factors.find((f) => f.id === id);
                  if (problem) {
                    expect(store.getState()).toBe(before); // a refused answer changes nothing
                    expect(problem.message).toMatch(/\w/);
                    expect(problem.message).not.toMatch(/NaN|undefined|Infinity/);
                  } else if (factor && validateSituation(model, { [id]: value }).valid === false) {
                    throw new Error(`setFactor accepted an invalid value for ${id}: ${String(value)}`);
                  }
                  return problem ?? 'ok';
                }
                case 'setWeight':
                  store.setWeight(...(arg as [string, number]));
                  return 'ok';
                case 'setWeights':
                  store.setWeights(arg as never);
                  return 'ok';
                case 'addScenario':
                  return store.addScenario(arg as never).id;
                case 'updateScenario':
                  store.updateScenario(...(arg as [string, never]));
                  return 'ok';
                case 'removeScenario':
                  removed = store.removeScenario(arg as string);
                  if (removed && Math.random() < 0.5) store.restoreScenario(removed);
                  return 'ok';
                case 'setActiveScenario':
                  store.setActiveScenario(arg as string);
                  return 'ok';
                default:
                  store.reset();
                  return 'ok';
              }
            });
            expectValidState(model, store.getState());
          }
        }),
        { numRuns: 300 },
      );
    });
  },
);
