import type { DefineComponent } from "vue";
import type {
  AdviceBarElement,
  AdviceChartElement,
  AdviceViewDetail,
  AdviceErrorDetail,
  AdviceHandoffElement,
  AdviceHandoffDetail,
  AdviceModuleElement,
  AdviceChangeDetail,
  AdviceQuestionsElement,
  AdviceStepDetail,
  AdviceResultElement,
  AdviceScenariosElement,
  AdviceTippingPointElement,
  AdviceWeightsElement,
} from "@advice-kit/elements";

type AdviceBarElementProps = {
  /** Where the link goes: `#id` of the full advice (looked up in the bar's own document or shadow root), or a URL. No link when not set. */
  href?: AdviceBarElement["href"];
  /** Id of the criterion shown as the price. Default: the model's primary cost criterion, else its first criterion in a currency; none when there is neither. */
  criterion?: AdviceBarElement["criterion"];
  /** When set (2–6), the line with the advice is a heading of this level, so it can be found in the page's outline. Default: none (a bar is a region of its own). */
  "heading-level"?: AdviceBarElement["headingLevel"];
  /** Announces nothing: for a page where `<advice-result>` already announces each new advice. */
  quiet?: AdviceBarElement["quiet"];
};

type AdviceChartElementProps = {
  /** Id of the number question along which the chart runs. */
  factor?: AdviceChartElement["factor"];
  /** Id of the criterion shown on the vertical axis. */
  criterion?: AdviceChartElement["criterion"];
  /** Renders a heading of this level (2–6) above the chart; none when not set. */
  "heading-level"?: AdviceChartElement["headingLevel"];

  /** The chart was seen for the first time (`view: 'chart'`: half of it in view, the page visible, for a second; see `onFirstSight`), or the person opened the table (`view: 'chart-table'`); `detail` also has `factorId` and `criterionId`. */
  "onadvice-view"?: (e: CustomEvent<AdviceViewDetail>) => void;
  /** The model failed while the chart was worked out; `detail` has the `error`. */
  "onadvice-error"?: (e: CustomEvent<AdviceErrorDetail>) => void;
};

type AdviceHandoffElementProps = {
  /** Renders a title at this heading level (2–6); the summary's own headings are one level lower. Without it the element has no title and its headings are `h3`. */
  "heading-level"?: AdviceHandoffElement["headingLevel"];

  /** After each action: `detail.action` is `copy-link`, `copy-summary`, `print`, `share`, or `contact` (a link in the contact slot followed); `detail.ok` is false when the browser refused. */
  "onadvice-handoff"?: (e: CustomEvent<AdviceHandoffDetail>) => void;
  /** Once, with `detail.view` `handoff`, when the summary is first seen (half of it in view, the page visible, for a second; see `onFirstSight`). Seeing is not using: a study counts the hand-off as opened only on `advice-handoff`. */
  "onadvice-view"?: (e: CustomEvent<AdviceViewDetail>) => void;
  /** The model failed or timed out. */
  "onadvice-error"?: (e: CustomEvent<AdviceErrorDetail>) => void;
};

type AdviceModuleElementProps = {
  /** `nl` or `en`. Default: the nearest `lang` attribute, else Dutch. */
  locale?: AdviceModuleElement["locale"];
  /** Keeps the state in the URL hash and restores it on load, so a link shows the same advice. */
  "url-state"?: AdviceModuleElement["urlState"];
  /** Default layout's questions: `all` on one page, or `stepwise`, one at a time. */
  layout?: AdviceModuleElement["layout"];
  /** Longest wait for an asynchronous model, in ms. */
  timeout?: AdviceModuleElement["timeout"];
  /** Default layout: the number factors (ids, space-separated) that get a tipping point and the chart. Default: every explorable number factor. */
  "explore-factors"?: AdviceModuleElement["exploreFactors"];
  /** Level (2–6) of the default layout's section headings, to fit the page's outline; the tipping points' headings are one lower. */
  "heading-level"?: AdviceModuleElement["headingLevel"];
  /** The advice model (facts). Set as a property: `.model=${model}`. */
  model?: AdviceModuleElement["model"];
  /** The current state: situation, weights, scenarios, active scenario. Setting it changes the advice without an `advice-change` event. */
  state?: AdviceModuleElement["state"];
  /** The latest ranking of the situation being looked at. */
  result?: AdviceModuleElement["result"];
  /** The language in use. */
  resolvedLocale?: AdviceModuleElement["resolvedLocale"];
  /** The person changed something; `detail` has the `action`, the new `state` and the `result` (ranking). */
  "onadvice-change"?: (e: CustomEvent<AdviceChangeDetail>) => void;
};

type AdviceQuestionsElementProps = {
  /** `all` questions on one page, or `stepwise`: one at a time with back and next. */
  layout?: AdviceQuestionsElement["layout"];
  /** When set (2–6), the element shows its own title as a heading of this level. */
  "heading-level"?: AdviceQuestionsElement["headingLevel"];

  /** The person moved to another question in step-by-step mode; `detail` has `step` (1-based), `total` and `factorId`. */
  "onadvice-step"?: (e: CustomEvent<AdviceStepDetail>) => void;
};

type AdviceResultElementProps = {
  /** When set (2–6), the element shows its own title as a heading of this level; its parts get the level below. */
  "heading-level"?: AdviceResultElement["headingLevel"];

  /** The person opened the explanation (`view: 'why'`) or the comparison of all options (`view: 'ranking'`). */
  "onadvice-view"?: (e: CustomEvent<AdviceViewDetail>) => void;
  /** The model failed or timed out; the element shows a message with a retry button. */
  "onadvice-error"?: (e: CustomEvent<AdviceErrorDetail>) => void;
};

type AdviceScenariosElementProps = {
  /** Renders a title at this heading level (2–6). Without it the element has no title of its own. */
  "heading-level"?: AdviceScenariosElement["headingLevel"];

  /** The model failed or timed out while comparing (bubbles from the element). */
  "onadvice-error"?: (e: CustomEvent<AdviceErrorDetail>) => void;
  /** The comparison of the scenarios was on screen for the first time (`view`: `scenarios`). */
  "onadvice-view"?: (e: CustomEvent<AdviceViewDetail>) => void;
};

