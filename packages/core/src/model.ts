/**
 * The model contract: what a pluggable advice model supplies.
 *
 * A model gives facts (is an option open to this person, what does it cost,
 * how flexible is it); the engine adds preferences (weights, ranking, tipping
 * points). Nothing in this file knows about weights.
 */

/** The languages the kit speaks. Dutch first. */
export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];

/**
 * A text a person reads: either one string for every language, or one per
 * language. A missing language falls back to Dutch, then English.
 */
export type Text = string | { readonly nl: string; readonly en?: string } | { readonly nl?: string; readonly en: string };

/** A value a factor can take in a situation. */
export type FactorValue = number | string | boolean;

/** An uncertain number answer: "between 8 and 12 trips a week". */
export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/** One person's situation: a value per factor id. Missing factors take their default. */
export type Situation = Readonly<Record<string, FactorValue | ValueRange>>;

/** A situation with every factor given one exact, valid value: what a model's `assess` receives. */
export type ResolvedSituation = Readonly<Record<string, FactorValue>>;

/** How much each criterion matters to a person, keyed by criterion id. Non-negative; need not sum to anything. */
export type Weights = Readonly<Record<string, number>>;

/** Serialisable number formatting, handed to `Intl.NumberFormat` by the elements. */
export type NumberFormat = Readonly<Intl.NumberFormatOptions>;

interface FactorBase {
  /** Stable id: used in situations, URLs and checks. Letters, digits, `_` and `-`. */
  readonly id: string;
  /** The question as a person reads it. */
  readonly label: Text;
  /** Plain-language help (B1). */
  readonly help?: Text;
  /** Whether the person may explore this factor (tipping points, nearest flips). Default true. */
  readonly explorable?: boolean;
}

export interface NumberFactor extends FactorBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  /** The grid of meaningful values: 1 for whole trips, 0.5 for half kilometres. */
  readonly step: number;
  readonly default: number;
  /** Unit after the number ("ritten per week", "km"). */
  readonly unit?: Text;
  readonly format?: NumberFormat;
}

export interface Choice {
  readonly value: string;
  readonly label: Text;
  readonly help?: Text;
}

export interface ChoiceFactor extends FactorBase {
  readonly kind: 'choice';
  readonly choices: readonly Choice[];
  readonly default: string;
}

export interface BooleanFactor extends FactorBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}

export type Factor = NumberFactor | ChoiceFactor | BooleanFactor;

/** Whether a lower or a higher value of a criterion is better for the person. */
export type Direction = 'lower' | 'higher';

/** Something a person may weigh: price, flexibility, convenience... */
export interface Criterion {
  readonly id: string;
  readonly label: Text;
  readonly help?: Text;
  readonly direction: Direction;
  /**
   * The span of values that matters: a difference of `max - min` between two
   * options is worth this criterion's whole weight. Expressed in the
   * criterion's own unit, which makes the ranking independent of that unit.
   * Values outside the span are not clipped (see the README on normalisation).
   */
  readonly range: { readonly min: number; readonly max: number };
  /** Unit after the number, when `format` does not say it ("punten"). */
  readonly unit?: Text;
  readonly format?: NumberFormat;
  /** Weight before the person says anything. Non-negative. */
  readonly defaultWeight: number;
}

/** A candidate advice: a product, an allowance, a contract. */
export interface Option {
  readonly id: string;
  readonly label: Text;
  readonly description?: Text;
  /** Where to read more or buy it. */
  readonly link?: string;
  /** Ids of the model's references (rules, tariffs) behind this option. */
  readonly references?: readonly string[];
}

/** A rule, tariff table or page the advice rests on. */
export interface Reference {
  readonly id: string;
  readonly label: Text;
  readonly url?: string;
  /** The year the rule or tariff applies to. */
  readonly year?: number;
  /** True when the value is an example, not a published fact. */
  readonly illustrative?: boolean;
}

/** A situation the model suggests exploring ("working from home two days a week"). */
export interface SuggestedScenario {
  readonly id: string;
  readonly name: Text;
  readonly description?: Text;
  /** Factor values that differ from the person's own; numbers may be relative: `{ add: -4 }` or `{ multiply: 0.6 }`. */
  readonly overrides: Readonly<Record<string, FactorValue | RelativeChange>>;
}

/** A change relative to the person's current value of a number factor. */
export type RelativeChange = { readonly add: number } | { readonly multiply: number };

/** What an option is, for one situation. */
export interface Assessment {
  readonly eligible: boolean;
  /** Why the option is not open to this person. */
  readonly reason?: Text;
  /** Value per criterion id. Required for every criterion when eligible. */
  readonly values: Readonly<Record<string, number>>;
  /** Remarks a person should read with this option ("prijs is een voorbeeldtarief"). */
  readonly notes?: readonly Text[];
}

/** Assessments for one situation, keyed by option id. */
export type Assessments = Readonly<Record<string, Assessment>>;

export type MaybePromise<T> = T | Promise<T>;

/** What the engine tells a model about a batch it asks for. */
export interface AssessContext {
  /** Aborted when the answer is no longer wanted. */
  readonly signal?: AbortSignal;
}

/** What a model author writes. `defineModel` checks it and returns an {@link AdviceModel}. */
export interface AdviceModelDefinition {
  readonly id: string;
  readonly title: Text;
  readonly description?: Text;
  readonly factors: readonly Factor[];
  readonly criteria: readonly Criterion[];
  readonly options: readonly Option[];
  readonly scenarios?: readonly SuggestedScenario[];
  readonly references?: readonly Reference[];
  /** The facts for one situation. Receives only valid, complete situations. */
  assess(situation: ResolvedSituation): MaybePromise<Assessments>;
  /**
   * Many situations at once, for remote models (one round trip a batch).
   * `signal` aborts when the engine no longer needs the answer (a newer
   * question replaced it): a remote model can cancel its request.
   */
  assessMany?(situations: readonly ResolvedSituation[], context?: AssessContext): MaybePromise<readonly Assessments[]>;
  /**
   * Values of a number factor where some option's criterion values stop being
   * linear in that factor, or its eligibility changes, with the other factors
   * as in `situation`. When given, tipping points are exact without sampling.
   */
  breakpoints?(factorId: string, situation: ResolvedSituation): MaybePromise<readonly number[]>;
}

/**
 * A model as the engine takes it. `defineModel` returns one after checking the
 * definition; the engine also checks (once per object) any model handed to it.
 */
export type AdviceModel = AdviceModelDefinition;
