import type {
  priceCriterion,
  AdviceBarElement,
  AdviceChartElement,
  AdviceHandoffElement,
  AdviceModuleElement,
  AdviceQuestionsElement,
  AdviceResultElement,
  AdviceScenariosElement,
  AdviceElement,
  AdviceTippingPointElement,
  AdviceWeightsElement,
  AdviceViewDetail,
  AdviceErrorDetail,
  AdviceHandoffDetail,
  AdviceChangeDetail,
  AdviceStepDetail,
} from "@advice-kit/elements";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

export type AdviceBarElementProps = {
  /** Where the link goes: `#id` of the full advice (looked up in the bar's own document or shadow root), or a URL. No link when not set. */
  href?: AdviceBarElement["href"] | undefined;
  /** Id of the criterion shown as the price. Default: the model's primary cost criterion, else its first criterion in a currency; none when there is neither. */
  criterion?: AdviceBarElement["criterion"] | undefined;
  /** When set (2–6), the line with the advice is a heading of this level, so it can be found in the page's outline. Default: none (a bar is a region of its own). */
  "heading-level"?: AdviceBarElement["headingLevel"] | undefined;
  /** When set (2–6), the line with the advice is a heading of this level, so it can be found in the page's outline. Default: none (a bar is a region of its own). */
  headingLevel?: AdviceBarElement["headingLevel"] | undefined;
  /** Announces nothing: for a page where `<advice-result>` already announces each new advice. */
  quiet?: AdviceBarElement["quiet"] | undefined;
};

