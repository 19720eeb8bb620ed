/**
 * What every element story shares: an `<advice-module>` around the element,
 * with the model, language, width and a starting state chosen by args, so a
 * designer can switch them in the Controls panel.
 */
import '@advice-kit/elements/define';
import type { AdviceModel, AdviceState, Locale, Scenario, Situation, Weights } from '@advice-kit/core';
import type { AdviceModuleElement } from '@advice-kit/elements';
import { parkingModel } from '@advice-kit/model-parking';
import { retModel } from '@advice-kit/model-ret';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { failingModel, noneEligibleModel, slowModel } from '../models/variants.js';
import { forcedColorsNote } from './forced-colors.js';

export type ModelKey = 'ret' | 'parking';
/** How the model behaves: as written, slow (async), throwing until retried, or closed to everyone. */
export type Variant = 'ready' | 'slow' | 'failing' | 'none-eligible';
export type Width = 'auto' | 'narrow' | 'wide';

/** A starting state, applied on top of the model's defaults once the module is ready. */
export interface Preset {
  readonly situation?: Situation;
  readonly weights?: Weights;
  readonly scenarios?: readonly Scenario[];
  readonly activeScenario?: string | null;
}

export interface ModuleArgs {
  /** Which advice model the module runs. */
  model: ModelKey;
  variant: Variant;
  locale: Locale;
  width: Width;
  /** Delay of the slow variant, ms. */
  delay: number;
  /** Default layout of a bare `<advice-module>`. */
  layout: 'all' | 'stepwise';
  preset: Preset | undefined;
}

export const MODELS: Readonly<Record<ModelKey, AdviceModel>> = { ret: retModel, parking: parkingModel };

/** Pixel widths of the story frame. */
export const WIDTHS: Readonly<Record<Width, string>> = { auto: '100%', narrow: '320px', wide: '1280px' };

const slowCache = new Map<string, AdviceModel>();
const closedCache = new Map<ModelKey, AdviceModel>();

/** The model for a story's args. The failing variant is new each time, so it fails again after a re-render. */
export function modelFor(args: Pick<ModuleArgs, 'model' | 'variant' | 'delay'>): AdviceModel {
  const base = MODELS[args.model] ?? retModel;
  switch (args.variant) {
    case 'slow': {
      const key = `${args.model}:${args.delay}`;
      const model = slowCache.get(key) ?? slowModel(base, args.delay);
      slowCache.set(key, model);
      return model;
    }
    case 'failing':
      return failingModel(base);
    case 'none-eligible': {
      const model = closedCache.get(args.model) ?? noneEligibleModel(base);
      closedCache.set(args.model, model);
      return model;
    }
    default:
      return base;
  }
}

export const moduleArgs: ModuleArgs = {
  model: 'ret',
  variant: 'ready',
  locale: 'nl',
  width: 'auto',
  delay: 2500,
  layout: 'all',
  preset: undefined,
};

const MODULE = 'advice-module (story frame)';

export const moduleArgTypes: Partial<ArgTypes<ModuleArgs>> = {
  model: {
    name: 'model',
    description: 'The advice model: RET travel products, or the parking example (illustrative tariffs).',
    control: 'inline-radio',
    options: ['ret', 'parking'],
    table: { category: MODULE },
  },
  variant: {
    description: 'How the model behaves: as written, slow (async), throwing until you press retry, or with no option open.',
    control: 'select',
    options: ['ready', 'slow', 'failing', 'none-eligible'],
    table: { category: MODULE },
  },
  locale: { description: 'Language of the module.', control: 'inline-radio', options: ['nl', 'en'], table: { category: MODULE } },
  width: {
    description: 'Width of the frame: auto, 320 px (narrow) or 1280 px (wide).',
    control: 'inline-radio',
    options: ['auto', 'narrow', 'wide'],
    table: { category: MODULE },
  },
  delay: { description: 'Delay of the slow model, in ms.', control: { type: 'number', min: 0, step: 100 }, table: { category: MODULE } },
  layout: { table: { disable: true } },
  preset: { table: { disable: true } },
};

/** Applies a preset to the module's state once its store exists. */
async function applyPreset(module: AdviceModuleElement, preset: Preset): Promise<void> {
  await module.updateComplete;
  const state = module.state;
  if (!state) return;
  const next: AdviceState = {
    situation: { ...state.situation, ...preset.situation },
    weights: { ...state.weights, ...preset.weights },
    scenarios: preset.scenarios ?? state.scenarios,
    activeScenario: preset.activeScenario ?? state.activeScenario,
  };
  module.state = next;
}

const applied = new WeakMap<Element, Preset>();

/** Retrying a failing model: the click on "Try again" reaches the frame first (capture), and the model recovers. */
function recoverOnRetry(model: AdviceModel) {
  return (event: Event) => {
    const inErrorBox = event.composedPath().some((n) => n instanceof HTMLElement && n.getAttribute('part') === 'error');
    if (inErrorBox && 'recover' in model && typeof model.recover === 'function') model.recover();
  };
}

/**
 * Renders a story inside `<advice-module>` (set `parameters.module: false`
 * to opt out). The frame carries the width and `lang`.
 */
export const withModule: Decorator<ModuleArgs> = (story, { args, parameters }) => {
  if (parameters.module === false) return story();
  const model = modelFor(args);
  const preset = args.preset;
  const onRef = (el: Element | undefined) => {
    if (!el || !preset || applied.get(el) === preset) return;
    applied.set(el, preset);
    void applyPreset(el as AdviceModuleElement, preset);
  };
  return html`${parameters.forcedColors ? forcedColorsNote() : nothing}<div
    class="story-frame"
    data-width=${args.width}
    style="width: ${WIDTHS[args.width] ?? '100%'}; max-width: ${args.width === 'wide' ? 'none' : '100%'}"
    lang=${args.locale}
    @click=${{ handleEvent: recoverOnRetry(model), capture: true }}
  >
    <advice-module .model=${model} locale=${args.locale} layout=${args.layout} ${ref(onRef)}>${story() ?? nothing}</advice-module>
  </div>`;
};
