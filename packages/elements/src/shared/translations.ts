import { isLanguageTag, type Locale } from '@advice-kit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BarStrings } from '../bar/advice-bar.strings.js';
import type { ChartStrings } from '../chart/advice-chart.strings.js';
import type { HandoffStrings } from '../handoff/advice-handoff.strings.js';
import type { ModuleStrings } from '../module/advice-module.strings.js';
import type { QuestionsStrings } from '../questions/advice-questions.strings.js';
import type { ResultStrings } from '../result/advice-result.strings.js';
import type { ScenariosStrings } from '../scenarios/advice-scenarios.strings.js';
import type { TippingPointStrings } from '../tipping-point/advice-tipping-point.strings.js';
import type { WeightsStrings } from '../weights/advice-weights.strings.js';
import type { IssueStrings } from './issues.js';
import type { CommonStrings } from './strings.js';

/**
 * Every text the elements show, in one language: one section per element,
 * each typed by the interface its Dutch set is written against, so a
 * translation that misses a string (or gets its parameters wrong) does not
 * type-check. Register one with {@link registerTranslation}.
 */
export interface Translation {
  /** The language's BCP 47 tag: `de`, `pt-BR`. A page's `lang="de-AT"` uses `de` when there is no `de-AT`. */
  readonly $code: string;
  /** The language's name in that language: `Deutsch`. */
  readonly $name: string;
  /** Writing direction; default `ltr`. */
  readonly $dir?: 'ltr' | 'rtl';
  readonly common: CommonStrings;
  /** Messages next to an answer that cannot be used. */
  readonly issues: IssueStrings;
  readonly bar: BarStrings;
  readonly chart: ChartStrings;
  readonly handoff: HandoffStrings;
  readonly module: ModuleStrings;
  readonly questions: QuestionsStrings;
  readonly result: ResultStrings;
  readonly scenarios: ScenariosStrings;
  readonly tippingPoint: TippingPointStrings;
  readonly weights: WeightsStrings;
}

/** The sections of a {@link Translation}: one per element, plus `common` and `issues`. */
export type TranslationSection = Exclude<keyof Translation, `$${string}`>;

/** A section's strings in a language: Dutch until that language is registered. */
export type Localized<S> = (locale: Locale) => S;

/** The languages the kit ships but loads only when a page asks for them. Dutch is always there. */
const BUILT_IN: Readonly<Record<string, () => Promise<Translation>>> = {
  en: () => import('../translations/en.js').then((module) => module.en),
};

const registered = new Map<string, Translation>();
const loading = new Map<string, Promise<boolean>>();
const hosts = new Set<ReactiveControllerHost>();
const completed = new WeakMap<object, object>();

function key(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * Adds languages (or replaces the wording of one, Dutch included). Every
 * connected element renders again, so a language registered after the page
 * has rendered is used at once by the elements whose `lang` asks for it.
 */
export function registerTranslation(...translations: Translation[]): void {
  for (const translation of translations) {
    if (translation && typeof translation.$code === 'string' && isLanguageTag(translation.$code.trim())) {
      registered.set(key(translation.$code), translation);
    }
  }
  for (const host of hosts) host.requestUpdate();
}

/** Whether the kit can speak `code`: Dutch, a registered language, or one built in (loaded when first used). */
export function hasTranslation(code: string): boolean {
  const k = key(code);
  return k === 'nl' || registered.has(k) || Object.hasOwn(BUILT_IN, k);
}

/** The registered translation for `code` (exactly that tag), if any. */
export function translation(code: string): Translation | undefined {
  return registered.get(key(code));
}

/**
 * Makes a built-in language available: resolves to true once it is
 * registered (at once when it already is), false when it cannot be (not
 * built in, or its file failed to load; a later call tries again). Elements
 * call it themselves when a page asks for the language; a host may call it
 * first to switch languages without showing Dutch for a moment.
 */
export function loadTranslation(code: string): Promise<boolean> {
  const k = key(code);
  if (k === 'nl' || registered.has(k)) return Promise.resolve(true);
  const load = Object.hasOwn(BUILT_IN, k) ? BUILT_IN[k] : undefined;
  if (!load) return Promise.resolve(false);
  let pending = loading.get(k);
  if (!pending) {
    pending = load().then(
      (loaded) => {
        // A host may have registered its own wording meanwhile: that one stays.
        if (!registered.has(k)) registerTranslation(loaded);
        return registered.has(k);
      },
      () => false,
    );
    loading.set(k, pending);
    void pending.then(() => loading.delete(k));
  }
  return pending;
}

/** Resolves when no language is loading any more (tests and hosts that wait for a switch). */
export async function whenTranslationsLoaded(): Promise<void> {
  while (loading.size > 0) await Promise.all(loading.values());
}

/** `theirs` with every string it lacks (or has of the wrong kind) taken from `dutch`: JavaScript callers have no type check. */
function complete<S extends object>(theirs: unknown, dutch: S): S {
  if (theirs === dutch) return dutch;
  if (theirs === null || typeof theirs !== 'object') return dutch;
  const cached = completed.get(theirs);
  if (cached) return cached as S;
  const out: Record<string, unknown> = {};
  for (const [name, fallback] of Object.entries(dutch)) {
    const value = Object.hasOwn(theirs, name) ? (theirs as Record<string, unknown>)[name] : undefined;
    if (fallback !== null && typeof fallback === 'object') out[name] = complete(value, fallback);
    else out[name] = typeof value === typeof fallback ? value : fallback;
  }
  completed.set(theirs, out);
  return out as S;
}

/**
 * A section's strings by language, for element code: `barStrings(locale)`.
 * `dutch` is the section's Dutch set (the fallback, always in the bundle);
 * other languages come from the registry. A built-in language that is not
 * loaded yet starts loading and Dutch is returned until it has arrived; every
 * connected element then renders again.
 */
export function localized<S extends TranslationSection>(section: S, dutch: Translation[S]): Localized<Translation[S]> {
  return (locale) => {
    const k = typeof locale === 'string' ? key(locale) : 'nl';
    const found = registered.get(k) ?? registered.get(k.split('-')[0] ?? '');
    if (found) return complete(found[section], dutch);
    if (k !== 'nl') void loadTranslation(k);
    return dutch;
  };
}

/** Writing direction of a language: its translation's `$dir`, else `ltr`. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return translation(locale)?.$dir === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Renders its element again when a language is registered (a lazy built-in
 * one arriving, or a host's own). Every advice element has one.
 */
export class TranslationsController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