export type AdviceBarElementSolidJsProps = {
  /** Where the link goes: `#id` of the full advice (looked up in the bar's own document or shadow root), or a URL. No link when not set. */
  "prop:href"?: AdviceBarElement["href"] | undefined;
  /** Id of the criterion shown as the price. Default: the model's primary cost criterion, else its first criterion in a currency; none when there is neither. */
  "prop:criterion"?: AdviceBarElement["criterion"] | undefined;
  /** When set (2–6), the line with the advice is a heading of this level, so it can be found in the page's outline. Default: none (a bar is a region of its own). */
  "attr:heading-level"?: AdviceBarElement["headingLevel"] | undefined;
  /** When set (2–6), the line with the advice is a heading of this level, so it can be found in the page's outline. Default: none (a bar is a region of its own). */
  "prop:headingLevel"?: AdviceBarElement["headingLevel"] | undefined;
  /** Announces nothing: for a page where `<advice-result>` already announces each new advice. */
  "prop:quiet"?: AdviceBarElement["quiet"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AdviceChartElement` component event */
export type AdviceChartElementElementEvent<E = Event> = TypedEvent<
  AdviceChartElement,
  E
>;
/** `advice-view` event type */
export type AdviceChartElementAdviceViewElementEvent =
  AdviceChartElementElementEvent<CustomEvent<AdviceViewDetail>>;
/** `advice-error` event type */
export type AdviceChartElementAdviceErrorElementEvent =
  AdviceChartElementElementEvent<CustomEvent<AdviceErrorDetail>>;

export type AdviceChartElementProps = {
  /** Id of the number question along which the chart runs. */
  factor?: AdviceChartElement["factor"] | undefined;
  /** Id of the criterion shown on the vertical axis. */
  criterion?: AdviceChartElement["criterion"] | undefined;
  /** Renders a heading of this level (2–6) above the chart; none when not set. */
  "heading-level"?: AdviceChartElement["headingLevel"] | undefined;
  /** Renders a heading of this level (2–6) above the chart; none when not set. */
  headingLevel?: AdviceChartElement["headingLevel"] | undefined;

  /** The chart was seen for the first time (`view: 'chart'`: half of it in view, the page visible, for a second; see `onFirstSight`), or the person opened the table (`view: 'chart-table'`); `detail` also has `factorId` and `criterionId`. */
  "onadvice-view"?:
    ((e: AdviceChartElementAdviceViewElementEvent) => void) | undefined;
  /** The model failed while the chart was worked out; `detail` has the `error`. */
  "onadvice-error"?:
    ((e: AdviceChartElementAdviceErrorElementEvent) => void) | undefined;
};

export type AdviceChartElementSolidJsProps = {
  /** Id of the number question along which the chart runs. */
  "prop:factor"?: AdviceChartElement["factor"] | undefined;
  /** Id of the criterion shown on the vertical axis. */
  "prop:criterion"?: AdviceChartElement["criterion"] | undefined;
  /** Renders a heading of this level (2–6) above the chart; none when not set. */
  "attr:heading-level"?: AdviceChartElement["headingLevel"] | undefined;
  /** Renders a heading of this level (2–6) above the chart; none when not set. */
  "prop:headingLevel"?: AdviceChartElement["headingLevel"] | undefined;
  /** The chart was seen for the first time (`view: 'chart'`: half of it in view, the page visible, for a second; see `onFirstSight`), or the person opened the table (`view: 'chart-table'`); `detail` also has `factorId` and `criterionId`. */
  "on:advice-view"?:
    ((e: AdviceChartElementAdviceViewElementEvent) => void) | undefined;
  /** The model failed while the chart was worked out; `detail` has the `error`. */
  "on:advice-error"?:
    ((e: AdviceChartElementAdviceErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AdviceHandoffElement` component event */
export type AdviceHandoffElementElementEvent<E = Event> = TypedEvent<
  AdviceHandoffElement,
  E
>;
/** `advice-handoff` event type */
export type AdviceHandoffElementAdviceHandoffElementEvent =
  AdviceHandoffElementElementEvent<CustomEvent<AdviceHandoffDetail>>;
/** `advice-view` event type */
export type AdviceHandoffElementAdviceViewElementEvent =
  AdviceHandoffElementElementEvent<CustomEvent<AdviceViewDetail>>;
/** `advice-error` event type */
export type AdviceHandoffElementAdviceErrorElementEvent =
  AdviceHandoffElementElementEvent<CustomEvent<AdviceErrorDetail>>;

export type AdviceHandoffElementProps = {
  /** Renders a title at this heading level (2–6); the summary's own headings are one level lower. Without it the element has no title and its headings are `h3`. */
  "heading-level"?: AdviceHandoffElement["headingLevel"] | undefined;
  /** Renders a title at this heading level (2–6); the summary's own headings are one level lower. Without it the element has no title and its headings are `h3`. */
  headingLevel?: AdviceHandoffElement["headingLevel"] | undefined;

  /** After each action: `detail.action` is `copy-link`, `copy-summary`, `print`, `share`, or `contact` (a link in the contact slot followed); `detail.ok` is false when the browser refused. */
  "onadvice-handoff"?:
    ((e: AdviceHandoffElementAdviceHandoffElementEvent) => void) | undefined;
  /** Once, with `detail.view` `handoff`, when the summary is first seen (half of it in view, the page visible, for a second; see `onFirstSight`). Seeing is not using: a study counts the hand-off as opened only on `advice-handoff`. */
  "onadvice-view"?:
    ((e: AdviceHandoffElementAdviceViewElementEvent) => void) | undefined;
  /** The model failed or timed out. */
  "onadvice-error"?:
    ((e: AdviceHandoffElementAdviceErrorElementEvent) => void) | undefined;
};

export type AdviceHandoffElementSolidJsProps = {
  /** Renders a title at this heading level (2–6); the summary's own headings are one level lower. Without it the element has no title and its headings are `h3`. */
  "attr:heading-level"?: AdviceHandoffElement["headingLevel"] | undefined;
  /** Renders a title at this heading level (2–6); the summary's own headings are one level lower. Without it the element has no title and its headings are `h3`. */
  "prop:headingLevel"?: AdviceHandoffElement["headingLevel"] | undefined;
  /** After each action: `detail.action` is `copy-link`, `copy-summary`, `print`, `share`, or `contact` (a link in the contact slot followed); `detail.ok` is false when the browser refused. */
  "on:advice-handoff"?:
    ((e: AdviceHandoffElementAdviceHandoffElementEvent) => void) | undefined;
  /** Once, with `detail.view` `handoff`, when the summary is first seen (half of it in view, the page visible, for a second; see `onFirstSight`). Seeing is not using: a study counts the hand-off as opened only on `advice-handoff`. */
  "on:advice-view"?:
    ((e: AdviceHandoffElementAdviceViewElementEvent) => void) | undefined;
  /** The model failed or timed out. */
  "on:advice-error"?:
    ((e: AdviceHandoffElementAdviceErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AdviceModuleElement` component event */
export type AdviceModuleElementElementEvent<E = Event> = TypedEvent<
  AdviceModuleElement,
  E
>;
/** `advice-change` event type */
export type AdviceModuleElementAdviceChangeElementEvent =
  AdviceModuleElementElementEvent<CustomEvent<AdviceChangeDetail>>;

export type AdviceModuleElementProps = {
  /** `nl` or `en`. Default: the nearest `lang` attribute, else Dutch. */
  locale?: AdviceModuleElement["locale"] | undefined;
  /** Keeps the state in the URL hash and restores it on load, so a link shows the same advice. */
  "url-state"?: AdviceModuleElement["urlState"] | undefined;
  /** Keeps the state in the URL hash and restores it on load, so a link shows the same advice. */
  urlState?: AdviceModuleElement["urlState"] | undefined;
  /** Default layout's questions: `all` on one page, or `stepwise`, one at a time. */
  layout?: AdviceModuleElement["layout"] | undefined;
  /** Longest wait for an asynchronous model, in ms. */
  timeout?: AdviceModuleElement["timeout"] | undefined;
  /** Default layout: the number factors (ids, space-separated) that get a tipping point and the chart. Default: every explorable number factor. */
  "explore-factors"?: AdviceModuleElement["exploreFactors"] | undefined;
  /** Default layout: the number factors (ids, space-separated) that get a tipping point and the chart. Default: every explorable number factor. */
  exploreFactors?: AdviceModuleElement["exploreFactors"] | undefined;
  /** Level (2–6) of the default layout's section headings, to fit the page's outline; the tipping points' headings are one lower. */
  "heading-level"?: AdviceModuleElement["headingLevel"] | undefined;
  /** Level (2–6) of the default layout's section headings, to fit the page's outline; the tipping points' headings are one lower. */
  headingLevel?: AdviceModuleElement["headingLevel"] | undefined;
  /** The advice model (facts). Set as a property: `.model=${model}`. */
  model?: AdviceModuleElement["model"] | undefined;
  /** The current state: situation, weights, scenarios, active scenario. Setting it changes the advice without an `advice-change` event. */
  state?: AdviceModuleElement["state"] | undefined;

  /** The person changed something; `detail` has the `action`, the new `state` and the `result` (ranking). */
  "onadvice-change"?:
    ((e: AdviceModuleElementAdviceChangeElementEvent) => void) | undefined;
};

export type AdviceModuleElementSolidJsProps = {
  /** `nl` or `en`. Default: the nearest `lang` attribute, else Dutch. */
  "prop:locale"?: AdviceModuleElement["locale"] | undefined;
  /** Keeps the state in the URL hash and restores it on load, so a link shows the same advice. */
  "bool:url-state"?: AdviceModuleElement["urlState"] | undefined;
  /** Keeps the state in the URL hash and restores it on load, so a link shows the same advice. */
  "prop:urlState"?: AdviceModuleElement["urlState"] | undefined;
  /** Default layout's questions: `all` on one page, or `stepwise`, one at a time. */
  "prop:layout"?: AdviceModuleElement["layout"] | undefined;
  /** Longest wait for an asynchronous model, in ms. */
  "prop:timeout"?: AdviceModuleElement["timeout"] | undefined;
  /** Default layout: the number factors (ids, space-separated) that get a tipping point and the chart. Default: every explorable number factor. */
  "attr:explore-factors"?: AdviceModuleElement["exploreFactors"] | undefined;
  /** Default layout: the number factors (ids, space-separated) that get a tipping point and the chart. Default: every explorable number factor. */
  "prop:exploreFactors"?: AdviceModuleElement["exploreFactors"] | undefined;
  /** Level (2–6) of the default layout's section headings, to fit the page's outline; the tipping points' headings are one lower. */
  "attr:heading-level"?: AdviceModuleElement["headingLevel"] | undefined;
  /** Level (2–6) of the default layout's section headings, to fit the page's outline; the tipping points' headings are one lower. */
  "prop:headingLevel"?: AdviceModuleElement["headingLevel"] | undefined;
  /** The advice model (facts). Set as a property: `.model=${model}`. */
  "prop:model"?: AdviceModuleElement["model"] | undefined;
  /** The current state: situation, weights, scenarios, active scenario. Setting it changes the advice without an `advice-change` event. */
  "prop:state"?: AdviceModuleElement["state"] | undefined;
  /** The person changed something; `detail` has the `action`, the new `state` and the `result` (ranking). */
  "on:advice-change"?:
    ((e: AdviceModuleElementAdviceChangeElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AdviceQuestionsElement` component event */
export type AdviceQuestionsElementElementEvent<E = Event> = TypedEvent<
  AdviceQuestionsElement,
  E
>;
/** `advice-step` event type */
export type AdviceQuestionsElementAdviceStepElementEvent =
  AdviceQuestionsElementElementEvent<CustomEvent<AdviceStepDetail>>;

export type AdviceQuestionsElementProps = {
  /** `all` questions on one page, or `stepwise`: one at a time with back and next. */
  layout?: AdviceQuestionsElement["layout"] | undefined;
  /** When set (2–6), the element shows its own title as a heading of this level. */
  "heading-level"?: AdviceQuestionsElement["headingLevel"] | undefined;
  /** When set (2–6), the element shows its own title as a heading of this level. */
  headingLevel?: AdviceQuestionsElement["headingLevel"] | undefined;

  /** The person moved to another question in step-by-step mode; `detail` has `step` (1-based), `total` and `factorId`. */
  "onadvice-step"?:
    ((e: AdviceQuestionsElementAdviceStepElementEvent) => void) | undefined;
};

export type AdviceQuestionsElementSolidJsProps = {
  /** `all` questions on one page, or `stepwise`: one at a time with back and next. */
  "prop:layout"?: AdviceQuestionsElement["layout"] | undefined;
  /** When set (2–6), the element shows its own title as a heading of this level. */
  "attr:heading-level"?: AdviceQuestionsElement["headingLevel"] | undefined;
  /** When set (2–6), the element shows its own title as a heading of this level. */
  "prop:headingLevel"?: AdviceQuestionsElement["headingLevel"] | undefined;
  /** The person moved to another question in step-by-step mode; `detail` has `step` (1-based), `total` and `factorId`. */
  "on:advice-step"?:
    ((e: AdviceQuestionsElementAdviceStepElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AdviceResultElement` component event */
export type AdviceResultElementElementEvent<E = Event> = TypedEvent<
  AdviceResultElement,
  E
>;
/** `advice-view` event type */
export type AdviceResultElementAdviceViewElementEvent =
  AdviceResultElementElementEvent<CustomEvent<AdviceViewDetail>>;
/** `advice-error` event type */
export type AdviceResultElementAdviceErrorElementEvent =
  AdviceResultElementElementEvent<CustomEvent<AdviceErrorDetail>>;

export type AdviceResultElementProps = {
  /** When set (2–6), the element shows its own title as a heading of this level; its parts get the level below. */
  "heading-level"?: AdviceResultElement["headingLevel"] | undefined;
  /** When set (2–6), the element shows its own title as a heading of this level; its parts get the level below. */
  headingLevel?: AdviceResultElement["headingLevel"] | undefined;

  /** The person opened the explanation (`view: 'why'`) or the comparison of all options (`view: 'ranking'`). */
  "onadvice-view"?:
    ((e: AdviceResultElementAdviceViewElementEvent) => void) | undefined;
  /** The model failed or timed out; the element shows a message with a retry button. */
  "onadvice-error"?:
    ((e: AdviceResultElementAdviceErrorElementEvent) => void) | undefined;
};

export type AdviceResultElementSolidJsProps = {
  /** When set (2–6), the element shows its own title as a heading of this level; its parts get the level below. */
  "attr:heading-level"?: AdviceResultElement["headingLevel"] | undefined;
  /** When set (2–6), the element shows its own title as a heading of this level; its parts get the level below. */
  "prop:headingLevel"?: AdviceResultElement["headingLevel"] | undefined;
  /** The person opened the explanation (`view: 'why'`) or the comparison of all options (`view: 'ranking'`). */
  "on:advice-view"?:
    ((e: AdviceResultElementAdviceViewElementEvent) => void) | undefined;
  /** The model failed or timed out; the element shows a message with a retry button. */
  "on:advice-error"?:
    ((e: AdviceResultElementAdviceErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AdviceScenariosElement` component event */
export type AdviceScenariosElementElementEvent<E = Event> = TypedEvent<
  AdviceScenariosElement,
  E
>;
/** `advice-error` event type */
export type AdviceScenariosElementAdviceErrorElementEvent =
  AdviceScenariosElementElementEvent<CustomEvent<AdviceErrorDetail>>;
/** `advice-view` event type */
export type AdviceScenariosElementAdviceViewElementEvent =
  AdviceScenariosElementElementEvent<CustomEvent<AdviceViewDetail>>;

export type AdviceScenariosElementProps = {
  /** Renders a title at this heading level (2–6). Without it the element has no title of its own. */
  "heading-level"?: AdviceScenariosElement["headingLevel"] | undefined;
  /** Renders a title at this heading level (2–6). Without it the element has no title of its own. */
  headingLevel?: AdviceScenariosElement["headingLevel"] | undefined;

  /** The model failed or timed out while comparing (bubbles from the element). */
  "onadvice-error"?:
    ((e: AdviceScenariosElementAdviceErrorElementEvent) => void) | undefined;
  /** The comparison of the scenarios was on screen for the first time (`view`: `scenarios`). */
  "onadvice-view"?:
    ((e: AdviceScenariosElementAdviceViewElementEvent) => void) | undefined;
};

export type AdviceScenariosElementSolidJsProps = {
  /** Renders a title at this heading level (2–6). Without it the element has no title of its own. */
  "attr:heading-level"?: AdviceScenariosElement["headingLevel"] | undefined;
  /** Renders a title at this heading level (2–6). Without it the element has no title of its own. */
  "prop:headingLevel"?: AdviceScenariosElement["headingLevel"] | undefined;
  /** The model failed or timed out while comparing (bubbles from the element). */
  "on:advice-error"?:
    ((e: AdviceScenariosElementAdviceErrorElementEvent) => void) | undefined;
  /** The comparison of the scenarios was on screen for the first time (`view`: `scenarios`). */
  "on:advice-view"?:
    ((e: AdviceScenariosElementAdviceViewElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AdviceTippingPointElement` component event */
export type AdviceTippingPointElementElementEvent<E = Event> = TypedEvent<
  AdviceTippingPointElement,
  E
>;
/** `advice-view` event type */
export type AdviceTippingPointElementAdviceViewElementEvent =
  AdviceTippingPointElementElementEvent<CustomEvent<AdviceViewDetail>>;

export type AdviceTippingPointElementProps = {
  /** Id of the factor to explore. */
  factor?: AdviceTippingPointElement["factor"] | undefined;
  /** Renders the factor's question as a title at this heading level (2–6). */
  "heading-level"?: AdviceTippingPointElement["headingLevel"] | undefined;
  /** Renders the factor's question as a title at this heading level (2–6). */
  headingLevel?: AdviceTippingPointElement["headingLevel"] | undefined;

  /** Once, when the element is first seen (half of it in view, the page visible, for a second; see `onFirstSight`): `{ view: 'tipping-point', factorId }`. */
  "onadvice-view"?:
    ((e: AdviceTippingPointElementAdviceViewElementEvent) => void) | undefined;
  /** Native, from the band's slider while the person moves it. */
  oninput?: ((e: AdviceTippingPointElementElementEvent) => void) | undefined;
  /** Native, from the band's slider when the person lets go (stays inside the shadow root, as native `change` does). */
  onchange?: ((e: AdviceTippingPointElementElementEvent) => void) | undefined;
};

export type AdviceTippingPointElementSolidJsProps = {
  /** Id of the factor to explore. */
  "prop:factor"?: AdviceTippingPointElement["factor"] | undefined;
  /** Renders the factor's question as a title at this heading level (2–6). */
  "attr:heading-level"?: AdviceTippingPointElement["headingLevel"] | undefined;
  /** Renders the factor's question as a title at this heading level (2–6). */
  "prop:headingLevel"?: AdviceTippingPointElement["headingLevel"] | undefined;
  /** Once, when the element is first seen (half of it in view, the page visible, for a second; see `onFirstSight`): `{ view: 'tipping-point', factorId }`. */
  "on:advice-view"?:
    ((e: AdviceTippingPointElementAdviceViewElementEvent) => void) | undefined;
  /** Native, from the band's slider while the person moves it. */
  "on:input"?: ((e: AdviceTippingPointElementElementEvent) => void) | undefined;
  /** Native, from the band's slider when the person lets go (stays inside the shadow root, as native `change` does). */
  "on:change"?:
    ((e: AdviceTippingPointElementElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `AdviceWeightsElement` component event */
export type AdviceWeightsElementElementEvent<E = Event> = TypedEvent<
  AdviceWeightsElement,
  E
>;

export type AdviceWeightsElementProps = {
  /** Renders a title at this heading level (2–6). Without it, no title: the surrounding page gives one. */
  "heading-level"?: AdviceWeightsElement["headingLevel"] | undefined;
  /** Renders a title at this heading level (2–6). Without it, no title: the surrounding page gives one. */
  headingLevel?: AdviceWeightsElement["headingLevel"] | undefined;
  /** Highest value of every slider (the person's weight scale). Grows when a weight is higher. */
  max?: AdviceWeightsElement["max"] | undefined;
  /** Step of every slider. */
  step?: AdviceWeightsElement["step"] | undefined;

  /** Native, from a slider while the person moves it. */
  oninput?: ((e: AdviceWeightsElementElementEvent) => void) | undefined;
  /** Native, from a slider when the person lets go (stays inside the shadow root, as native `change` does). */
  onchange?: ((e: AdviceWeightsElementElementEvent) => void) | undefined;
};

export type AdviceWeightsElementSolidJsProps = {
  /** Renders a title at this heading level (2–6). Without it, no title: the surrounding page gives one. */
  "attr:heading-level"?: AdviceWeightsElement["headingLevel"] | undefined;
  /** Renders a title at this heading level (2–6). Without it, no title: the surrounding page gives one. */
  "prop:headingLevel"?: AdviceWeightsElement["headingLevel"] | undefined;
  /** Highest value of every slider (the person's weight scale). Grows when a weight is higher. */
  "prop:max"?: AdviceWeightsElement["max"] | undefined;
  /** Step of every slider. */
  "prop:step"?: AdviceWeightsElement["step"] | undefined;
  /** Native, from a slider while the person moves it. */
  "on:input"?: ((e: AdviceWeightsElementElementEvent) => void) | undefined;
  /** Native, from a slider when the person lets go (stays inside the shadow root, as native `change` does). */
  "on:change"?: ((e: AdviceWeightsElementElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * A compact line with the current advice — the best option and its price — to
   * keep in view while answering and exploring, with a link to the full advice.
   * Announces a new advice politely once it has settled.
   *
   * It shows what the core's ranking returns for the situation being looked at
   * (the person's own, or the scenario being viewed); it computes nothing itself.
   * It does not position itself: `<advice-module>`'s default layout makes it
   * stick to the edge of the screen; a page of its own can do the same with
   * `position: sticky`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `href`: Where the link goes: `#id` of the full advice (looked up in the bar's own document or shadow root), or a URL. No link when not set.
   * - `criterion`: Id of the criterion shown as the price. Default: the model's primary cost criterion, else its first criterion in a currency; none when there is neither.
   * - `heading-level`/`headingLevel`: When set (2–6), the line with the advice is a heading of this level, so it can be found in the page's outline. Default: none (a bar is a region of its own).
   * - `quiet`: Announces nothing: for a page where `<advice-result>` already announces each new advice.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-bar-background-color`: Background of the bar. (default: `undefined`)
   * - `--advice-bar-color`: Text colour of the bar. (default: `undefined`)
   * - `--advice-bar-border-color`: Border of the bar. (default: `undefined`)
   * - `--advice-bar-border-radius`: Rounding of the bar. (default: `undefined`)
   * - `--advice-bar-box-shadow`: Shadow that lifts the bar off the page it floats over. (default: `undefined`)
   * - `--advice-bar-padding-block`: Space above and below the bar's content. (default: `undefined`)
   * - `--advice-bar-padding-inline`: Space before and after the bar's content. (default: `undefined`)
   * - `--advice-bar-heading-font-size`: Size of the line with the advice when it is a heading (`heading-level`). (default: `undefined`)
   * - `--advice-bar-intro-color`: Colour of the line above the option. (default: `undefined`)
   * - `--advice-bar-option-font-size`: Size of the best option's name. (default: `undefined`)
   * - `--advice-bar-option-color`: Colour of the best option's name. (default: `undefined`)
   * - `--advice-bar-link-color`: Colour of the link to the full advice. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The bar.
   * - `heading`: The line with the advice, when `heading-level` is set (then it is a heading of that level).
   * - `intro`: "Our advice", or the scenario being viewed.
   * - `option`: The name of the best option.
   * - `status`: In place of the option: that the advice is being worked out, could not be, or that no option fits.
   * - `price`: The best option's price.
   * - `link`: The link to the full advice.
   */
  "advice-bar": Partial<
    AdviceBarElementProps & BaseProps<AdviceBarElement> & BaseEvents
  >;

  /**
   * A line chart of one criterion (cost, say) of every option across the range
   * of a number question — by default the part around the person's answer —
   * with the points where the advice changes (and why) and the
   * person's own answer marked, and the same numbers as a table.
   *
   * Chart.js is loaded only when the chart first comes into view, and only the
   * parts of it a line chart needs. Every number comes from the core: the
   * thresholds from `tippingPoints`, the values from `rank` at each point.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `factor`: Id of the number question along which the chart runs.
   * - `criterion`: Id of the criterion shown on the vertical axis.
   * - `heading-level`/`headingLevel`: Renders a heading of this level (2–6) above the chart; none when not set.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-view`: The chart was seen for the first time (`view: 'chart'`: half of it in view, the page visible, for a second; see `onFirstSight`), or the person opened the table (`view: 'chart-table'`); `detail` also has `factorId` and `criterionId`.
   * - `advice-error`: The model failed while the chart was worked out; `detail` has the `error`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-chart-height`: Height of the chart with its legend and axes. Default 22rem. (default: `undefined`)
   * - `--advice-chart-threshold-color`: Colour of the dashed lines where the advice changes. (default: `undefined`)
   * - `--advice-chart-marker-color`: Colour of the line at the person's answer. (default: `undefined`)
   * - `--advice-chart-grid-color`: Colour of the chart's grid lines. (default: `undefined`)
   * - `--advice-chart-heading-font-size`: Size of the heading. (default: `undefined`)
   * - `--advice-chart-key-font-size`: Size of the key under the chart. (default: `undefined`)
   * - `--advice-chart-toggle-pressed-background-color`: Background of the table button while the table is shown. (default: `undefined`)
   * - `--advice-chart-toggle-pressed-color`: Text colour of the table button while the table is shown. (default: `undefined`)
   * - `--advice-chart-table-max-height`: Tallest the table grows before it scrolls. Default 24rem. (default: `undefined`)
   * - `--advice-chart-table-border-color`: Border around the table. (default: `undefined`)
   * - `--advice-chart-table-row-border-color`: Line between the table's rows. (default: `undefined`)
   * - `--advice-chart-table-header-background-color`: Background of the table's header row. (default: `undefined`)
   * - `--advice-chart-table-row-current-background-color`: Background of the row of the person's answer. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option's line (1–8). (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The heading, when `heading-level` is set.
   * - `figure`: The chart with its key.
   * - `canvas-box`: The sized box around the canvas.
   * - `canvas`: The canvas the chart is drawn on.
   * - `key`: The line under the chart saying what the lines, rings and numbers mean.
   * - `marks`: The numbered list under the chart: where the advice changes and why (the lines cross, or the person's weights decide), and where the best line (the cheapest) changes.
   * - `range`: The sentence saying which part of the chart is shown around the person's answer.
   * - `range-toggle`: The "show the whole chart" button (pressed: everything is shown).
   * - `toggle`: The "show as table" button.
   * - `table-box`: The scrollable box around the table.
   * - `table`: The table with the chart's numbers.
   * - `status`: Loading and "not possible" messages.
   * - `error`: The error message with its retry button.
   */
  "advice-chart": Partial<
    AdviceChartElementProps & BaseProps<AdviceChartElement> & BaseEvents
  >;

  /**
   * A summary of the person's situation, weights, advice and scenarios to show
   * an employee — copy it, print it or share it as a link — with the
   * organisation's contact options and the rules and tariffs behind the
   * advice.
   *
   * The link holds the whole state (`#` + the core's `encodeState`), so an
   * `<advice-module url-state>` opened from it shows the same advice.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Renders a title at this heading level (2–6); the summary's own headings are one level lower. Without it the element has no title and its headings are `h3`.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-handoff`: After each action: `detail.action` is `copy-link`, `copy-summary`, `print`, `share`, or `contact` (a link in the contact slot followed); `detail.ok` is false when the browser refused.
   * - `advice-view`: Once, with `detail.view` `handoff`, when the summary is first seen (half of it in view, the page visible, for a second; see `onFirstSight`). Seeing is not using: a study counts the hand-off as opened only on `advice-handoff`.
   * - `advice-error`: The model failed or timed out.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `contact`: The organisation's contact options (phone, chat, desk). Without it a short default text is shown.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-handoff-gap`: Space between the parts. (default: `undefined`)
   * - `--advice-handoff-heading-font-size`: Size of the title. (default: `undefined`)
   * - `--advice-handoff-section-heading-font-size`: Size of the headings inside the summary. (default: `undefined`)
   * - `--advice-handoff-message-color`: Text of the confirmation message. (default: `undefined`)
   * - `--advice-handoff-fallback-background-color`: Background of the text field shown when copying was refused. (default: `undefined`)
   * - `--advice-handoff-fallback-border-color`: Border around that field and its help. (default: `undefined`)
   * - `--advice-handoff-summary-background-color`: Background of the summary. (default: `undefined`)
   * - `--advice-handoff-summary-border-color`: Border of the summary. (default: `undefined`)
   * - `--advice-handoff-summary-border-radius`: Corners of the summary. (default: `undefined`)
   * - `--advice-handoff-summary-padding`: Space inside the summary. (default: `undefined`)
   * - `--advice-handoff-best-color`: Text of the best option. (default: `undefined`)
   * - `--advice-handoff-link-color`: Links to options and references. (default: `undefined`)
   * - `--advice-handoff-tag-background-color`: Background of the "different from now" marker. (default: `undefined`)
   * - `--advice-handoff-tag-color`: Text of that marker. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The title, only when `heading-level` is set.
   * - `actions`: The row of buttons.
   * - `action`: Each button: copy link, copy summary, print, share.
   * - `message`: The confirmation ("Link gekopieerd") or failure message.
   * - `fallback`: The selected text field shown when copying was refused.
   * - `summary`: The summary.
   * - `more-references`: The disclosure that holds the sources not behind this advice.
   * - `section`: Each part of the summary (situation, weights, advice, scenarios, contact, references).
   * - `section-heading`: The heading of each part.
   * - `best`: The best option.
   * - `tag`: The "different from now" marker of a scenario.
   * - `reference`: One reference in the list.
   * - `status`: Loading and empty messages.
   * - `error`: The error message with its retry button.
   */
  "advice-handoff": Partial<
    AdviceHandoffElementProps & BaseProps<AdviceHandoffElement> & BaseEvents
  >;

  /**
   * The root of an advice module: holds the person's answers, weights and
   * scenarios, and gives them to the pattern elements inside it.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `locale`: `nl` or `en`. Default: the nearest `lang` attribute, else Dutch.
   * - `url-state`/`urlState`: Keeps the state in the URL hash and restores it on load, so a link shows the same advice.
   * - `layout`: Default layout's questions: `all` on one page, or `stepwise`, one at a time.
   * - `timeout`: Longest wait for an asynchronous model, in ms.
   * - `explore-factors`/`exploreFactors`: Default layout: the number factors (ids, space-separated) that get a tipping point and the chart. Default: every explorable number factor.
   * - `heading-level`/`headingLevel`: Level (2–6) of the default layout's section headings, to fit the page's outline; the tipping points' headings are one lower.
   * - `model`: The advice model (facts). Set as a property: `.model=${model}`. (property only)
   * - `state`: The current state: situation, weights, scenarios, active scenario. Setting it changes the advice without an `advice-change` event. (property only)
   * - `result`: The latest ranking of the situation being looked at. (property only) (readonly)
   * - `resolvedLocale`: The language in use. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-change`: The person changed something; `detail` has the `action`, the new `state` and the `result` (ranking).
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The pattern elements to show. With no children (a `<noscript>` message for pages without JavaScript does not count), a complete default layout of every pattern is rendered.
   * - `contact`: The organisation's contact options (phone, chat, desk), shown in the default layout's `<advice-handoff>`. Without it a short default text is shown.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-module-gap`: Space between the parts of the default layout. (default: `undefined`)
   * - `--advice-module-max-width`: Widest the default layout grows. (default: `undefined`)
   * - `--advice-module-card-background-color`: Background of each part in the default layout. (default: `undefined`)
   * - `--advice-module-card-border-color`: Border of each part in the default layout. (default: `undefined`)
   * - `--advice-module-card-border-radius`: Rounding of each part in the default layout. (default: `undefined`)
   * - `--advice-module-card-padding`: Padding of each part in the default layout. (default: `undefined`)
   * - `--advice-module-heading-font-size`: Size of the section headings of the default layout. (default: `undefined`)
   * - `--advice-module-notice-background-color`: Background of the message about a link that could not all be used. (default: `undefined`)
   * - `--advice-module-notice-border-color`: Border of the message about a link that could not all be used. (default: `undefined`)
   * - `--advice-module-sticky-inset-block-start`: Distance from the top of the screen at which the advice bar and (wide) the questions column stick; the height of a sticky page header, if any. Default 0. (default: `undefined`)
   * - `--advice-module-bar-inset-block-end`: Distance from the bottom of the screen at which the advice bar sticks. Default 0.5rem. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper around the content.
   * - `layout`: The grid of the default layout.
   * - `aside`: The questions with the advice bar: on a wide screen the column that stays in view.
   * - `questions`: The card with the questions.
   * - `bar`: The `<advice-bar>` with the current advice, which stays in reach.
   * - `heading`: Each section heading of the default layout (level from `heading-level`).
   * - `error`: The message shown when the model cannot be used.
   * - `notice`: The message shown when a link's state could not all be used, with the answers to check.
   */
  "advice-module": Partial<
    AdviceModuleElementProps & BaseProps<AdviceModuleElement> & BaseEvents
  >;

  /**
   * The questions about the person's situation: numbers as a slider with a
   * text field, choices as radio buttons or a list, yes/no questions as radio
   * buttons. All at once or one at a time.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `layout`: `all` questions on one page, or `stepwise`: one at a time with back and next.
   * - `heading-level`/`headingLevel`: When set (2–6), the element shows its own title as a heading of this level.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-step`: The person moved to another question in step-by-step mode; `detail` has `step` (1-based), `total` and `factorId`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-questions-gap`: Space between questions. (default: `undefined`)
   * - `--advice-questions-heading-font-size`: Size of the title (with `heading-level`). (default: `undefined`)
   * - `--advice-questions-label-font-weight`: Weight of the question text. (default: `undefined`)
   * - `--advice-questions-help-color`: Colour of help texts. (default: `undefined`)
   * - `--advice-questions-slider-accent-color`: Colour of sliders, checkboxes and radio buttons. (default: `undefined`)
   * - `--advice-questions-input-background-color`: Background of text fields and lists. (default: `undefined`)
   * - `--advice-questions-input-border-color`: Border colour of text fields and lists. (default: `undefined`)
   * - `--advice-questions-input-border-radius`: Corner radius of text fields and lists. (default: `undefined`)
   * - `--advice-questions-input-invalid-border-color`: Border colour of a field whose value is not right. (default: `undefined`)
   * - `--advice-questions-unit-color`: Colour of the unit beside a number field. (default: `undefined`)
   * - `--advice-questions-error-color`: Colour of the message next to a field whose value is not right. (default: `undefined`)
   * - `--advice-questions-progress-accent-color`: Colour of the progress bar in step-by-step mode. (default: `undefined`)
   * - `--advice-questions-summary-border-color`: Lines between the answers in the summary. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `question`: One question with its label, help, fields and message.
   * - `label`: The question text.
   * - `help`: The help text under a question.
   * - `slider`: The slider of a number question.
   * - `field`: A text field of a number question.
   * - `unit`: The unit beside a number field.
   * - `not-sure`: The "I'm not sure" checkbox with its label.
   * - `range`: The "between … and …" fields of an uncertain answer.
   * - `choices`: The radio buttons of a choice or yes/no question.
   * - `select`: The list of a choice question with many choices.
   * - `error-message`: The message next to a field whose value is not right.
   * - `progress`: The progress text and bar in step-by-step mode.
   * - `navigation`: The back and next buttons in step-by-step mode.
   * - `summary`: The overview of all answers after the last step.
   * - `heading`: The title, when `heading-level` is set.
   */
  "advice-questions": Partial<
    AdviceQuestionsElementProps & BaseProps<AdviceQuestionsElement> & BaseEvents
  >;

  /**
   * The advice: the best option, how sure it is, what would change it, why,
   * and every option compared. Announces a new advice to screen readers once
   * it has settled.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: When set (2–6), the element shows its own title as a heading of this level; its parts get the level below.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-view`: The person opened the explanation (`view: 'why'`) or the comparison of all options (`view: 'ranking'`).
   * - `advice-error`: The model failed or timed out; the element shows a message with a retry button.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-result-gap`: Space between the parts. (default: `undefined`)
   * - `--advice-result-heading-font-size`: Size of the headings of the parts. (default: `undefined`)
   * - `--advice-result-best-background-color`: Background of the best option. (default: `undefined`)
   * - `--advice-result-best-border-color`: Accent line beside the best option. (default: `undefined`)
   * - `--advice-result-best-label-font-size`: Size of the best option's name. (default: `undefined`)
   * - `--advice-result-best-label-color`: Colour of the best option's name. (default: `undefined`)
   * - `--advice-result-link-color`: Colour of links. (default: `undefined`)
   * - `--advice-result-details-border-color`: Border of the disclosures (why, all options). (default: `undefined`)
   * - `--advice-result-bar-background-color`: Fill of the bars: the points gained. (default: `undefined`)
   * - `--advice-result-bar-possible-border-color`: Outline of the points a criterion could give at most. (default: `undefined`)
   * - `--advice-result-bar-track-background-color`: Track behind the bars. (default: `undefined`)
   * - `--advice-result-none-border-color`: Border of the message when no option fits. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the n-th option (1-based) in the comparison bars. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `best`: The best option with its description, values, notes and link.
   * - `best-label`: The name of the best option.
   * - `values`: The best option's value on each criterion.
   * - `notes`: Remarks that go with the best option.
   * - `link`: The link to the best option's page.
   * - `cost`: Under the advice: that it is the cheapest option, or which option is cheaper, by how much, and what the advice gives for it.
   * - `scenario`: The notice that the advice belongs to a scenario, with the way back to the person's own situation.
   * - `sure`: How sure the advice is.
   * - `flips`: What would change the advice.
   * - `why`: The explanation per criterion (a disclosure).
   * - `bar`: A bar showing the points a criterion gives.
   * - `ranking`: Every option compared (a disclosure).
   * - `option-notes`: The model's remarks on an option in the comparison, such as that its price is an example.
   * - `none`: The message when no option fits.
   * - `status`: The loading message.
   * - `error`: The error message with its retry button.
   * - `heading`: The title, when `heading-level` is set.
   */
  "advice-result": Partial<
    AdviceResultElementProps & BaseProps<AdviceResultElement> & BaseEvents
  >;

  /**
   * "What if": the person adds scenarios (blank or from the model's
   * suggestions), names and edits them, and compares the advice in each side
   * by side with their own situation.
   *
   * Every change goes through the `<advice-module>` around it, which reports it
   * with an `advice-change` event (`action`: `scenario-add`, `scenario-edit`,
   * `scenario-remove`, `scenario-restore` or `scenario-activate`). The
   * comparison comes from the core's `compareScenarios`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Renders a title at this heading level (2–6). Without it the element has no title of its own.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-error`: The model failed or timed out while comparing (bubbles from the element).
   * - `advice-view`: The comparison of the scenarios was on screen for the first time (`view`: `scenarios`).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-scenarios-gap`: Space between the parts. (default: `undefined`)
   * - `--advice-scenarios-heading-font-size`: Size of the title. (default: `undefined`)
   * - `--advice-scenarios-banner-background-color`: Background of the "you are viewing" banner. (default: `undefined`)
   * - `--advice-scenarios-banner-border-color`: Edge of the banner. (default: `undefined`)
   * - `--advice-scenarios-item-background-color`: Background of a scenario. (default: `undefined`)
   * - `--advice-scenarios-item-border-color`: Border of a scenario. (default: `undefined`)
   * - `--advice-scenarios-item-border-radius`: Corners of a scenario. (default: `undefined`)
   * - `--advice-scenarios-item-padding`: Space inside a scenario. (default: `undefined`)
   * - `--advice-scenarios-item-active-border-color`: Border of the scenario being viewed. (default: `undefined`)
   * - `--advice-scenarios-item-active-color`: Text "you are viewing this scenario". (default: `undefined`)
   * - `--advice-scenarios-input-background-color`: Background of the fields. (default: `undefined`)
   * - `--advice-scenarios-input-border-color`: Border of the fields. (default: `undefined`)
   * - `--advice-scenarios-input-border-radius`: Corners of the fields. (default: `undefined`)
   * - `--advice-scenarios-notice-background-color`: Background of the undo message. (default: `undefined`)
   * - `--advice-scenarios-notice-border-color`: Border of the undo message. (default: `undefined`)
   * - `--advice-scenarios-table-border-color`: Lines of the comparison table. (default: `undefined`)
   * - `--advice-scenarios-table-header-background-color`: Background of the column headers. (default: `undefined`)
   * - `--advice-scenarios-changed-background-color`: Background of a cell that differs from the person's own situation. (default: `undefined`)
   * - `--advice-scenarios-tag-background-color`: Background of the "changed" tag. (default: `undefined`)
   * - `--advice-scenarios-tag-color`: Text of the "changed" tag. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The title, only when `heading-level` is set.
   * - `banner`: The notice shown while a scenario is being viewed, with the way back.
   * - `list`: The list of the person's scenarios.
   * - `scenario`: One scenario in the list.
   * - `scenario-active`: The scenario being viewed (also has part `scenario`).
   * - `actions`: The buttons of one scenario.
   * - `editor`: The name field and the changes of one scenario.
   * - `notice`: The message after removing a scenario, with the undo button.
   * - `undo`: The undo button.
   * - `add`: The button that adds a blank scenario.
   * - `suggestions`: The model's suggested scenarios.
   * - `suggestion`: One suggestion button.
   * - `comparison`: The comparison: verdict and table.
   * - `verdict`: "The advice is the same in every scenario" or how many differ.
   * - `table-wrapper`: The scrolling box around the table.
   * - `table`: The comparison table.
   * - `tag`: The "changed" tag on a value that differs from the person's own situation.
   * - `status`: Loading and empty messages.
   * - `error`: The error message with its retry button.
   */
  "advice-scenarios": Partial<
    AdviceScenariosElementProps & BaseProps<AdviceScenariosElement> & BaseEvents
  >;

  /**
   * Where the advice changes along one factor: the factor's whole range as a
   * band of segments coloured and labelled by the best option, thresholds
   * labelled, the person's answer marked and movable, with a text equivalent.
   *
   * For a number factor the band holds a native range slider over the factor's
   * grid: clicking the band or pressing the arrow keys changes the person's
   * answer. For a choice or yes/no factor, a list of the values with the best
   * option for each, the person's own marked, and buttons to switch. Every
   * segment, threshold and best option comes from the core's `tippingPoints`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `factor`: Id of the factor to explore.
   * - `heading-level`/`headingLevel`: Renders the factor's question as a title at this heading level (2–6).
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-view`: Once, when the element is first seen (half of it in view, the page visible, for a second; see `onFirstSight`): `{ view: 'tipping-point', factorId }`.
   * - `input`: Native, from the band's slider while the person moves it.
   * - `change`: Native, from the band's slider when the person lets go (stays inside the shadow root, as native `change` does).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-tipping-point-heading-font-size`: Size of the title (with `heading-level`). (default: `undefined`)
   * - `--advice-tipping-point-band-height`: Height of the band. (default: `undefined`)
   * - `--advice-tipping-point-band-border-color`: Border around the band and between segments. (default: `undefined`)
   * - `--advice-tipping-point-segment-color`: Text of the option's name inside a segment. (default: `undefined`)
   * - `--advice-tipping-point-segment-none-background-color`: Segments where no option is open. (default: `undefined`)
   * - `--advice-tipping-point-thumb-width`: Width of the slider's handle. (default: `undefined`)
   * - `--advice-tipping-point-thumb-background-color`: Fill of the slider's handle. (default: `undefined`)
   * - `--advice-tipping-point-thumb-border-color`: Border of the slider's handle. (default: `undefined`)
   * - `--advice-tipping-point-thumb-focus-border-color`: Ring around the focused handle. (default: `undefined`)
   * - `--advice-tipping-point-marker-background-color`: Fill of the mark at the person's answer. (default: `undefined`)
   * - `--advice-tipping-point-marker-color`: Text of the mark at the person's answer. (default: `undefined`)
   * - `--advice-tipping-point-range-border-color`: Outline of an uncertain answer's range. (default: `undefined`)
   * - `--advice-tipping-point-threshold-color`: Ticks and labels of the thresholds. (default: `undefined`)
   * - `--advice-tipping-point-alternative-current-border-color`: Border of the person's own value in the choice list. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The title (the factor's question), when `heading-level` is set.
   * - `try-label`: The visible name of the band's slider or of the list of other answers.
   * - `label`: The factor's question, when there is no title.
   * - `band`: The band: marker, segments, slider and axis.
   * - `segment`: One stretch of the band with one best option.
   * - `segment-label`: The option's name inside a segment.
   * - `marker`: The mark at the person's answer, with its value.
   * - `range`: The mark of an uncertain answer ("between 8 and 12").
   * - `threshold`: A threshold's tick and label on the axis.
   * - `legend`: The options shown in the band, with their colour and pattern.
   * - `summary`: The text equivalent: one line per segment.
   * - `alternatives`: Choice and yes/no factors: the list of values.
   * - `alternative`: One value's button.
   * - `note`: Remarks under the band (your answer, estimates).
   * - `reasons`: Why the advice changes at each threshold: a price crossing, or the person's weights.
   * - `status`: Loading, empty and unknown-factor messages.
   * - `error`: The error message with its retry button.
   */
  "advice-tipping-point": Partial<
    AdviceTippingPointElementProps &
      BaseProps<AdviceTippingPointElement> &
      BaseEvents
  >;

  /**
   * How much each criterion matters to the person: a slider per criterion with
   * its share of the total, presets, a reset, and on every track the stretch
   * within which the advice stays the same.
   *
   * Sliders hold the person's raw weights (0 to `max`); the share in % is the
   * weight divided by the total. The highlighted band on each track and the
   * sentence under it come from the core's `weightStability`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Renders a title at this heading level (2–6). Without it, no title: the surrounding page gives one.
   * - `max`: Highest value of every slider (the person's weight scale). Grows when a weight is higher.
   * - `step`: Step of every slider.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Native, from a slider while the person moves it.
   * - `change`: Native, from a slider when the person lets go (stays inside the shadow root, as native `change` does).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-weights-heading-font-size`: Size of the title (with `heading-level`). (default: `undefined`)
   * - `--advice-weights-thumb-size`: Diameter of a slider's handle. (default: `undefined`)
   * - `--advice-weights-thumb-background-color`: Fill of a slider's handle. (default: `undefined`)
   * - `--advice-weights-thumb-border-color`: Ring around a slider's handle. (default: `undefined`)
   * - `--advice-weights-thumb-focus-border-color`: Ring around a focused slider's handle. (default: `undefined`)
   * - `--advice-weights-track-height`: Thickness of a slider's track. (default: `undefined`)
   * - `--advice-weights-track-background-color`: Fill of a slider's track. (default: `undefined`)
   * - `--advice-weights-track-border-color`: Border of a slider's track. (default: `undefined`)
   * - `--advice-weights-band-background-color`: Fill of the stretch where the advice stays the same. (default: `undefined`)
   * - `--advice-weights-band-border-color`: Border of the stretch where the advice stays the same. (default: `undefined`)
   * - `--advice-weights-preset-pressed-background-color`: Fill of the preset that matches the current weights. (default: `undefined`)
   * - `--advice-weights-preset-pressed-color`: Text of the preset that matches the current weights. (default: `undefined`)
   * - `--advice-weights-criterion-gap`: Space between the criteria. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The title, when `heading-level` is set.
   * - `presets`: The group of preset buttons.
   * - `preset`: One preset button.
   * - `criterion`: One criterion: label, share, slider and sentence.
   * - `label`: A criterion's label.
   * - `share`: A criterion's share of the total ("75 %").
   * - `slider`: The slider: track, band and native range input.
   * - `track`: A slider's track.
   * - `band`: The stretch of a track within which the advice stays the same.
   * - `stability`: The sentence saying how far the weight may move.
   * - `reset`: The reset button.
   * - `status`: Loading and empty messages.
   * - `error`: The error message with its retry button.
   */
  "advice-weights": Partial<
    AdviceWeightsElementProps & BaseProps<AdviceWeightsElement> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * A compact line with the current advice — the best option and its price — to
   * keep in view while answering and exploring, with a link to the full advice.
   * Announces a new advice politely once it has settled.
   *
   * It shows what the core's ranking returns for the situation being looked at
   * (the person's own, or the scenario being viewed); it computes nothing itself.
   * It does not position itself: `<advice-module>`'s default layout makes it
   * stick to the edge of the screen; a page of its own can do the same with
   * `position: sticky`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `href`: Where the link goes: `#id` of the full advice (looked up in the bar's own document or shadow root), or a URL. No link when not set.
   * - `criterion`: Id of the criterion shown as the price. Default: the model's primary cost criterion, else its first criterion in a currency; none when there is neither.
   * - `heading-level`/`headingLevel`: When set (2–6), the line with the advice is a heading of this level, so it can be found in the page's outline. Default: none (a bar is a region of its own).
   * - `quiet`: Announces nothing: for a page where `<advice-result>` already announces each new advice.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-bar-background-color`: Background of the bar. (default: `undefined`)
   * - `--advice-bar-color`: Text colour of the bar. (default: `undefined`)
   * - `--advice-bar-border-color`: Border of the bar. (default: `undefined`)
   * - `--advice-bar-border-radius`: Rounding of the bar. (default: `undefined`)
   * - `--advice-bar-box-shadow`: Shadow that lifts the bar off the page it floats over. (default: `undefined`)
   * - `--advice-bar-padding-block`: Space above and below the bar's content. (default: `undefined`)
   * - `--advice-bar-padding-inline`: Space before and after the bar's content. (default: `undefined`)
   * - `--advice-bar-heading-font-size`: Size of the line with the advice when it is a heading (`heading-level`). (default: `undefined`)
   * - `--advice-bar-intro-color`: Colour of the line above the option. (default: `undefined`)
   * - `--advice-bar-option-font-size`: Size of the best option's name. (default: `undefined`)
   * - `--advice-bar-option-color`: Colour of the best option's name. (default: `undefined`)
   * - `--advice-bar-link-color`: Colour of the link to the full advice. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The bar.
   * - `heading`: The line with the advice, when `heading-level` is set (then it is a heading of that level).
   * - `intro`: "Our advice", or the scenario being viewed.
   * - `option`: The name of the best option.
   * - `status`: In place of the option: that the advice is being worked out, could not be, or that no option fits.
   * - `price`: The best option's price.
   * - `link`: The link to the full advice.
   */
  "advice-bar": Partial<
    AdviceBarElementProps &
      AdviceBarElementSolidJsProps &
      BaseProps<AdviceBarElement> &
      BaseEvents
  >;

  /**
   * A line chart of one criterion (cost, say) of every option across the range
   * of a number question — by default the part around the person's answer —
   * with the points where the advice changes (and why) and the
   * person's own answer marked, and the same numbers as a table.
   *
   * Chart.js is loaded only when the chart first comes into view, and only the
   * parts of it a line chart needs. Every number comes from the core: the
   * thresholds from `tippingPoints`, the values from `rank` at each point.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `factor`: Id of the number question along which the chart runs.
   * - `criterion`: Id of the criterion shown on the vertical axis.
   * - `heading-level`/`headingLevel`: Renders a heading of this level (2–6) above the chart; none when not set.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-view`: The chart was seen for the first time (`view: 'chart'`: half of it in view, the page visible, for a second; see `onFirstSight`), or the person opened the table (`view: 'chart-table'`); `detail` also has `factorId` and `criterionId`.
   * - `advice-error`: The model failed while the chart was worked out; `detail` has the `error`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-chart-height`: Height of the chart with its legend and axes. Default 22rem. (default: `undefined`)
   * - `--advice-chart-threshold-color`: Colour of the dashed lines where the advice changes. (default: `undefined`)
   * - `--advice-chart-marker-color`: Colour of the line at the person's answer. (default: `undefined`)
   * - `--advice-chart-grid-color`: Colour of the chart's grid lines. (default: `undefined`)
   * - `--advice-chart-heading-font-size`: Size of the heading. (default: `undefined`)
   * - `--advice-chart-key-font-size`: Size of the key under the chart. (default: `undefined`)
   * - `--advice-chart-toggle-pressed-background-color`: Background of the table button while the table is shown. (default: `undefined`)
   * - `--advice-chart-toggle-pressed-color`: Text colour of the table button while the table is shown. (default: `undefined`)
   * - `--advice-chart-table-max-height`: Tallest the table grows before it scrolls. Default 24rem. (default: `undefined`)
   * - `--advice-chart-table-border-color`: Border around the table. (default: `undefined`)
   * - `--advice-chart-table-row-border-color`: Line between the table's rows. (default: `undefined`)
   * - `--advice-chart-table-header-background-color`: Background of the table's header row. (default: `undefined`)
   * - `--advice-chart-table-row-current-background-color`: Background of the row of the person's answer. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option's line (1–8). (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The heading, when `heading-level` is set.
   * - `figure`: The chart with its key.
   * - `canvas-box`: The sized box around the canvas.
   * - `canvas`: The canvas the chart is drawn on.
   * - `key`: The line under the chart saying what the lines, rings and numbers mean.
   * - `marks`: The numbered list under the chart: where the advice changes and why (the lines cross, or the person's weights decide), and where the best line (the cheapest) changes.
   * - `range`: The sentence saying which part of the chart is shown around the person's answer.
   * - `range-toggle`: The "show the whole chart" button (pressed: everything is shown).
   * - `toggle`: The "show as table" button.
   * - `table-box`: The scrollable box around the table.
   * - `table`: The table with the chart's numbers.
   * - `status`: Loading and "not possible" messages.
   * - `error`: The error message with its retry button.
   */
  "advice-chart": Partial<
    AdviceChartElementProps &
      AdviceChartElementSolidJsProps &
      BaseProps<AdviceChartElement> &
      BaseEvents
  >;

  /**
   * A summary of the person's situation, weights, advice and scenarios to show
   * an employee — copy it, print it or share it as a link — with the
   * organisation's contact options and the rules and tariffs behind the
   * advice.
   *
   * The link holds the whole state (`#` + the core's `encodeState`), so an
   * `<advice-module url-state>` opened from it shows the same advice.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Renders a title at this heading level (2–6); the summary's own headings are one level lower. Without it the element has no title and its headings are `h3`.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-handoff`: After each action: `detail.action` is `copy-link`, `copy-summary`, `print`, `share`, or `contact` (a link in the contact slot followed); `detail.ok` is false when the browser refused.
   * - `advice-view`: Once, with `detail.view` `handoff`, when the summary is first seen (half of it in view, the page visible, for a second; see `onFirstSight`). Seeing is not using: a study counts the hand-off as opened only on `advice-handoff`.
   * - `advice-error`: The model failed or timed out.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `contact`: The organisation's contact options (phone, chat, desk). Without it a short default text is shown.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-handoff-gap`: Space between the parts. (default: `undefined`)
   * - `--advice-handoff-heading-font-size`: Size of the title. (default: `undefined`)
   * - `--advice-handoff-section-heading-font-size`: Size of the headings inside the summary. (default: `undefined`)
   * - `--advice-handoff-message-color`: Text of the confirmation message. (default: `undefined`)
   * - `--advice-handoff-fallback-background-color`: Background of the text field shown when copying was refused. (default: `undefined`)
   * - `--advice-handoff-fallback-border-color`: Border around that field and its help. (default: `undefined`)
   * - `--advice-handoff-summary-background-color`: Background of the summary. (default: `undefined`)
   * - `--advice-handoff-summary-border-color`: Border of the summary. (default: `undefined`)
   * - `--advice-handoff-summary-border-radius`: Corners of the summary. (default: `undefined`)
   * - `--advice-handoff-summary-padding`: Space inside the summary. (default: `undefined`)
   * - `--advice-handoff-best-color`: Text of the best option. (default: `undefined`)
   * - `--advice-handoff-link-color`: Links to options and references. (default: `undefined`)
   * - `--advice-handoff-tag-background-color`: Background of the "different from now" marker. (default: `undefined`)
   * - `--advice-handoff-tag-color`: Text of that marker. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The title, only when `heading-level` is set.
   * - `actions`: The row of buttons.
   * - `action`: Each button: copy link, copy summary, print, share.
   * - `message`: The confirmation ("Link gekopieerd") or failure message.
   * - `fallback`: The selected text field shown when copying was refused.
   * - `summary`: The summary.
   * - `more-references`: The disclosure that holds the sources not behind this advice.
   * - `section`: Each part of the summary (situation, weights, advice, scenarios, contact, references).
   * - `section-heading`: The heading of each part.
   * - `best`: The best option.
   * - `tag`: The "different from now" marker of a scenario.
   * - `reference`: One reference in the list.
   * - `status`: Loading and empty messages.
   * - `error`: The error message with its retry button.
   */
  "advice-handoff": Partial<
    AdviceHandoffElementProps &
      AdviceHandoffElementSolidJsProps &
      BaseProps<AdviceHandoffElement> &
      BaseEvents
  >;

  /**
   * The root of an advice module: holds the person's answers, weights and
   * scenarios, and gives them to the pattern elements inside it.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `locale`: `nl` or `en`. Default: the nearest `lang` attribute, else Dutch.
   * - `url-state`/`urlState`: Keeps the state in the URL hash and restores it on load, so a link shows the same advice.
   * - `layout`: Default layout's questions: `all` on one page, or `stepwise`, one at a time.
   * - `timeout`: Longest wait for an asynchronous model, in ms.
   * - `explore-factors`/`exploreFactors`: Default layout: the number factors (ids, space-separated) that get a tipping point and the chart. Default: every explorable number factor.
   * - `heading-level`/`headingLevel`: Level (2–6) of the default layout's section headings, to fit the page's outline; the tipping points' headings are one lower.
   * - `model`: The advice model (facts). Set as a property: `.model=${model}`. (property only)
   * - `state`: The current state: situation, weights, scenarios, active scenario. Setting it changes the advice without an `advice-change` event. (property only)
   * - `result`: The latest ranking of the situation being looked at. (property only) (readonly)
   * - `resolvedLocale`: The language in use. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-change`: The person changed something; `detail` has the `action`, the new `state` and the `result` (ranking).
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: The pattern elements to show. With no children (a `<noscript>` message for pages without JavaScript does not count), a complete default layout of every pattern is rendered.
   * - `contact`: The organisation's contact options (phone, chat, desk), shown in the default layout's `<advice-handoff>`. Without it a short default text is shown.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-module-gap`: Space between the parts of the default layout. (default: `undefined`)
   * - `--advice-module-max-width`: Widest the default layout grows. (default: `undefined`)
   * - `--advice-module-card-background-color`: Background of each part in the default layout. (default: `undefined`)
   * - `--advice-module-card-border-color`: Border of each part in the default layout. (default: `undefined`)
   * - `--advice-module-card-border-radius`: Rounding of each part in the default layout. (default: `undefined`)
   * - `--advice-module-card-padding`: Padding of each part in the default layout. (default: `undefined`)
   * - `--advice-module-heading-font-size`: Size of the section headings of the default layout. (default: `undefined`)
   * - `--advice-module-notice-background-color`: Background of the message about a link that could not all be used. (default: `undefined`)
   * - `--advice-module-notice-border-color`: Border of the message about a link that could not all be used. (default: `undefined`)
   * - `--advice-module-sticky-inset-block-start`: Distance from the top of the screen at which the advice bar and (wide) the questions column stick; the height of a sticky page header, if any. Default 0. (default: `undefined`)
   * - `--advice-module-bar-inset-block-end`: Distance from the bottom of the screen at which the advice bar sticks. Default 0.5rem. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The wrapper around the content.
   * - `layout`: The grid of the default layout.
   * - `aside`: The questions with the advice bar: on a wide screen the column that stays in view.
   * - `questions`: The card with the questions.
   * - `bar`: The `<advice-bar>` with the current advice, which stays in reach.
   * - `heading`: Each section heading of the default layout (level from `heading-level`).
   * - `error`: The message shown when the model cannot be used.
   * - `notice`: The message shown when a link's state could not all be used, with the answers to check.
   */
  "advice-module": Partial<
    AdviceModuleElementProps &
      AdviceModuleElementSolidJsProps &
      BaseProps<AdviceModuleElement> &
      BaseEvents
  >;

  /**
   * The questions about the person's situation: numbers as a slider with a
   * text field, choices as radio buttons or a list, yes/no questions as radio
   * buttons. All at once or one at a time.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `layout`: `all` questions on one page, or `stepwise`: one at a time with back and next.
   * - `heading-level`/`headingLevel`: When set (2–6), the element shows its own title as a heading of this level.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-step`: The person moved to another question in step-by-step mode; `detail` has `step` (1-based), `total` and `factorId`.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-questions-gap`: Space between questions. (default: `undefined`)
   * - `--advice-questions-heading-font-size`: Size of the title (with `heading-level`). (default: `undefined`)
   * - `--advice-questions-label-font-weight`: Weight of the question text. (default: `undefined`)
   * - `--advice-questions-help-color`: Colour of help texts. (default: `undefined`)
   * - `--advice-questions-slider-accent-color`: Colour of sliders, checkboxes and radio buttons. (default: `undefined`)
   * - `--advice-questions-input-background-color`: Background of text fields and lists. (default: `undefined`)
   * - `--advice-questions-input-border-color`: Border colour of text fields and lists. (default: `undefined`)
   * - `--advice-questions-input-border-radius`: Corner radius of text fields and lists. (default: `undefined`)
   * - `--advice-questions-input-invalid-border-color`: Border colour of a field whose value is not right. (default: `undefined`)
   * - `--advice-questions-unit-color`: Colour of the unit beside a number field. (default: `undefined`)
   * - `--advice-questions-error-color`: Colour of the message next to a field whose value is not right. (default: `undefined`)
   * - `--advice-questions-progress-accent-color`: Colour of the progress bar in step-by-step mode. (default: `undefined`)
   * - `--advice-questions-summary-border-color`: Lines between the answers in the summary. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `question`: One question with its label, help, fields and message.
   * - `label`: The question text.
   * - `help`: The help text under a question.
   * - `slider`: The slider of a number question.
   * - `field`: A text field of a number question.
   * - `unit`: The unit beside a number field.
   * - `not-sure`: The "I'm not sure" checkbox with its label.
   * - `range`: The "between … and …" fields of an uncertain answer.
   * - `choices`: The radio buttons of a choice or yes/no question.
   * - `select`: The list of a choice question with many choices.
   * - `error-message`: The message next to a field whose value is not right.
   * - `progress`: The progress text and bar in step-by-step mode.
   * - `navigation`: The back and next buttons in step-by-step mode.
   * - `summary`: The overview of all answers after the last step.
   * - `heading`: The title, when `heading-level` is set.
   */
  "advice-questions": Partial<
    AdviceQuestionsElementProps &
      AdviceQuestionsElementSolidJsProps &
      BaseProps<AdviceQuestionsElement> &
      BaseEvents
  >;

  /**
   * The advice: the best option, how sure it is, what would change it, why,
   * and every option compared. Announces a new advice to screen readers once
   * it has settled.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: When set (2–6), the element shows its own title as a heading of this level; its parts get the level below.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-view`: The person opened the explanation (`view: 'why'`) or the comparison of all options (`view: 'ranking'`).
   * - `advice-error`: The model failed or timed out; the element shows a message with a retry button.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-result-gap`: Space between the parts. (default: `undefined`)
   * - `--advice-result-heading-font-size`: Size of the headings of the parts. (default: `undefined`)
   * - `--advice-result-best-background-color`: Background of the best option. (default: `undefined`)
   * - `--advice-result-best-border-color`: Accent line beside the best option. (default: `undefined`)
   * - `--advice-result-best-label-font-size`: Size of the best option's name. (default: `undefined`)
   * - `--advice-result-best-label-color`: Colour of the best option's name. (default: `undefined`)
   * - `--advice-result-link-color`: Colour of links. (default: `undefined`)
   * - `--advice-result-details-border-color`: Border of the disclosures (why, all options). (default: `undefined`)
   * - `--advice-result-bar-background-color`: Fill of the bars: the points gained. (default: `undefined`)
   * - `--advice-result-bar-possible-border-color`: Outline of the points a criterion could give at most. (default: `undefined`)
   * - `--advice-result-bar-track-background-color`: Track behind the bars. (default: `undefined`)
   * - `--advice-result-none-border-color`: Border of the message when no option fits. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the n-th option (1-based) in the comparison bars. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `best`: The best option with its description, values, notes and link.
   * - `best-label`: The name of the best option.
   * - `values`: The best option's value on each criterion.
   * - `notes`: Remarks that go with the best option.
   * - `link`: The link to the best option's page.
   * - `cost`: Under the advice: that it is the cheapest option, or which option is cheaper, by how much, and what the advice gives for it.
   * - `scenario`: The notice that the advice belongs to a scenario, with the way back to the person's own situation.
   * - `sure`: How sure the advice is.
   * - `flips`: What would change the advice.
   * - `why`: The explanation per criterion (a disclosure).
   * - `bar`: A bar showing the points a criterion gives.
   * - `ranking`: Every option compared (a disclosure).
   * - `option-notes`: The model's remarks on an option in the comparison, such as that its price is an example.
   * - `none`: The message when no option fits.
   * - `status`: The loading message.
   * - `error`: The error message with its retry button.
   * - `heading`: The title, when `heading-level` is set.
   */
  "advice-result": Partial<
    AdviceResultElementProps &
      AdviceResultElementSolidJsProps &
      BaseProps<AdviceResultElement> &
      BaseEvents
  >;

  /**
   * "What if": the person adds scenarios (blank or from the model's
   * suggestions), names and edits them, and compares the advice in each side
   * by side with their own situation.
   *
   * Every change goes through the `<advice-module>` around it, which reports it
   * with an `advice-change` event (`action`: `scenario-add`, `scenario-edit`,
   * `scenario-remove`, `scenario-restore` or `scenario-activate`). The
   * comparison comes from the core's `compareScenarios`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Renders a title at this heading level (2–6). Without it the element has no title of its own.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-error`: The model failed or timed out while comparing (bubbles from the element).
   * - `advice-view`: The comparison of the scenarios was on screen for the first time (`view`: `scenarios`).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-scenarios-gap`: Space between the parts. (default: `undefined`)
   * - `--advice-scenarios-heading-font-size`: Size of the title. (default: `undefined`)
   * - `--advice-scenarios-banner-background-color`: Background of the "you are viewing" banner. (default: `undefined`)
   * - `--advice-scenarios-banner-border-color`: Edge of the banner. (default: `undefined`)
   * - `--advice-scenarios-item-background-color`: Background of a scenario. (default: `undefined`)
   * - `--advice-scenarios-item-border-color`: Border of a scenario. (default: `undefined`)
   * - `--advice-scenarios-item-border-radius`: Corners of a scenario. (default: `undefined`)
   * - `--advice-scenarios-item-padding`: Space inside a scenario. (default: `undefined`)
   * - `--advice-scenarios-item-active-border-color`: Border of the scenario being viewed. (default: `undefined`)
   * - `--advice-scenarios-item-active-color`: Text "you are viewing this scenario". (default: `undefined`)
   * - `--advice-scenarios-input-background-color`: Background of the fields. (default: `undefined`)
   * - `--advice-scenarios-input-border-color`: Border of the fields. (default: `undefined`)
   * - `--advice-scenarios-input-border-radius`: Corners of the fields. (default: `undefined`)
   * - `--advice-scenarios-notice-background-color`: Background of the undo message. (default: `undefined`)
   * - `--advice-scenarios-notice-border-color`: Border of the undo message. (default: `undefined`)
   * - `--advice-scenarios-table-border-color`: Lines of the comparison table. (default: `undefined`)
   * - `--advice-scenarios-table-header-background-color`: Background of the column headers. (default: `undefined`)
   * - `--advice-scenarios-changed-background-color`: Background of a cell that differs from the person's own situation. (default: `undefined`)
   * - `--advice-scenarios-tag-background-color`: Background of the "changed" tag. (default: `undefined`)
   * - `--advice-scenarios-tag-color`: Text of the "changed" tag. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The title, only when `heading-level` is set.
   * - `banner`: The notice shown while a scenario is being viewed, with the way back.
   * - `list`: The list of the person's scenarios.
   * - `scenario`: One scenario in the list.
   * - `scenario-active`: The scenario being viewed (also has part `scenario`).
   * - `actions`: The buttons of one scenario.
   * - `editor`: The name field and the changes of one scenario.
   * - `notice`: The message after removing a scenario, with the undo button.
   * - `undo`: The undo button.
   * - `add`: The button that adds a blank scenario.
   * - `suggestions`: The model's suggested scenarios.
   * - `suggestion`: One suggestion button.
   * - `comparison`: The comparison: verdict and table.
   * - `verdict`: "The advice is the same in every scenario" or how many differ.
   * - `table-wrapper`: The scrolling box around the table.
   * - `table`: The comparison table.
   * - `tag`: The "changed" tag on a value that differs from the person's own situation.
   * - `status`: Loading and empty messages.
   * - `error`: The error message with its retry button.
   */
  "advice-scenarios": Partial<
    AdviceScenariosElementProps &
      AdviceScenariosElementSolidJsProps &
      BaseProps<AdviceScenariosElement> &
      BaseEvents
  >;

  /**
   * Where the advice changes along one factor: the factor's whole range as a
   * band of segments coloured and labelled by the best option, thresholds
   * labelled, the person's answer marked and movable, with a text equivalent.
   *
   * For a number factor the band holds a native range slider over the factor's
   * grid: clicking the band or pressing the arrow keys changes the person's
   * answer. For a choice or yes/no factor, a list of the values with the best
   * option for each, the person's own marked, and buttons to switch. Every
   * segment, threshold and best option comes from the core's `tippingPoints`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `factor`: Id of the factor to explore.
   * - `heading-level`/`headingLevel`: Renders the factor's question as a title at this heading level (2–6).
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `advice-view`: Once, when the element is first seen (half of it in view, the page visible, for a second; see `onFirstSight`): `{ view: 'tipping-point', factorId }`.
   * - `input`: Native, from the band's slider while the person moves it.
   * - `change`: Native, from the band's slider when the person lets go (stays inside the shadow root, as native `change` does).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-tipping-point-heading-font-size`: Size of the title (with `heading-level`). (default: `undefined`)
   * - `--advice-tipping-point-band-height`: Height of the band. (default: `undefined`)
   * - `--advice-tipping-point-band-border-color`: Border around the band and between segments. (default: `undefined`)
   * - `--advice-tipping-point-segment-color`: Text of the option's name inside a segment. (default: `undefined`)
   * - `--advice-tipping-point-segment-none-background-color`: Segments where no option is open. (default: `undefined`)
   * - `--advice-tipping-point-thumb-width`: Width of the slider's handle. (default: `undefined`)
   * - `--advice-tipping-point-thumb-background-color`: Fill of the slider's handle. (default: `undefined`)
   * - `--advice-tipping-point-thumb-border-color`: Border of the slider's handle. (default: `undefined`)
   * - `--advice-tipping-point-thumb-focus-border-color`: Ring around the focused handle. (default: `undefined`)
   * - `--advice-tipping-point-marker-background-color`: Fill of the mark at the person's answer. (default: `undefined`)
   * - `--advice-tipping-point-marker-color`: Text of the mark at the person's answer. (default: `undefined`)
   * - `--advice-tipping-point-range-border-color`: Outline of an uncertain answer's range. (default: `undefined`)
   * - `--advice-tipping-point-threshold-color`: Ticks and labels of the thresholds. (default: `undefined`)
   * - `--advice-tipping-point-alternative-current-border-color`: Border of the person's own value in the choice list. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The title (the factor's question), when `heading-level` is set.
   * - `try-label`: The visible name of the band's slider or of the list of other answers.
   * - `label`: The factor's question, when there is no title.
   * - `band`: The band: marker, segments, slider and axis.
   * - `segment`: One stretch of the band with one best option.
   * - `segment-label`: The option's name inside a segment.
   * - `marker`: The mark at the person's answer, with its value.
   * - `range`: The mark of an uncertain answer ("between 8 and 12").
   * - `threshold`: A threshold's tick and label on the axis.
   * - `legend`: The options shown in the band, with their colour and pattern.
   * - `summary`: The text equivalent: one line per segment.
   * - `alternatives`: Choice and yes/no factors: the list of values.
   * - `alternative`: One value's button.
   * - `note`: Remarks under the band (your answer, estimates).
   * - `reasons`: Why the advice changes at each threshold: a price crossing, or the person's weights.
   * - `status`: Loading, empty and unknown-factor messages.
   * - `error`: The error message with its retry button.
   */
  "advice-tipping-point": Partial<
    AdviceTippingPointElementProps &
      AdviceTippingPointElementSolidJsProps &
      BaseProps<AdviceTippingPointElement> &
      BaseEvents
  >;

  /**
   * How much each criterion matters to the person: a slider per criterion with
   * its share of the total, presets, a reset, and on every track the stretch
   * within which the advice stays the same.
   *
   * Sliders hold the person's raw weights (0 to `max`); the share in % is the
   * weight divided by the total. The highlighted band on each track and the
   * sentence under it come from the core's `weightStability`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Renders a title at this heading level (2–6). Without it, no title: the surrounding page gives one.
   * - `max`: Highest value of every slider (the person's weight scale). Grows when a weight is higher.
   * - `step`: Step of every slider.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `input`: Native, from a slider while the person moves it.
   * - `change`: Native, from a slider when the person lets go (stays inside the shadow root, as native `change` does).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--advice-weights-heading-font-size`: Size of the title (with `heading-level`). (default: `undefined`)
   * - `--advice-weights-thumb-size`: Diameter of a slider's handle. (default: `undefined`)
   * - `--advice-weights-thumb-background-color`: Fill of a slider's handle. (default: `undefined`)
   * - `--advice-weights-thumb-border-color`: Ring around a slider's handle. (default: `undefined`)
   * - `--advice-weights-thumb-focus-border-color`: Ring around a focused slider's handle. (default: `undefined`)
   * - `--advice-weights-track-height`: Thickness of a slider's track. (default: `undefined`)
   * - `--advice-weights-track-background-color`: Fill of a slider's track. (default: `undefined`)
   * - `--advice-weights-track-border-color`: Border of a slider's track. (default: `undefined`)
   * - `--advice-weights-band-background-color`: Fill of the stretch where the advice stays the same. (default: `undefined`)
   * - `--advice-weights-band-border-color`: Border of the stretch where the advice stays the same. (default: `undefined`)
   * - `--advice-weights-preset-pressed-background-color`: Fill of the preset that matches the current weights. (default: `undefined`)
   * - `--advice-weights-preset-pressed-color`: Text of the preset that matches the current weights. (default: `undefined`)
   * - `--advice-weights-criterion-gap`: Space between the criteria. (default: `undefined`)
   * - `--advice-font-family`: Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. (default: `undefined`)
   * - `--advice-font-size`: Base font size; then `--utrecht-document-font-size`. (default: `undefined`)
   * - `--advice-line-height`: Base line height; then `--utrecht-document-line-height`. (default: `undefined`)
   * - `--advice-color`: Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. (default: `undefined`)
   * - `--advice-heading-font-family`: Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. (default: `undefined`)
   * - `--advice-heading-font-weight`: Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. (default: `undefined`)
   * - `--advice-heading-color`: Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. (default: `undefined`)
   * - `--advice-primary-background-color`: Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. (default: `undefined`)
   * - `--advice-primary-color`: Text colour on the primary colour; then `--utrecht-button-primary-action-color`. (default: `undefined`)
   * - `--advice-button-font-weight`: Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. (default: `undefined`)
   * - `--advice-link-color`: Colour of links; then `--utrecht-link-color`, else the primary colour. (default: `undefined`)
   * - `--advice-muted-color`: Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. (default: `undefined`)
   * - `--advice-border-color`: Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. (default: `undefined`)
   * - `--advice-input-border-width`: Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. (default: `undefined`)
   * - `--advice-input-border-radius`: Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-surface-background-color`: Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. (default: `undefined`)
   * - `--advice-subtle-background-color`: Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. (default: `undefined`)
   * - `--advice-border-radius`: Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. (default: `undefined`)
   * - `--advice-button-border-radius`: Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. (default: `undefined`)
   * - `--advice-focus-outline-color`: Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. (default: `undefined`)
   * - `--advice-focus-outline-width`: Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. (default: `undefined`)
   * - `--advice-focus-outline-style`: Style of the focus outline; then `--utrecht-focus-outline-style`. (default: `undefined`)
   * - `--advice-focus-outline-offset`: Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. (default: `undefined`)
   * - `--advice-error-color`: Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. (default: `undefined`)
   * - `--advice-space`: Base spacing unit. (default: `undefined`)
   * - `--advice-option-N-color`: Colour of the N-th option of the model (1–8) in bands, charts and legends. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `heading`: The title, when `heading-level` is set.
   * - `presets`: The group of preset buttons.
   * - `preset`: One preset button.
   * - `criterion`: One criterion: label, share, slider and sentence.
   * - `label`: A criterion's label.
   * - `share`: A criterion's share of the total ("75 %").
   * - `slider`: The slider: track, band and native range input.
   * - `track`: A slider's track.
   * - `band`: The stretch of a track within which the advice stays the same.
   * - `stability`: The sentence saying how far the weight may move.
   * - `reset`: The reset button.
   * - `status`: Loading and empty messages.
   * - `error`: The error message with its retry button.
   */
  "advice-weights": Partial<
    AdviceWeightsElementProps &
      AdviceWeightsElementSolidJsProps &
      BaseProps<AdviceWeightsElement> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Background of the bar. */
  "--advice-bar-background-color"?: string | undefined;
  /** Text colour of the bar. */
  "--advice-bar-color"?: string | undefined;
  /** Border of the bar. */
  "--advice-bar-border-color"?: string | undefined;
  /** Rounding of the bar. */
  "--advice-bar-border-radius"?: string | undefined;
  /** Shadow that lifts the bar off the page it floats over. */
  "--advice-bar-box-shadow"?: string | undefined;
  /** Space above and below the bar's content. */
  "--advice-bar-padding-block"?: string | undefined;
  /** Space before and after the bar's content. */
  "--advice-bar-padding-inline"?: string | undefined;
  /** Size of the line with the advice when it is a heading (`heading-level`). */
  "--advice-bar-heading-font-size"?: string | undefined;
  /** Colour of the line above the option. */
  "--advice-bar-intro-color"?: string | undefined;
  /** Size of the best option's name. */
  "--advice-bar-option-font-size"?: string | undefined;
  /** Colour of the best option's name. */
  "--advice-bar-option-color"?: string | undefined;
  /** Colour of the link to the full advice. */
  "--advice-bar-link-color"?: string | undefined;
  /** Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. */
  "--advice-font-family"?: string | undefined;
  /** Base font size; then `--utrecht-document-font-size`. */
  "--advice-font-size"?: string | undefined;
  /** Base line height; then `--utrecht-document-line-height`. */
  "--advice-line-height"?: string | undefined;
  /** Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. */
  "--advice-color"?: string | undefined;
  /** Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. */
  "--advice-heading-font-family"?: string | undefined;
  /** Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. */
  "--advice-heading-font-weight"?: string | undefined;
  /** Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. */
  "--advice-heading-color"?: string | undefined;
  /** Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. */
  "--advice-primary-background-color"?: string | undefined;
  /** Text colour on the primary colour; then `--utrecht-button-primary-action-color`. */
  "--advice-primary-color"?: string | undefined;
  /** Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. */
  "--advice-button-font-weight"?: string | undefined;
  /** Colour of links; then `--utrecht-link-color`, else the primary colour. */
  "--advice-link-color"?: string | undefined;
  /** Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. */
  "--advice-muted-color"?: string | undefined;
  /** Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. */
  "--advice-border-color"?: string | undefined;
  /** Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. */
  "--advice-input-border-width"?: string | undefined;
  /** Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. */
  "--advice-input-border-radius"?: string | undefined;
  /** Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. */
  "--advice-surface-background-color"?: string | undefined;
  /** Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. */
  "--advice-subtle-background-color"?: string | undefined;
  /** Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. */
  "--advice-border-radius"?: string | undefined;
  /** Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. */
  "--advice-button-border-radius"?: string | undefined;
  /** Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. */
  "--advice-focus-outline-color"?: string | undefined;
  /** Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. */
  "--advice-focus-outline-width"?: string | undefined;
  /** Style of the focus outline; then `--utrecht-focus-outline-style`. */
  "--advice-focus-outline-style"?: string | undefined;
  /** Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. */
  "--advice-focus-outline-offset"?: string | undefined;
  /** Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. */
  "--advice-error-color"?: string | undefined;
  /** Base spacing unit. */
  "--advice-space"?: string | undefined;
  /** Colour of the N-th option of the model (1–8) in bands, charts and legends. */
  "--advice-option-N-color"?: string | undefined;
  /** Height of the chart with its legend and axes. Default 22rem. */
  "--advice-chart-height"?: string | undefined;
  /** Colour of the dashed lines where the advice changes. */
  "--advice-chart-threshold-color"?: string | undefined;
  /** Colour of the line at the person's answer. */
  "--advice-chart-marker-color"?: string | undefined;
  /** Colour of the chart's grid lines. */
  "--advice-chart-grid-color"?: string | undefined;
  /** Size of the heading. */
  "--advice-chart-heading-font-size"?: string | undefined;
  /** Size of the key under the chart. */
  "--advice-chart-key-font-size"?: string | undefined;
  /** Background of the table button while the table is shown. */
  "--advice-chart-toggle-pressed-background-color"?: string | undefined;
  /** Text colour of the table button while the table is shown. */
  "--advice-chart-toggle-pressed-color"?: string | undefined;
  /** Tallest the table grows before it scrolls. Default 24rem. */
  "--advice-chart-table-max-height"?: string | undefined;
  /** Border around the table. */
  "--advice-chart-table-border-color"?: string | undefined;
  /** Line between the table's rows. */
  "--advice-chart-table-row-border-color"?: string | undefined;
  /** Background of the table's header row. */
  "--advice-chart-table-header-background-color"?: string | undefined;
  /** Background of the row of the person's answer. */
  "--advice-chart-table-row-current-background-color"?: string | undefined;
  /** Space between the parts. */
  "--advice-handoff-gap"?: string | undefined;
  /** Size of the title. */
  "--advice-handoff-heading-font-size"?: string | undefined;
  /** Size of the headings inside the summary. */
  "--advice-handoff-section-heading-font-size"?: string | undefined;
  /** Text of the confirmation message. */
  "--advice-handoff-message-color"?: string | undefined;
  /** Background of the text field shown when copying was refused. */
  "--advice-handoff-fallback-background-color"?: string | undefined;
  /** Border around that field and its help. */
  "--advice-handoff-fallback-border-color"?: string | undefined;
  /** Background of the summary. */
  "--advice-handoff-summary-background-color"?: string | undefined;
  /** Border of the summary. */
  "--advice-handoff-summary-border-color"?: string | undefined;
  /** Corners of the summary. */
  "--advice-handoff-summary-border-radius"?: string | undefined;
  /** Space inside the summary. */
  "--advice-handoff-summary-padding"?: string | undefined;
  /** Text of the best option. */
  "--advice-handoff-best-color"?: string | undefined;
  /** Links to options and references. */
  "--advice-handoff-link-color"?: string | undefined;
  /** Background of the "different from now" marker. */
  "--advice-handoff-tag-background-color"?: string | undefined;
  /** Text of that marker. */
  "--advice-handoff-tag-color"?: string | undefined;
  /** Space between the parts of the default layout. */
  "--advice-module-gap"?: string | undefined;
  /** Widest the default layout grows. */
  "--advice-module-max-width"?: string | undefined;
  /** Background of each part in the default layout. */
  "--advice-module-card-background-color"?: string | undefined;
  /** Border of each part in the default layout. */
  "--advice-module-card-border-color"?: string | undefined;
  /** Rounding of each part in the default layout. */
  "--advice-module-card-border-radius"?: string | undefined;
  /** Padding of each part in the default layout. */
  "--advice-module-card-padding"?: string | undefined;
  /** Size of the section headings of the default layout. */
  "--advice-module-heading-font-size"?: string | undefined;
  /** Background of the message about a link that could not all be used. */
  "--advice-module-notice-background-color"?: string | undefined;
  /** Border of the message about a link that could not all be used. */
  "--advice-module-notice-border-color"?: string | undefined;
  /** Distance from the top of the screen at which the advice bar and (wide) the questions column stick; the height of a sticky page header, if any. Default 0. */
  "--advice-module-sticky-inset-block-start"?: string | undefined;
  /** Distance from the bottom of the screen at which the advice bar sticks. Default 0.5rem. */
  "--advice-module-bar-inset-block-end"?: string | undefined;
  /** Space between questions. */
  "--advice-questions-gap"?: string | undefined;
  /** Size of the title (with `heading-level`). */
  "--advice-questions-heading-font-size"?: string | undefined;
  /** Weight of the question text. */
  "--advice-questions-label-font-weight"?: string | undefined;
  /** Colour of help texts. */
  "--advice-questions-help-color"?: string | undefined;
  /** Colour of sliders, checkboxes and radio buttons. */
  "--advice-questions-slider-accent-color"?: string | undefined;
  /** Background of text fields and lists. */
  "--advice-questions-input-background-color"?: string | undefined;
  /** Border colour of text fields and lists. */
  "--advice-questions-input-border-color"?: string | undefined;
  /** Corner radius of text fields and lists. */
  "--advice-questions-input-border-radius"?: string | undefined;
  /** Border colour of a field whose value is not right. */
  "--advice-questions-input-invalid-border-color"?: string | undefined;
  /** Colour of the unit beside a number field. */
  "--advice-questions-unit-color"?: string | undefined;
  /** Colour of the message next to a field whose value is not right. */
  "--advice-questions-error-color"?: string | undefined;
  /** Colour of the progress bar in step-by-step mode. */
  "--advice-questions-progress-accent-color"?: string | undefined;
  /** Lines between the answers in the summary. */
  "--advice-questions-summary-border-color"?: string | undefined;
  /** Space between the parts. */
  "--advice-result-gap"?: string | undefined;
  /** Size of the headings of the parts. */
  "--advice-result-heading-font-size"?: string | undefined;
  /** Background of the best option. */
  "--advice-result-best-background-color"?: string | undefined;
  /** Accent line beside the best option. */
  "--advice-result-best-border-color"?: string | undefined;
  /** Size of the best option's name. */
  "--advice-result-best-label-font-size"?: string | undefined;
  /** Colour of the best option's name. */
  "--advice-result-best-label-color"?: string | undefined;
  /** Colour of links. */
  "--advice-result-link-color"?: string | undefined;
  /** Border of the disclosures (why, all options). */
  "--advice-result-details-border-color"?: string | undefined;
  /** Fill of the bars: the points gained. */
  "--advice-result-bar-background-color"?: string | undefined;
  /** Outline of the points a criterion could give at most. */
  "--advice-result-bar-possible-border-color"?: string | undefined;
  /** Track behind the bars. */
  "--advice-result-bar-track-background-color"?: string | undefined;
  /** Border of the message when no option fits. */
  "--advice-result-none-border-color"?: string | undefined;
  /** Space between the parts. */
  "--advice-scenarios-gap"?: string | undefined;
  /** Size of the title. */
  "--advice-scenarios-heading-font-size"?: string | undefined;
  /** Background of the "you are viewing" banner. */
  "--advice-scenarios-banner-background-color"?: string | undefined;
  /** Edge of the banner. */
  "--advice-scenarios-banner-border-color"?: string | undefined;
  /** Background of a scenario. */
  "--advice-scenarios-item-background-color"?: string | undefined;
  /** Border of a scenario. */
  "--advice-scenarios-item-border-color"?: string | undefined;
  /** Corners of a scenario. */
  "--advice-scenarios-item-border-radius"?: string | undefined;
  /** Space inside a scenario. */
  "--advice-scenarios-item-padding"?: string | undefined;
  /** Border of the scenario being viewed. */
  "--advice-scenarios-item-active-border-color"?: string | undefined;
  /** Text "you are viewing this scenario". */
  "--advice-scenarios-item-active-color"?: string | undefined;
  /** Background of the fields. */
  "--advice-scenarios-input-background-color"?: string | undefined;
  /** Border of the fields. */
  "--advice-scenarios-input-border-color"?: string | undefined;
  /** Corners of the fields. */
  "--advice-scenarios-input-border-radius"?: string | undefined;
  /** Background of the undo message. */
  "--advice-scenarios-notice-background-color"?: string | undefined;
  /** Border of the undo message. */
  "--advice-scenarios-notice-border-color"?: string | undefined;
  /** Lines of the comparison table. */
  "--advice-scenarios-table-border-color"?: string | undefined;
  /** Background of the column headers. */
  "--advice-scenarios-table-header-background-color"?: string | undefined;
  /** Background of a cell that differs from the person's own situation. */
  "--advice-scenarios-changed-background-color"?: string | undefined;
  /** Background of the "changed" tag. */
  "--advice-scenarios-tag-background-color"?: string | undefined;
  /** Text of the "changed" tag. */
  "--advice-scenarios-tag-color"?: string | undefined;
  /** Size of the title (with `heading-level`). */
  "--advice-tipping-point-heading-font-size"?: string | undefined;
  /** Height of the band. */
  "--advice-tipping-point-band-height"?: string | undefined;
  /** Border around the band and between segments. */
  "--advice-tipping-point-band-border-color"?: string | undefined;
  /** Text of the option's name inside a segment. */
  "--advice-tipping-point-segment-color"?: string | undefined;
  /** Segments where no option is open. */
  "--advice-tipping-point-segment-none-background-color"?: string | undefined;
  /** Width of the slider's handle. */
  "--advice-tipping-point-thumb-width"?: string | undefined;
  /** Fill of the slider's handle. */
  "--advice-tipping-point-thumb-background-color"?: string | undefined;
  /** Border of the slider's handle. */
  "--advice-tipping-point-thumb-border-color"?: string | undefined;
  /** Ring around the focused handle. */
  "--advice-tipping-point-thumb-focus-border-color"?: string | undefined;
  /** Fill of the mark at the person's answer. */
  "--advice-tipping-point-marker-background-color"?: string | undefined;
  /** Text of the mark at the person's answer. */
  "--advice-tipping-point-marker-color"?: string | undefined;
  /** Outline of an uncertain answer's range. */
  "--advice-tipping-point-range-border-color"?: string | undefined;
  /** Ticks and labels of the thresholds. */
  "--advice-tipping-point-threshold-color"?: string | undefined;
  /** Border of the person's own value in the choice list. */
  "--advice-tipping-point-alternative-current-border-color"?:
    string | undefined;
  /** Size of the title (with `heading-level`). */
  "--advice-weights-heading-font-size"?: string | undefined;
  /** Diameter of a slider's handle. */
  "--advice-weights-thumb-size"?: string | undefined;
  /** Fill of a slider's handle. */
  "--advice-weights-thumb-background-color"?: string | undefined;
  /** Ring around a slider's handle. */
  "--advice-weights-thumb-border-color"?: string | undefined;
  /** Ring around a focused slider's handle. */
  "--advice-weights-thumb-focus-border-color"?: string | undefined;
  /** Thickness of a slider's track. */
  "--advice-weights-track-height"?: string | undefined;
  /** Fill of a slider's track. */
  "--advice-weights-track-background-color"?: string | undefined;
  /** Border of a slider's track. */
  "--advice-weights-track-border-color"?: string | undefined;
  /** Fill of the stretch where the advice stays the same. */
  "--advice-weights-band-background-color"?: string | undefined;
  /** Border of the stretch where the advice stays the same. */
  "--advice-weights-band-border-color"?: string | undefined;
  /** Fill of the preset that matches the current weights. */
  "--advice-weights-preset-pressed-background-color"?: string | undefined;
  /** Text of the preset that matches the current weights. */
  "--advice-weights-preset-pressed-color"?: string | undefined;
  /** Space between the criteria. */
  "--advice-weights-criterion-gap"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
