/**
 * Bad and hostile input through the elements, in real Chromium: the full
 * `<advice-module>` with the RET model, driven by random and hostile URL
 * states (the address bar) and by random and hostile text typed into the
 * number fields. After every input: no uncaught error, no NaN, undefined or
 * Infinity anywhere a person can see or hear, the state still valid, and a
 * visible message next to a field whose text was refused.
 *
 * UI inputs are slow (every one re-renders the whole module and settles), so
 * this file tries a few hundred; tests/core/fuzz.test.ts tries over 10,000
 * against the engine itself. The figure is printed for docs/accessibility.md.
 */
import { type AdviceState, decodeState, type NumberFactor, validateSituation } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import { retModel } from '@advice-kit/model-ret';
import fc from 'fast-check';
import { html } from 'lit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NASTY_STRINGS, urlArb } from '../core/hostile.js';
import { deepQueryAll, mount, settle, unmountAll } from '../elements/helpers.js';
import { allElements, type ErrorWatch, isShown, LEAKED, renderedTexts, watchErrors } from './helpers.js';

const SEED = 20_261_123;
const HASH_STATES = 150;
const TYPED_INPUTS = 150;
/** A UI input takes some 70 ms on two cores: the whole module re-renders and settles. */
const TIMEOUT = 120_000;
const tried = { hashes: 0, typed: 0, refused: 0, accepted: 0 };

afterAll(() => {
  console.log(
    `element fuzz: ${tried.hashes + tried.typed} UI inputs (${tried.hashes} URL states, ${tried.typed} typed texts: ${tried.refused} refused with a message, ${tried.accepted} accepted)`,
  );
});

let watch: ErrorWatch;
let module: AdviceModuleElement;

beforeEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  watch = watchErrors();
  module = await mount(retModel, html`<advice-module url-state explore-factors="tripsPerWeek tripKm"></advice-module>`);
});

afterEach(() => {
  watch.stop();
  unmountAll();
  history.replaceState(null, '', location.pathname + location.search);
});

/** Nothing leaked into the page, nothing injected, nothing thrown, and the state is valid. */
function expectSound(state: AdviceState | undefined, context: string): void {
  expect(watch.errors, context).toEqual([]);
  expect(state, context).toBeDefined();
  expect(validateSituation(retModel, state?.situation).valid, context).toBe(true);
  // Scenario names are the person's own words (from the URL here): they may say anything.
  const names = (state?.scenarios ?? []).map((s) => s.name).filter(Boolean);
  const leaked = renderedTexts(module)
    .map((text) => names.reduce((t, name) => t.split(name).join(''), text))
    .filter((text) => LEAKED.test(text));
  expect(leaked, context).toEqual([]);
  expect(
    allElements(module).filter((el) => ['img', 'script', 'svg', 'iframe', 'object'].includes(el.localName)),
    context,
  ).toEqual([]);
}

describe('<advice-module> with the RET model under hostile input', { timeout: TIMEOUT }, () => {
  it(`restores ${HASH_STATES} random and hostile URL states without losing or breaking anything`, async () => {
    const states = fc.sample(
      urlArb(retModel).filter((v): v is string => typeof v === 'string'),
      { numRuns: HASH_STATES, seed: SEED },
    );
    for (const input of states) {
      const hash = input.startsWith('#') ? input : `#${input}`;
      location.hash = hash;
      await settle(module);
      tried.hashes++;
      const context = `hash ${hash.slice(0, 200)}`;
      // The state is exactly what the address says, cleaned: nothing else, nothing lost.
      expect(module.state, context).toEqual(decodeState(retModel, location.hash));
      expectSound(module.state, context);
    }
  });

  it(`answers ${TYPED_INPUTS} random and hostile texts typed into the number fields: valid ones taken, others refused with a message next to the field`, async () => {
    const numbers = retModel.factors.filter((f): f is NumberFactor => f.kind === 'number');
    const questions = module.shadowRoot?.querySelector('advice-questions');
    if (!questions?.shadowRoot) throw new Error('no questions');
    const typed = fc.oneof(
      fc.constantFrom(...NASTY_STRINGS, '٣', '1e309', '-1', '7,5', '7.5', ' 7 ', '+3', '1e1', '0', '99999999999999999999', '-0'),
      { weight: 3, arbitrary: fc.integer({ min: -5, max: 60 }).map(String) },
      fc.double({ min: -10, max: 100 }).map((n) => String(n).replace('.', ',')),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    const inputs = fc.sample(fc.tuple(fc.nat(), typed, fc.boolean()), { numRuns: TYPED_INPUTS, seed: SEED });
    for (const [pick, text, unsure] of inputs) {
      const factor = numbers[pick % numbers.length] as NumberFactor;
      const root = questions.shadowRoot;
      // Sometimes answer as a range ("I'm not sure"), so the range fields get hostile text too.
      const checkbox = root
        .querySelector<HTMLInputElement>(`#${factor.id}-field, #${factor.id}-min`)
        ?.closest('.question')
        ?.querySelector<HTMLInputElement>('input[type=checkbox]');
      if (checkbox && checkbox.checked !== unsure) {
        checkbox.click();
        await settle(module);
      }
      const fields = deepQueryAll<HTMLInputElement>(questions, `#${factor.id}-field, #${factor.id}-min, #${factor.id}-max`);
      const field = fields[pick % fields.length] as HTMLInputElement;
      const before = module.state?.situation[factor.id];
      field.focus();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(module);
      tried.typed++;
      const context = `${factor.id} ${field.id} ← ${JSON.stringify(text.slice(0, 60))}`;
      expectSound(module.state, context);
      // The field stays where it was: typing never loses the person's place.
      expect(questions.shadowRoot.activeElement, context).toBe(field);
      const after = module.state?.situation[factor.id];
      if (field.getAttribute('aria-invalid') === 'true') {
        tried.refused++;
        // Refused: the answer stays as it was, and a visible message next to the field says why.
        expect(after, context).toEqual(before);
        const described = (field.getAttribute('aria-describedby') ?? '').split(/\s+/);
        const message = root.querySelector(`#${factor.id}-error`);
        expect(message && described.includes(message.id), context).toBe(true);
        expect(message && isShown(message), context).toBe(true);
        expect(message?.textContent?.trim(), context).toMatch(/^(Vul|Het eerste)/);
      } else {
        tried.accepted++;
        expect(root.querySelector(`#${factor.id}-error`), context).toBeNull();
        // A plain whole number inside the range is taken as typed.
        const n = Number(text);
        const onGrid = Number.isInteger((n - factor.min) / factor.step);
        if (/^\d+$/.test(text) && n >= factor.min && n <= factor.max && onGrid && field.id.endsWith('-field')) {
          expect(after, context).toBe(Number(text));
        }
      }
    }
    expect(tried.refused).toBeGreaterThan(0);
    expect(tried.accepted).toBeGreaterThan(0);
  });
});
