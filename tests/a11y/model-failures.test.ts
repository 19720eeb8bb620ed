/**
 * Model failures in the full default layout, in real Chromium: a model that
 * throws, rejects, hangs past the module's timeout or answers with malformed
 * assessments. Every element that needs the model shows its own error with a
 * retry button; the questions, the person's answers and the rest of the page
 * stay; a retry recovers once the model works again. Each error state is also
 * checked with axe.
 */
import { type AdviceModel, type Assessments, defineModel, type ResolvedSituation } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { clubDefinition } from '../elements/fixtures.js';
import { deepQuery, deepQueryAll, expectAccessible, mount, settle, unmountAll } from '../elements/helpers.js';
import { isShown, LEAKED, watchErrors } from './helpers.js';

type Failure = 'throw' | 'reject' | 'hang' | 'malformed-shape' | 'malformed-value' | 'malformed-list';

/** The club model, failing in the given way while `mode.failure` is set. */
function unreliableModel(mode: { failure: Failure | null }): AdviceModel {
  const good = (s: ResolvedSituation) => clubDefinition.assess(s) as Assessments;
  return defineModel({
    ...clubDefinition,
    id: 'club-unreliable',
    assess(s) {
      switch (mode.failure) {
        case 'throw':
          throw new Error('service unavailable');
        case 'reject':
          return Promise.reject(new TypeError('Failed to fetch'));
        case 'hang':
          return new Promise<Assessments>(() => {});
        case 'malformed-shape':
          return { visit: { eligible: 'yes' }, month: null } as unknown as Assessments;
        case 'malformed-value':
          return { ...good(s), visit: { eligible: true, values: { cost: Number.NaN, flexibility: Number.POSITIVE_INFINITY } } };
        case 'malformed-list':
          return 'not an assessment' as unknown as Assessments;
        default:
          return good(s);
      }
    },
  });
}

/** The elements of the default layout that ask the model. */
const EVALUATING = ['advice-result', 'advice-weights', 'advice-tipping-point', 'advice-scenarios', 'advice-chart', 'advice-handoff'];
const MESSAGES: Record<Failure, RegExp> = {
  throw: /kon niet worden berekend/,
  reject: /kon niet worden berekend/,
  hang: /duurt te lang/,
  'malformed-shape': /onvolledig/,
  'malformed-value': /onvolledig/,
  'malformed-list': /onvolledig/,
};

afterEach(unmountAll);

function elementsOf(module: AdviceModuleElement, tag: string): Element[] {
  return deepQueryAll(module, tag);
}

function errorBox(el: Element): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[role=alert]') ?? null;
}

async function until(module: AdviceModuleElement, condition: () => boolean, what: string | (() => string)): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(module, 2);
  }
  if (!condition()) throw new Error(`timed out waiting until ${typeof what === 'string' ? what : what()}`);
}

describe.each<Failure>(['throw', 'reject', 'hang', 'malformed-shape', 'malformed-value', 'malformed-list'])(
  'a model that fails (%s) in the full default layout',
  (failure) => {
    it('gives an error with a retry in each affected element only; the answers and the page survive; retry recovers', async () => {
      const watch = watchErrors();
      const mode: { failure: Failure | null } = { failure: null };
      const module = await mount(
        unreliableModel(mode),
        html`<p id="outside">Andere inhoud van de pagina</p><advice-module timeout="300"></advice-module>`,
      );
      const questions = deepQuery(module, 'advice-questions') as HTMLElement;
      const field = deepQuery<HTMLInputElement>(questions, '#visits-field');
      expect(field).not.toBeNull();

      // The person answers; then the model starts failing and the person answers again.
      if (!field) return;
      const type = async (text: string) => {
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
        await settle(module);
      };
      await type('12');
      expect(module.state?.situation.visits).toBe(12);
      mode.failure = failure;
      deepQueryAll<HTMLInputElement>(questions, 'input[name=member]')
        .find((r) => r.value === 'true')
        ?.click();
      // Only the elements that need new answers from the model fail: the ranking of this situation was
      // already known (from "what would change the advice"), so the advice stays.
      await until(
        module,
        () => ['advice-tipping-point', 'advice-chart'].every((tag) => elementsOf(module, tag).every((el) => errorBox(el) !== null)),
        `the tipping point and the chart show an error (${failure})`,
      );
      const result = elementsOf(module, 'advice-result')[0] as Element;
      expect(errorBox(result)).toBeNull();
      expect(result.shadowRoot?.textContent).toMatch(/Wij raden aan/);

      // A new answer the model was never asked about: now every element that needs the model fails.
      await type('7');
      await until(
        module,
        () => EVALUATING.every((tag) => elementsOf(module, tag).every((el) => errorBox(el) !== null)),
        () =>
          `every evaluating element shows an error (${failure}); without: ${EVALUATING.filter((tag) =>
            elementsOf(module, tag).some((el) => errorBox(el) === null),
          ).join(', ')}`,
      );

      // Each affected element: its own message, in words, with a retry button.
      for (const tag of EVALUATING) {
        for (const el of elementsOf(module, tag)) {
          const box = errorBox(el) as HTMLElement;
          expect(isShown(box), tag).toBe(true);
          expect(box.textContent, tag).toMatch(MESSAGES[failure]);
          expect(box.textContent, tag).not.toMatch(LEAKED);
          const retry = box.querySelector('button');
          expect(retry?.textContent?.trim(), tag).toBe('Opnieuw proberen');
        }
      }
      // The questions are unaffected and keep every answer; the rest of the page is still there.
      expect(errorBox(questions)).toBeNull();
      expect(module.state?.situation).toMatchObject({ visits: 7, member: true });
      expect(deepQuery<HTMLInputElement>(questions, '#visits-field')?.value).toBe('7');
      expect(deepQueryAll<HTMLInputElement>(questions, 'input[name=member]').find((r) => r.checked)?.value).toBe('true');
      expect(document.getElementById('outside')?.textContent).toBe('Andere inhoud van de pagina');
      expect(module.shadowRoot?.querySelectorAll('section h2').length).toBe(7);
      await expectAccessible(module);

      // The model works again: one retry brings every element back, with the same answers.
      mode.failure = null;
      const retry = errorBox(result)?.querySelector('button');
      retry?.click();
      await until(
        module,
        () => EVALUATING.every((tag) => elementsOf(module, tag).every((el) => errorBox(el) === null)),
        'every element recovered',
      );
      expect(result.shadowRoot?.textContent).toMatch(/Wij raden aan/);
      expect(module.state?.situation).toMatchObject({ visits: 7, member: true });
      expect(watch.errors).toEqual([]);
      watch.stop();
    });
  },
);
