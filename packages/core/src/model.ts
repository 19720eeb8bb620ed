/**
 * The model contract: what a pluggable advice model supplies.
 *
 * A model gives facts (is an option open to this person, what does it cost,
 * how flexible is it); the engine adds preferences (weights, ranking, tipping
 * points). Nothing in this file knows about weights.
 */

/**
 * A language, as a BCP 47 tag (`nl`, `en`, `de`, `pt-BR`). The kit ships Dutch
 * and English; a host may add others (see the elements' `registerTranslation`).
 */
export type Locale = 'nl' | 'en' | (string & {});
/** The languages built into the kit: what the demo, the study and the core's own messages speak. */
export type BuiltInLocale = 'nl' | 'en';
/** The languages built into the kit, Dutch first. Others are added by the host. */
export const LOCALES: readonly BuiltInLocale[] = ['nl', 'en'];

/** Whether `value` is a BCP 47 language tag, loosely (`nl`, `en-GB`, `zh-Hant-TW`, any case): what a {@link Locale} may be. */
export function isLanguageTag(value: unknown): value is Locale {
  return typeof value === 'string' && /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i.test(value);
}

/**
 * A text a person reads: either one string for every language, or one per
 * language, in Dutch or English at least; other languages may be added by
 * their tag (`de`, `pt-BR`). A missing language falls back to its base
 * language (`de-AT` → `de`), then Dutch, then English.
 */
export type Text =
  | string
  | { readonly nl: string; readonly en?: string }
  | { readonly nl?: string; readonly en: string }
  | { readonly [locale: string]: string | undefined; readonly nl: string }
  | { readonly [locale: string]: string | undefined; readonly en: string };

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
  /**
   * Whether a person can change this fact by a choice of their own. Default
   * true (trips, distance, travel days). False for facts such as an age group
   * or a place of residence: "what can change the advice" and nearest flips
   * never offer them, though scenarios may still change them ("turning 65").
   */
  readonly changeable?: boolean;
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
  /**
   * Unit after a number the language counts as one (`Intl.PluralRules`
   * category "one": 1 in Dutch and English): "rit per week". Default: `unit`.
   */
  readonly unitOne?: Text;
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
  /**
   * True for the criterion that is the option's money cost (at most one per
   * model; direction `lower`). The engine then says which open option is
   * cheapest and by how much, and expresses the other weights in money.
   */
  readonly primaryCost?: boolean;
  /** The period the cost is per (for a primary cost): a monthly cost also gets a yearly difference. */
  readonly costPeriod?: CostPeriod;
}

/** The period a money cost is per. */
export type CostPeriod = 'week' | 'month' | 'year';

/** A candidate advice: a product, an allowance, a contract. */
export interface Option {
  readonly id: string;
  readonly label: Text;
  readonly description?: Text;
  /** Where to read more or buy it. */
  readonly link?: string;
  /** Ids of the model's references (rules, tariffs) behind this option. */
  readonly references?: readonly string[];
  /**
   * What a person gives up or commits to with this option, as a clause that
   * follows "but" ("u betaalt een jaar vooruit en zit een jaar vast"). Shown
   * when this option is cheaper than the advice.
   */
  readonly drawback?: Text;
  /**
   * What this option gives for its price, as a sentence ("U kunt elke maand
   * stoppen."). Shown when it is the advice and a cheaper option exists.
   */
  readonly benefit?: Text;
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
  /**
   * Factor values that differ from the person's own; numbers may be relative:
   * `{ add: -4 }`, `{ multiply: 0.6 }`, or `{ per: 'daysPerWeek' }` (keep the
   * value per unit of another factor: trips per travel day).
   */
  readonly overrides: Readonly<Record<string, FactorValue | RelativeChange>>;
}

/**
 * A change relative to the person's current value of a number factor.
 * `per: id` scales the value with the change of factor `id` in the same
 * scenario (8 trips on 4 days become 4 trips on 2 days); it is applied after
 * the other changes, and leaves the value as it is when `id` was 0.
 */
export type RelativeChange = { readonly add: number } | { readonly multiply: number } | { readonly per: string };

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
  /**
   * How the default weights decide, in the person's terms ("We advise the
   * cheapest product, unless another is at most € 3 a month dearer and more
   * flexible or easier"). Shown with the advice while the weights are the defaults.
   */
  readonly weightingNote?: Text;
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