type AdviceTippingPointElementProps = {
  /** Id of the factor to explore. */
  factor?: AdviceTippingPointElement["factor"];
  /** Renders the factor's question as a title at this heading level (2–6). */
  "heading-level"?: AdviceTippingPointElement["headingLevel"];

  /** Once, when the element is first seen (half of it in view, the page visible, for a second; see `onFirstSight`): `{ view: 'tipping-point', factorId }`. */
  "onadvice-view"?: (e: CustomEvent<AdviceViewDetail>) => void;
  /** Native, from the band's slider while the person moves it. */
  oninput?: (e: CustomEvent<never>) => void;
  /** Native, from the band's slider when the person lets go (stays inside the shadow root, as native `change` does). */
  onchange?: (e: CustomEvent<never>) => void;
};

type AdviceWeightsElementProps = {
  /** Renders a title at this heading level (2–6). Without it, no title: the surrounding page gives one. */
  "heading-level"?: AdviceWeightsElement["headingLevel"];
  /** Highest value of every slider (the person's weight scale). Grows when a weight is higher. */
  max?: AdviceWeightsElement["max"];
  /** Step of every slider. */
  step?: AdviceWeightsElement["step"];

  /** Native, from a slider while the person moves it. */
  oninput?: (e: CustomEvent<never>) => void;
  /** Native, from a slider when the person lets go (stays inside the shadow root, as native `change` does). */
  onchange?: (e: CustomEvent<never>) => void;
};

export type CustomElements = {
  /**
   * The current advice and its price in one line that stays in reach, with a link to the full advice.
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--advice-bar-background-color** - Background of the bar. _(default: undefined)_
   * - **--advice-bar-color** - Text colour of the bar. _(default: undefined)_
   * - **--advice-bar-border-color** - Border of the bar. _(default: undefined)_
   * - **--advice-bar-border-radius** - Rounding of the bar. _(default: undefined)_
   * - **--advice-bar-box-shadow** - Shadow that lifts the bar off the page it floats over. _(default: undefined)_
   * - **--advice-bar-padding-block** - Space above and below the bar's content. _(default: undefined)_
   * - **--advice-bar-padding-inline** - Space before and after the bar's content. _(default: undefined)_
   * - **--advice-bar-heading-font-size** - Size of the line with the advice when it is a heading (`heading-level`). _(default: undefined)_
   * - **--advice-bar-intro-color** - Colour of the line above the option. _(default: undefined)_
   * - **--advice-bar-option-font-size** - Size of the best option's name. _(default: undefined)_
   * - **--advice-bar-option-color** - Colour of the best option's name. _(default: undefined)_
   * - **--advice-bar-link-color** - Colour of the link to the full advice. _(default: undefined)_
   * - **--advice-font-family** - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. _(default: undefined)_
   * - **--advice-font-size** - Base font size; then `--utrecht-document-font-size`. _(default: undefined)_
   * - **--advice-line-height** - Base line height; then `--utrecht-document-line-height`. _(default: undefined)_
   * - **--advice-color** - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. _(default: undefined)_
   * - **--advice-heading-font-family** - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. _(default: undefined)_
   * - **--advice-heading-font-weight** - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. _(default: undefined)_
   * - **--advice-heading-color** - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. _(default: undefined)_
   * - **--advice-primary-background-color** - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. _(default: undefined)_
   * - **--advice-primary-color** - Text colour on the primary colour; then `--utrecht-button-primary-action-color`. _(default: undefined)_
   * - **--advice-button-font-weight** - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. _(default: undefined)_
   * - **--advice-link-color** - Colour of links; then `--utrecht-link-color`, else the primary colour. _(default: undefined)_
   * - **--advice-muted-color** - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. _(default: undefined)_
   * - **--advice-border-color** - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. _(default: undefined)_
   * - **--advice-input-border-width** - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. _(default: undefined)_
   * - **--advice-input-border-radius** - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-surface-background-color** - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. _(default: undefined)_
   * - **--advice-subtle-background-color** - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. _(default: undefined)_
   * - **--advice-border-radius** - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-button-border-radius** - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. _(default: undefined)_
   * - **--advice-focus-outline-color** - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. _(default: undefined)_
   * - **--advice-focus-outline-width** - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. _(default: undefined)_
   * - **--advice-focus-outline-style** - Style of the focus outline; then `--utrecht-focus-outline-style`. _(default: undefined)_
   * - **--advice-focus-outline-offset** - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. _(default: undefined)_
   * - **--advice-error-color** - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. _(default: undefined)_
   * - **--advice-space** - Base spacing unit. _(default: undefined)_
   * - **--advice-option-N-color** - Colour of the N-th option of the model (1–8) in bands, charts and legends. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The bar.
   * - **heading** - The line with the advice, when `heading-level` is set (then it is a heading of that level).
   * - **intro** - "Our advice", or the scenario being viewed.
   * - **option** - The name of the best option.
   * - **status** - In place of the option: that the advice is being worked out, could not be, or that no option fits.
   * - **price** - The best option's price.
   * - **link** - The link to the full advice.
   */
  "advice-bar": DefineComponent<AdviceBarElementProps>;

  /**
   * One criterion of every option across a number question's range, as a chart and a table.
   * ---
   *
   *
   * ### **Events:**
   *  - **advice-view** - The chart was seen for the first time (`view: 'chart'`: half of it in view, the page visible, for a second; see `onFirstSight`), or the person opened the table (`view: 'chart-table'`); `detail` also has `factorId` and `criterionId`.
   * - **advice-error** - The model failed while the chart was worked out; `detail` has the `error`.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--advice-chart-height** - Height of the chart with its legend and axes. Default 22rem. _(default: undefined)_
   * - **--advice-chart-threshold-color** - Colour of the dashed lines where the advice changes. _(default: undefined)_
   * - **--advice-chart-marker-color** - Colour of the line at the person's answer. _(default: undefined)_
   * - **--advice-chart-grid-color** - Colour of the chart's grid lines. _(default: undefined)_
   * - **--advice-chart-heading-font-size** - Size of the heading. _(default: undefined)_
   * - **--advice-chart-key-font-size** - Size of the key under the chart. _(default: undefined)_
   * - **--advice-chart-toggle-pressed-background-color** - Background of the table button while the table is shown. _(default: undefined)_
   * - **--advice-chart-toggle-pressed-color** - Text colour of the table button while the table is shown. _(default: undefined)_
   * - **--advice-chart-table-max-height** - Tallest the table grows before it scrolls. Default 24rem. _(default: undefined)_
   * - **--advice-chart-table-border-color** - Border around the table. _(default: undefined)_
   * - **--advice-chart-table-row-border-color** - Line between the table's rows. _(default: undefined)_
   * - **--advice-chart-table-header-background-color** - Background of the table's header row. _(default: undefined)_
   * - **--advice-chart-table-row-current-background-color** - Background of the row of the person's answer. _(default: undefined)_
   * - **--advice-option-N-color** - Colour of the N-th option's line (1–8). _(default: undefined)_
   * - **--advice-font-family** - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. _(default: undefined)_
   * - **--advice-font-size** - Base font size; then `--utrecht-document-font-size`. _(default: undefined)_
   * - **--advice-line-height** - Base line height; then `--utrecht-document-line-height`. _(default: undefined)_
   * - **--advice-color** - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. _(default: undefined)_
   * - **--advice-heading-font-family** - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. _(default: undefined)_
   * - **--advice-heading-font-weight** - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. _(default: undefined)_
   * - **--advice-heading-color** - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. _(default: undefined)_
   * - **--advice-primary-background-color** - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. _(default: undefined)_
   * - **--advice-primary-color** - Text colour on the primary colour; then `--utrecht-button-primary-action-color`. _(default: undefined)_
   * - **--advice-button-font-weight** - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. _(default: undefined)_
   * - **--advice-link-color** - Colour of links; then `--utrecht-link-color`, else the primary colour. _(default: undefined)_
   * - **--advice-muted-color** - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. _(default: undefined)_
   * - **--advice-border-color** - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. _(default: undefined)_
   * - **--advice-input-border-width** - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. _(default: undefined)_
   * - **--advice-input-border-radius** - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-surface-background-color** - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. _(default: undefined)_
   * - **--advice-subtle-background-color** - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. _(default: undefined)_
   * - **--advice-border-radius** - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-button-border-radius** - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. _(default: undefined)_
   * - **--advice-focus-outline-color** - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. _(default: undefined)_
   * - **--advice-focus-outline-width** - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. _(default: undefined)_
   * - **--advice-focus-outline-style** - Style of the focus outline; then `--utrecht-focus-outline-style`. _(default: undefined)_
   * - **--advice-focus-outline-offset** - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. _(default: undefined)_
   * - **--advice-error-color** - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. _(default: undefined)_
   * - **--advice-space** - Base spacing unit. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The heading, when `heading-level` is set.
   * - **figure** - The chart with its key.
   * - **canvas-box** - The sized box around the canvas.
   * - **canvas** - The canvas the chart is drawn on.
   * - **key** - The line under the chart saying what the lines, rings and numbers mean.
   * - **marks** - The numbered list under the chart: where the advice changes and why (the lines cross, or the person's weights decide), and where the best line (the cheapest) changes.
   * - **range** - The sentence saying which part of the chart is shown around the person's answer.
   * - **range-toggle** - The "show the whole chart" button (pressed: everything is shown).
   * - **toggle** - The "show as table" button.
   * - **table-box** - The scrollable box around the table.
   * - **table** - The table with the chart's numbers.
   * - **status** - Loading and "not possible" messages.
   * - **error** - The error message with its retry button.
   */
  "advice-chart": DefineComponent<AdviceChartElementProps>;

  /**
   * A summary of the situation and advice to show an employee, with the contact options.
   * ---
   *
   *
   * ### **Events:**
   *  - **advice-handoff** - After each action: `detail.action` is `copy-link`, `copy-summary`, `print`, `share`, or `contact` (a link in the contact slot followed); `detail.ok` is false when the browser refused.
   * - **advice-view** - Once, with `detail.view` `handoff`, when the summary is first seen (half of it in view, the page visible, for a second; see `onFirstSight`). Seeing is not using: a study counts the hand-off as opened only on `advice-handoff`.
   * - **advice-error** - The model failed or timed out.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **Slots:**
   *  - **contact** - The organisation's contact options (phone, chat, desk). Without it a short default text is shown.
   *
   * ### **CSS Properties:**
   *  - **--advice-handoff-gap** - Space between the parts. _(default: undefined)_
   * - **--advice-handoff-heading-font-size** - Size of the title. _(default: undefined)_
   * - **--advice-handoff-section-heading-font-size** - Size of the headings inside the summary. _(default: undefined)_
   * - **--advice-handoff-message-color** - Text of the confirmation message. _(default: undefined)_
   * - **--advice-handoff-fallback-background-color** - Background of the text field shown when copying was refused. _(default: undefined)_
   * - **--advice-handoff-fallback-border-color** - Border around that field and its help. _(default: undefined)_
   * - **--advice-handoff-summary-background-color** - Background of the summary. _(default: undefined)_
   * - **--advice-handoff-summary-border-color** - Border of the summary. _(default: undefined)_
   * - **--advice-handoff-summary-border-radius** - Corners of the summary. _(default: undefined)_
   * - **--advice-handoff-summary-padding** - Space inside the summary. _(default: undefined)_
   * - **--advice-handoff-best-color** - Text of the best option. _(default: undefined)_
   * - **--advice-handoff-link-color** - Links to options and references. _(default: undefined)_
   * - **--advice-handoff-tag-background-color** - Background of the "different from now" marker. _(default: undefined)_
   * - **--advice-handoff-tag-color** - Text of that marker. _(default: undefined)_
   * - **--advice-font-family** - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. _(default: undefined)_
   * - **--advice-font-size** - Base font size; then `--utrecht-document-font-size`. _(default: undefined)_
   * - **--advice-line-height** - Base line height; then `--utrecht-document-line-height`. _(default: undefined)_
   * - **--advice-color** - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. _(default: undefined)_
   * - **--advice-heading-font-family** - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. _(default: undefined)_
   * - **--advice-heading-font-weight** - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. _(default: undefined)_
   * - **--advice-heading-color** - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. _(default: undefined)_
   * - **--advice-primary-background-color** - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. _(default: undefined)_
   * - **--advice-primary-color** - Text colour on the primary colour; then `--utrecht-button-primary-action-color`. _(default: undefined)_
   * - **--advice-button-font-weight** - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. _(default: undefined)_
   * - **--advice-link-color** - Colour of links; then `--utrecht-link-color`, else the primary colour. _(default: undefined)_
   * - **--advice-muted-color** - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. _(default: undefined)_
   * - **--advice-border-color** - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. _(default: undefined)_
   * - **--advice-input-border-width** - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. _(default: undefined)_
   * - **--advice-input-border-radius** - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-surface-background-color** - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. _(default: undefined)_
   * - **--advice-subtle-background-color** - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. _(default: undefined)_
   * - **--advice-border-radius** - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-button-border-radius** - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. _(default: undefined)_
   * - **--advice-focus-outline-color** - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. _(default: undefined)_
   * - **--advice-focus-outline-width** - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. _(default: undefined)_
   * - **--advice-focus-outline-style** - Style of the focus outline; then `--utrecht-focus-outline-style`. _(default: undefined)_
   * - **--advice-focus-outline-offset** - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. _(default: undefined)_
   * - **--advice-error-color** - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. _(default: undefined)_
   * - **--advice-space** - Base spacing unit. _(default: undefined)_
   * - **--advice-option-N-color** - Colour of the N-th option of the model (1–8) in bands, charts and legends. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The title, only when `heading-level` is set.
   * - **actions** - The row of buttons.
   * - **action** - Each button: copy link, copy summary, print, share.
   * - **message** - The confirmation ("Link gekopieerd") or failure message.
   * - **fallback** - The selected text field shown when copying was refused.
   * - **summary** - The summary.
   * - **more-references** - The disclosure that holds the sources not behind this advice.
   * - **section** - Each part of the summary (situation, weights, advice, scenarios, contact, references).
   * - **section-heading** - The heading of each part.
   * - **best** - The best option.
   * - **tag** - The "different from now" marker of a scenario.
   * - **reference** - One reference in the list.
   * - **status** - Loading and empty messages.
   * - **error** - The error message with its retry button.
   */
  "advice-handoff": DefineComponent<AdviceHandoffElementProps>;

  /**
   * The root of an advice module: holds the state and gives it to the patterns inside.
   * ---
   *
   *
   * ### **Events:**
   *  - **advice-change** - The person changed something; `detail` has the `action`, the new `state` and the `result` (ranking).
   *
   * ### **Slots:**
   *  - _default_ - The pattern elements to show. With no children (a `<noscript>` message for pages without JavaScript does not count), a complete default layout of every pattern is rendered.
   * - **contact** - The organisation's contact options (phone, chat, desk), shown in the default layout's `<advice-handoff>`. Without it a short default text is shown.
   *
   * ### **CSS Properties:**
   *  - **--advice-module-gap** - Space between the parts of the default layout. _(default: undefined)_
   * - **--advice-module-max-width** - Widest the default layout grows. _(default: undefined)_
   * - **--advice-module-card-background-color** - Background of each part in the default layout. _(default: undefined)_
   * - **--advice-module-card-border-color** - Border of each part in the default layout. _(default: undefined)_
   * - **--advice-module-card-border-radius** - Rounding of each part in the default layout. _(default: undefined)_
   * - **--advice-module-card-padding** - Padding of each part in the default layout. _(default: undefined)_
   * - **--advice-module-heading-font-size** - Size of the section headings of the default layout. _(default: undefined)_
   * - **--advice-module-notice-background-color** - Background of the message about a link that could not all be used. _(default: undefined)_
   * - **--advice-module-notice-border-color** - Border of the message about a link that could not all be used. _(default: undefined)_
   * - **--advice-module-sticky-inset-block-start** - Distance from the top of the screen at which the advice bar and (wide) the questions column stick; the height of a sticky page header, if any. Default 0. _(default: undefined)_
   * - **--advice-module-bar-inset-block-end** - Distance from the bottom of the screen at which the advice bar sticks. Default 0.5rem. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper around the content.
   * - **layout** - The grid of the default layout.
   * - **aside** - The questions with the advice bar: on a wide screen the column that stays in view.
   * - **questions** - The card with the questions.
   * - **bar** - The `<advice-bar>` with the current advice, which stays in reach.
   * - **heading** - Each section heading of the default layout (level from `heading-level`).
   * - **error** - The message shown when the model cannot be used.
   * - **notice** - The message shown when a link's state could not all be used, with the answers to check.
   */
  "advice-module": DefineComponent<AdviceModuleElementProps>;

  /**
   * The questions about the person's situation.
   * ---
   *
   *
   * ### **Events:**
   *  - **advice-step** - The person moved to another question in step-by-step mode; `detail` has `step` (1-based), `total` and `factorId`.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--advice-questions-gap** - Space between questions. _(default: undefined)_
   * - **--advice-questions-heading-font-size** - Size of the title (with `heading-level`). _(default: undefined)_
   * - **--advice-questions-label-font-weight** - Weight of the question text. _(default: undefined)_
   * - **--advice-questions-help-color** - Colour of help texts. _(default: undefined)_
   * - **--advice-questions-slider-accent-color** - Colour of sliders, checkboxes and radio buttons. _(default: undefined)_
   * - **--advice-questions-input-background-color** - Background of text fields and lists. _(default: undefined)_
   * - **--advice-questions-input-border-color** - Border colour of text fields and lists. _(default: undefined)_
   * - **--advice-questions-input-border-radius** - Corner radius of text fields and lists. _(default: undefined)_
   * - **--advice-questions-input-invalid-border-color** - Border colour of a field whose value is not right. _(default: undefined)_
   * - **--advice-questions-unit-color** - Colour of the unit beside a number field. _(default: undefined)_
   * - **--advice-questions-error-color** - Colour of the message next to a field whose value is not right. _(default: undefined)_
   * - **--advice-questions-progress-accent-color** - Colour of the progress bar in step-by-step mode. _(default: undefined)_
   * - **--advice-questions-summary-border-color** - Lines between the answers in the summary. _(default: undefined)_
   * - **--advice-font-family** - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. _(default: undefined)_
   * - **--advice-font-size** - Base font size; then `--utrecht-document-font-size`. _(default: undefined)_
   * - **--advice-line-height** - Base line height; then `--utrecht-document-line-height`. _(default: undefined)_
   * - **--advice-color** - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. _(default: undefined)_
   * - **--advice-heading-font-family** - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. _(default: undefined)_
   * - **--advice-heading-font-weight** - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. _(default: undefined)_
   * - **--advice-heading-color** - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. _(default: undefined)_
   * - **--advice-primary-background-color** - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. _(default: undefined)_
   * - **--advice-primary-color** - Text colour on the primary colour; then `--utrecht-button-primary-action-color`. _(default: undefined)_
   * - **--advice-button-font-weight** - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. _(default: undefined)_
   * - **--advice-link-color** - Colour of links; then `--utrecht-link-color`, else the primary colour. _(default: undefined)_
   * - **--advice-muted-color** - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. _(default: undefined)_
   * - **--advice-border-color** - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. _(default: undefined)_
   * - **--advice-input-border-width** - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. _(default: undefined)_
   * - **--advice-input-border-radius** - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-surface-background-color** - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. _(default: undefined)_
   * - **--advice-subtle-background-color** - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. _(default: undefined)_
   * - **--advice-border-radius** - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-button-border-radius** - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. _(default: undefined)_
   * - **--advice-focus-outline-color** - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. _(default: undefined)_
   * - **--advice-focus-outline-width** - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. _(default: undefined)_
   * - **--advice-focus-outline-style** - Style of the focus outline; then `--utrecht-focus-outline-style`. _(default: undefined)_
   * - **--advice-focus-outline-offset** - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. _(default: undefined)_
   * - **--advice-error-color** - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. _(default: undefined)_
   * - **--advice-space** - Base spacing unit. _(default: undefined)_
   * - **--advice-option-N-color** - Colour of the N-th option of the model (1–8) in bands, charts and legends. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **question** - One question with its label, help, fields and message.
   * - **label** - The question text.
   * - **help** - The help text under a question.
   * - **slider** - The slider of a number question.
   * - **field** - A text field of a number question.
   * - **unit** - The unit beside a number field.
   * - **not-sure** - The "I'm not sure" checkbox with its label.
   * - **range** - The "between … and …" fields of an uncertain answer.
   * - **choices** - The radio buttons of a choice or yes/no question.
   * - **select** - The list of a choice question with many choices.
   * - **error-message** - The message next to a field whose value is not right.
   * - **progress** - The progress text and bar in step-by-step mode.
   * - **navigation** - The back and next buttons in step-by-step mode.
   * - **summary** - The overview of all answers after the last step.
   * - **heading** - The title, when `heading-level` is set.
   */
  "advice-questions": DefineComponent<AdviceQuestionsElementProps>;

  /**
   * The advice: the best option, how sure it is, and why.
   * ---
   *
   *
   * ### **Events:**
   *  - **advice-view** - The person opened the explanation (`view: 'why'`) or the comparison of all options (`view: 'ranking'`).
   * - **advice-error** - The model failed or timed out; the element shows a message with a retry button.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--advice-result-gap** - Space between the parts. _(default: undefined)_
   * - **--advice-result-heading-font-size** - Size of the headings of the parts. _(default: undefined)_
   * - **--advice-result-best-background-color** - Background of the best option. _(default: undefined)_
   * - **--advice-result-best-border-color** - Accent line beside the best option. _(default: undefined)_
   * - **--advice-result-best-label-font-size** - Size of the best option's name. _(default: undefined)_
   * - **--advice-result-best-label-color** - Colour of the best option's name. _(default: undefined)_
   * - **--advice-result-link-color** - Colour of links. _(default: undefined)_
   * - **--advice-result-details-border-color** - Border of the disclosures (why, all options). _(default: undefined)_
   * - **--advice-result-bar-background-color** - Fill of the bars: the points gained. _(default: undefined)_
   * - **--advice-result-bar-possible-border-color** - Outline of the points a criterion could give at most. _(default: undefined)_
   * - **--advice-result-bar-track-background-color** - Track behind the bars. _(default: undefined)_
   * - **--advice-result-none-border-color** - Border of the message when no option fits. _(default: undefined)_
   * - **--advice-option-N-color** - Colour of the n-th option (1-based) in the comparison bars. _(default: undefined)_
   * - **--advice-font-family** - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. _(default: undefined)_
   * - **--advice-font-size** - Base font size; then `--utrecht-document-font-size`. _(default: undefined)_
   * - **--advice-line-height** - Base line height; then `--utrecht-document-line-height`. _(default: undefined)_
   * - **--advice-color** - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. _(default: undefined)_
   * - **--advice-heading-font-family** - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. _(default: undefined)_
   * - **--advice-heading-font-weight** - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. _(default: undefined)_
   * - **--advice-heading-color** - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. _(default: undefined)_
   * - **--advice-primary-background-color** - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. _(default: undefined)_
   * - **--advice-primary-color** - Text colour on the primary colour; then `--utrecht-button-primary-action-color`. _(default: undefined)_
   * - **--advice-button-font-weight** - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. _(default: undefined)_
   * - **--advice-link-color** - Colour of links; then `--utrecht-link-color`, else the primary colour. _(default: undefined)_
   * - **--advice-muted-color** - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. _(default: undefined)_
   * - **--advice-border-color** - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. _(default: undefined)_
   * - **--advice-input-border-width** - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. _(default: undefined)_
   * - **--advice-input-border-radius** - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-surface-background-color** - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. _(default: undefined)_
   * - **--advice-subtle-background-color** - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. _(default: undefined)_
   * - **--advice-border-radius** - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-button-border-radius** - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. _(default: undefined)_
   * - **--advice-focus-outline-color** - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. _(default: undefined)_
   * - **--advice-focus-outline-width** - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. _(default: undefined)_
   * - **--advice-focus-outline-style** - Style of the focus outline; then `--utrecht-focus-outline-style`. _(default: undefined)_
   * - **--advice-focus-outline-offset** - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. _(default: undefined)_
   * - **--advice-error-color** - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. _(default: undefined)_
   * - **--advice-space** - Base spacing unit. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **best** - The best option with its description, values, notes and link.
   * - **best-label** - The name of the best option.
   * - **values** - The best option's value on each criterion.
   * - **notes** - Remarks that go with the best option.
   * - **link** - The link to the best option's page.
   * - **cost** - Under the advice: that it is the cheapest option, or which option is cheaper, by how much, and what the advice gives for it.
   * - **scenario** - The notice that the advice belongs to a scenario, with the way back to the person's own situation.
   * - **sure** - How sure the advice is.
   * - **flips** - What would change the advice.
   * - **why** - The explanation per criterion (a disclosure).
   * - **bar** - A bar showing the points a criterion gives.
   * - **ranking** - Every option compared (a disclosure).
   * - **option-notes** - The model's remarks on an option in the comparison, such as that its price is an example.
   * - **none** - The message when no option fits.
   * - **status** - The loading message.
   * - **error** - The error message with its retry button.
   * - **heading** - The title, when `heading-level` is set.
   */
  "advice-result": DefineComponent<AdviceResultElementProps>;

  /**
   * "What if": scenarios compared side by side with the person's own situation.
   * ---
   *
   *
   * ### **Events:**
   *  - **advice-error** - The model failed or timed out while comparing (bubbles from the element).
   * - **advice-view** - The comparison of the scenarios was on screen for the first time (`view`: `scenarios`).
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--advice-scenarios-gap** - Space between the parts. _(default: undefined)_
   * - **--advice-scenarios-heading-font-size** - Size of the title. _(default: undefined)_
   * - **--advice-scenarios-banner-background-color** - Background of the "you are viewing" banner. _(default: undefined)_
   * - **--advice-scenarios-banner-border-color** - Edge of the banner. _(default: undefined)_
   * - **--advice-scenarios-item-background-color** - Background of a scenario. _(default: undefined)_
   * - **--advice-scenarios-item-border-color** - Border of a scenario. _(default: undefined)_
   * - **--advice-scenarios-item-border-radius** - Corners of a scenario. _(default: undefined)_
   * - **--advice-scenarios-item-padding** - Space inside a scenario. _(default: undefined)_
   * - **--advice-scenarios-item-active-border-color** - Border of the scenario being viewed. _(default: undefined)_
   * - **--advice-scenarios-item-active-color** - Text "you are viewing this scenario". _(default: undefined)_
   * - **--advice-scenarios-input-background-color** - Background of the fields. _(default: undefined)_
   * - **--advice-scenarios-input-border-color** - Border of the fields. _(default: undefined)_
   * - **--advice-scenarios-input-border-radius** - Corners of the fields. _(default: undefined)_
   * - **--advice-scenarios-notice-background-color** - Background of the undo message. _(default: undefined)_
   * - **--advice-scenarios-notice-border-color** - Border of the undo message. _(default: undefined)_
   * - **--advice-scenarios-table-border-color** - Lines of the comparison table. _(default: undefined)_
   * - **--advice-scenarios-table-header-background-color** - Background of the column headers. _(default: undefined)_
   * - **--advice-scenarios-changed-background-color** - Background of a cell that differs from the person's own situation. _(default: undefined)_
   * - **--advice-scenarios-tag-background-color** - Background of the "changed" tag. _(default: undefined)_
   * - **--advice-scenarios-tag-color** - Text of the "changed" tag. _(default: undefined)_
   * - **--advice-font-family** - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. _(default: undefined)_
   * - **--advice-font-size** - Base font size; then `--utrecht-document-font-size`. _(default: undefined)_
   * - **--advice-line-height** - Base line height; then `--utrecht-document-line-height`. _(default: undefined)_
   * - **--advice-color** - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. _(default: undefined)_
   * - **--advice-heading-font-family** - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. _(default: undefined)_
   * - **--advice-heading-font-weight** - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. _(default: undefined)_
   * - **--advice-heading-color** - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. _(default: undefined)_
   * - **--advice-primary-background-color** - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. _(default: undefined)_
   * - **--advice-primary-color** - Text colour on the primary colour; then `--utrecht-button-primary-action-color`. _(default: undefined)_
   * - **--advice-button-font-weight** - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. _(default: undefined)_
   * - **--advice-link-color** - Colour of links; then `--utrecht-link-color`, else the primary colour. _(default: undefined)_
   * - **--advice-muted-color** - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. _(default: undefined)_
   * - **--advice-border-color** - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. _(default: undefined)_
   * - **--advice-input-border-width** - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. _(default: undefined)_
   * - **--advice-input-border-radius** - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-surface-background-color** - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. _(default: undefined)_
   * - **--advice-subtle-background-color** - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. _(default: undefined)_
   * - **--advice-border-radius** - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-button-border-radius** - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. _(default: undefined)_
   * - **--advice-focus-outline-color** - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. _(default: undefined)_
   * - **--advice-focus-outline-width** - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. _(default: undefined)_
   * - **--advice-focus-outline-style** - Style of the focus outline; then `--utrecht-focus-outline-style`. _(default: undefined)_
   * - **--advice-focus-outline-offset** - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. _(default: undefined)_
   * - **--advice-error-color** - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. _(default: undefined)_
   * - **--advice-space** - Base spacing unit. _(default: undefined)_
   * - **--advice-option-N-color** - Colour of the N-th option of the model (1–8) in bands, charts and legends. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The title, only when `heading-level` is set.
   * - **banner** - The notice shown while a scenario is being viewed, with the way back.
   * - **list** - The list of the person's scenarios.
   * - **scenario** - One scenario in the list.
   * - **scenario-active** - The scenario being viewed (also has part `scenario`).
   * - **actions** - The buttons of one scenario.
   * - **editor** - The name field and the changes of one scenario.
   * - **notice** - The message after removing a scenario, with the undo button.
   * - **undo** - The undo button.
   * - **add** - The button that adds a blank scenario.
   * - **suggestions** - The model's suggested scenarios.
   * - **suggestion** - One suggestion button.
   * - **comparison** - The comparison: verdict and table.
   * - **verdict** - "The advice is the same in every scenario" or how many differ.
   * - **table-wrapper** - The scrolling box around the table.
   * - **table** - The comparison table.
   * - **tag** - The "changed" tag on a value that differs from the person's own situation.
   * - **status** - Loading and empty messages.
   * - **error** - The error message with its retry button.
   */
  "advice-scenarios": DefineComponent<AdviceScenariosElementProps>;

  /**
   * Where the advice changes along one number question.
   * ---
   *
   *
   * ### **Events:**
   *  - **advice-view** - Once, when the element is first seen (half of it in view, the page visible, for a second; see `onFirstSight`): `{ view: 'tipping-point', factorId }`.
   * - **input** - Native, from the band's slider while the person moves it.
   * - **change** - Native, from the band's slider when the person lets go (stays inside the shadow root, as native `change` does).
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--advice-tipping-point-heading-font-size** - Size of the title (with `heading-level`). _(default: undefined)_
   * - **--advice-tipping-point-band-height** - Height of the band. _(default: undefined)_
   * - **--advice-tipping-point-band-border-color** - Border around the band and between segments. _(default: undefined)_
   * - **--advice-tipping-point-segment-color** - Text of the option's name inside a segment. _(default: undefined)_
   * - **--advice-tipping-point-segment-none-background-color** - Segments where no option is open. _(default: undefined)_
   * - **--advice-tipping-point-thumb-width** - Width of the slider's handle. _(default: undefined)_
   * - **--advice-tipping-point-thumb-background-color** - Fill of the slider's handle. _(default: undefined)_
   * - **--advice-tipping-point-thumb-border-color** - Border of the slider's handle. _(default: undefined)_
   * - **--advice-tipping-point-thumb-focus-border-color** - Ring around the focused handle. _(default: undefined)_
   * - **--advice-tipping-point-marker-background-color** - Fill of the mark at the person's answer. _(default: undefined)_
   * - **--advice-tipping-point-marker-color** - Text of the mark at the person's answer. _(default: undefined)_
   * - **--advice-tipping-point-range-border-color** - Outline of an uncertain answer's range. _(default: undefined)_
   * - **--advice-tipping-point-threshold-color** - Ticks and labels of the thresholds. _(default: undefined)_
   * - **--advice-tipping-point-alternative-current-border-color** - Border of the person's own value in the choice list. _(default: undefined)_
   * - **--advice-font-family** - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. _(default: undefined)_
   * - **--advice-font-size** - Base font size; then `--utrecht-document-font-size`. _(default: undefined)_
   * - **--advice-line-height** - Base line height; then `--utrecht-document-line-height`. _(default: undefined)_
   * - **--advice-color** - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. _(default: undefined)_
   * - **--advice-heading-font-family** - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. _(default: undefined)_
   * - **--advice-heading-font-weight** - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. _(default: undefined)_
   * - **--advice-heading-color** - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. _(default: undefined)_
   * - **--advice-primary-background-color** - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. _(default: undefined)_
   * - **--advice-primary-color** - Text colour on the primary colour; then `--utrecht-button-primary-action-color`. _(default: undefined)_
   * - **--advice-button-font-weight** - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. _(default: undefined)_
   * - **--advice-link-color** - Colour of links; then `--utrecht-link-color`, else the primary colour. _(default: undefined)_
   * - **--advice-muted-color** - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. _(default: undefined)_
   * - **--advice-border-color** - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. _(default: undefined)_
   * - **--advice-input-border-width** - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. _(default: undefined)_
   * - **--advice-input-border-radius** - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-surface-background-color** - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. _(default: undefined)_
   * - **--advice-subtle-background-color** - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. _(default: undefined)_
   * - **--advice-border-radius** - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-button-border-radius** - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. _(default: undefined)_
   * - **--advice-focus-outline-color** - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. _(default: undefined)_
   * - **--advice-focus-outline-width** - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. _(default: undefined)_
   * - **--advice-focus-outline-style** - Style of the focus outline; then `--utrecht-focus-outline-style`. _(default: undefined)_
   * - **--advice-focus-outline-offset** - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. _(default: undefined)_
   * - **--advice-error-color** - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. _(default: undefined)_
   * - **--advice-space** - Base spacing unit. _(default: undefined)_
   * - **--advice-option-N-color** - Colour of the N-th option of the model (1–8) in bands, charts and legends. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The title (the factor's question), when `heading-level` is set.
   * - **try-label** - The visible name of the band's slider or of the list of other answers.
   * - **label** - The factor's question, when there is no title.
   * - **band** - The band: marker, segments, slider and axis.
   * - **segment** - One stretch of the band with one best option.
   * - **segment-label** - The option's name inside a segment.
   * - **marker** - The mark at the person's answer, with its value.
   * - **range** - The mark of an uncertain answer ("between 8 and 12").
   * - **threshold** - A threshold's tick and label on the axis.
   * - **legend** - The options shown in the band, with their colour and pattern.
   * - **summary** - The text equivalent: one line per segment.
   * - **alternatives** - Choice and yes/no factors: the list of values.
   * - **alternative** - One value's button.
   * - **note** - Remarks under the band (your answer, estimates).
   * - **reasons** - Why the advice changes at each threshold: a price crossing, or the person's weights.
   * - **status** - Loading, empty and unknown-factor messages.
   * - **error** - The error message with its retry button.
   */
  "advice-tipping-point": DefineComponent<AdviceTippingPointElementProps>;

  /**
   * How much each criterion matters to the person.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - Native, from a slider while the person moves it.
   * - **change** - Native, from a slider when the person lets go (stays inside the shadow root, as native `change` does).
   *
   * ### **Methods:**
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--advice-weights-heading-font-size** - Size of the title (with `heading-level`). _(default: undefined)_
   * - **--advice-weights-thumb-size** - Diameter of a slider's handle. _(default: undefined)_
   * - **--advice-weights-thumb-background-color** - Fill of a slider's handle. _(default: undefined)_
   * - **--advice-weights-thumb-border-color** - Ring around a slider's handle. _(default: undefined)_
   * - **--advice-weights-thumb-focus-border-color** - Ring around a focused slider's handle. _(default: undefined)_
   * - **--advice-weights-track-height** - Thickness of a slider's track. _(default: undefined)_
   * - **--advice-weights-track-background-color** - Fill of a slider's track. _(default: undefined)_
   * - **--advice-weights-track-border-color** - Border of a slider's track. _(default: undefined)_
   * - **--advice-weights-band-background-color** - Fill of the stretch where the advice stays the same. _(default: undefined)_
   * - **--advice-weights-band-border-color** - Border of the stretch where the advice stays the same. _(default: undefined)_
   * - **--advice-weights-preset-pressed-background-color** - Fill of the preset that matches the current weights. _(default: undefined)_
   * - **--advice-weights-preset-pressed-color** - Text of the preset that matches the current weights. _(default: undefined)_
   * - **--advice-weights-criterion-gap** - Space between the criteria. _(default: undefined)_
   * - **--advice-font-family** - Font of every element; then `--utrecht-document-font-family`, `--basis-text-font-family-default`, else the page's font. _(default: undefined)_
   * - **--advice-font-size** - Base font size; then `--utrecht-document-font-size`. _(default: undefined)_
   * - **--advice-line-height** - Base line height; then `--utrecht-document-line-height`. _(default: undefined)_
   * - **--advice-color** - Text colour; then `--utrecht-document-color`, `--basis-color-default-color-document`, else the page's colour. _(default: undefined)_
   * - **--advice-heading-font-family** - Font of headings; then `--utrecht-heading-font-family`, `--basis-heading-font-family`, else the text's font. _(default: undefined)_
   * - **--advice-heading-font-weight** - Weight of headings; then `--utrecht-heading-font-weight`, `--basis-heading-font-weight`. _(default: undefined)_
   * - **--advice-heading-color** - Colour of headings; then `--utrecht-heading-color`, `--basis-heading-color`, else the text colour. _(default: undefined)_
   * - **--advice-primary-background-color** - Colour of primary buttons, active controls and the advice; then `--utrecht-button-primary-action-background-color`. Tints (the advice's background, the weights' bands) are mixed from it and the surface. _(default: undefined)_
   * - **--advice-primary-color** - Text colour on the primary colour; then `--utrecht-button-primary-action-color`. _(default: undefined)_
   * - **--advice-button-font-weight** - Weight of button text; then `--utrecht-button-font-weight`, else the text's weight. _(default: undefined)_
   * - **--advice-link-color** - Colour of links; then `--utrecht-link-color`, else the primary colour. _(default: undefined)_
   * - **--advice-muted-color** - Colour of secondary text (at least 4.5:1 on the background); then `--utrecht-form-field-description-color`, `--basis-color-default-color-subtle`. _(default: undefined)_
   * - **--advice-border-color** - Colour of control borders (at least 3:1 on the background); then `--utrecht-form-control-border-color`, `--utrecht-textbox-border-color`, `--basis-color-default-border-default`. Quiet dividers are mixed from it and the surface. _(default: undefined)_
   * - **--advice-input-border-width** - Border width of text fields and selects; then `--utrecht-form-control-border-width`, `--utrecht-textbox-border-width`. _(default: undefined)_
   * - **--advice-input-border-radius** - Rounding of text fields and selects; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-surface-background-color** - Background of cards and controls; then `--utrecht-form-control-background-color`, `--utrecht-document-background-color`. _(default: undefined)_
   * - **--advice-subtle-background-color** - Background of quiet areas such as tracks and table stripes; then `--basis-color-default-bg-subtle`, else a mix of the text colour and the surface. _(default: undefined)_
   * - **--advice-border-radius** - Rounding of cards and controls; then `--utrecht-form-control-border-radius`, `--utrecht-textbox-border-radius`. _(default: undefined)_
   * - **--advice-button-border-radius** - Rounding of buttons; then `--utrecht-button-border-radius`, else `--advice-border-radius`. _(default: undefined)_
   * - **--advice-focus-outline-color** - Colour of the focus outline; then `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. _(default: undefined)_
   * - **--advice-focus-outline-width** - Width of the focus outline; then `--utrecht-focus-outline-width`, `--basis-focus-outline-width`. _(default: undefined)_
   * - **--advice-focus-outline-style** - Style of the focus outline; then `--utrecht-focus-outline-style`. _(default: undefined)_
   * - **--advice-focus-outline-offset** - Gap between a focused control and its outline; then `--utrecht-focus-outline-offset`. _(default: undefined)_
   * - **--advice-error-color** - Colour of error messages and borders; then `--utrecht-form-field-error-message-color`, `--utrecht-feedback-danger-color`. _(default: undefined)_
   * - **--advice-space** - Base spacing unit. _(default: undefined)_
   * - **--advice-option-N-color** - Colour of the N-th option of the model (1–8) in bands, charts and legends. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The title, when `heading-level` is set.
   * - **presets** - The group of preset buttons.
   * - **preset** - One preset button.
   * - **criterion** - One criterion: label, share, slider and sentence.
   * - **label** - A criterion's label.
   * - **share** - A criterion's share of the total ("75 %").
   * - **slider** - The slider: track, band and native range input.
   * - **track** - A slider's track.
   * - **band** - The stretch of a track within which the advice stays the same.
   * - **stability** - The sentence saying how far the weight may move.
   * - **reset** - The reset button.
   * - **status** - Loading and empty messages.
   * - **error** - The error message with its retry button.
   */
  "advice-weights": DefineComponent<AdviceWeightsElementProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
