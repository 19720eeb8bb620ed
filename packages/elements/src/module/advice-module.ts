import {
  type AdviceModel,
  type AdviceState,
  type AdviceStore,
  activeSituation,
  activeWeights,
  createAssessmentCache,
  createStore,
  encodeState,
  initialState,
  type Locale,
  localize,
  type NumberFactor,
  type RankResult,
  rank,
  readState,
  type StateProblem,
  validateModel,
} from '@advice-kit/core';
import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { type AdviceAction, type AdviceContext, adviceContext, engineOptions } from '../shared/context.js';
import { Evaluation } from '../shared/controllers.js';
import { emit } from '../shared/events.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { resolveLocale } from '../shared/locale.js';
import { type AdvicePart, partTag } from '../shared/registry.js';
import { baseStyles } from '../shared/styles.js';
import { directionOf, TranslationsController } from '../shared/translations.js';
import { moduleStrings } from './advice-module.strings.js';
import { moduleStyles } from './advice-module.styles.js';
import { stageLaterParts } from './later-parts.js';
import { renderLinkNotice } from './link-notice.js';

/** Whether a child is content for the module to show instead of its default layout; a `<noscript>` fallback, `<template>` or `<script>` is not. */
function isContent(child: Element): boolean {
  return !['NOSCRIPT', 'TEMPLATE', 'SCRIPT'].includes(child.tagName) && !child.slot;
}

/** How long the state must stay unchanged before it is written to the URL, in ms. */
const URL_WRITE_DELAY = 150;
/** At most this long (ms) the default layout stays invisible while its parts render their first time. */
const REVEAL_LIMIT = 1000;

/**
 * The root of an advice module: holds the person's answers, weights and
 * scenarios, and gives them to the pattern elements inside it.
 *
 * @summary The root of an advice module: holds the state and gives it to the patterns inside.
 *
 * @slot - The pattern elements to show. With no children (a `<noscript>` message for pages without JavaScript does not count), a complete default layout of every pattern is rendered.
 * @slot contact - The organisation's contact options (phone, chat, desk), shown in the default layout's `<advice-handoff>`. Without it a short default text is shown.
 *
 * @event {CustomEvent<AdviceChangeDetail>} advice-change - The person changed something; `detail` has the `action`, the new `state` and the `result` (ranking).
 *
 * @csspart base - The wrapper around the content.
 * @csspart layout - The grid of the default layout.
 * @csspart aside - The questions with the advice bar: on a wide screen the column that stays in view.
 * @csspart questions - The card with the questions.
 * @csspart bar - The `<advice-bar>` with the current advice, which stays in reach.
 * @csspart heading - Each section heading of the default layout (level from `heading-level`).
 * @csspart error - The message shown when the model cannot be used.
 * @csspart notice - The message shown when a link's state could not all be used, with the answers to check.
 *
 * @cssproperty --advice-module-gap - Space between the parts of the default layout.
 * @cssproperty --advice-module-max-width - Widest the default layout grows.
 * @cssproperty --advice-module-card-background-color - Background of each part in the default layout.
 * @cssproperty --advice-module-card-border-color - Border of each part in the default layout.
 * @cssproperty --advice-module-card-border-radius - Rounding of each part in the default layout.
 * @cssproperty --advice-module-card-padding - Padding of each part in the default layout.
 * @cssproperty --advice-module-heading-font-size - Size of the section headings of the default layout.
 * @cssproperty --advice-module-notice-background-color - Background of the message about a link that could not all be used.
 * @cssproperty --advice-module-notice-border-color - Border of the message about a link that could not all be used.
 * @cssproperty --advice-module-sticky-inset-block-start - Distance from the top of the screen at which the advice bar and (wide) the questions column stick; the height of a sticky page header, if any. Default 0.
 * @cssproperty --advice-module-bar-inset-block-end - Distance from the bottom of the screen at which the advice bar sticks. Default 0.5rem.
 */
export class AdviceModuleElement extends LitElement {
  static override styles = [baseStyles, moduleStyles];

  /** The advice model (facts). Set as a property: `.model=${model}`. */
  @property({ attribute: false }) model: AdviceModel | undefined;

  /** A language the kit speaks: `nl`, `en`, or one registered with `registerTranslation`. Default: the nearest `lang` attribute, else Dutch. */
  @property({ reflect: true }) locale: string | undefined;

  /** Keeps the state in the URL hash and restores it on load, so a link shows the same advice. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** Default layout's questions: `all` on one page, or `stepwise`, one at a time. */
  @property() layout: 'all' | 'stepwise' = 'all';

  /** Longest wait for an asynchronous model, in ms. */
  @property({ type: Number }) timeout = 10_000;

  /** Default layout: the number factors (ids, space-separated) that get a tipping point and the chart. Default: every explorable number factor. */
  @property({ attribute: 'explore-factors' }) exploreFactors: string | undefined;

  /** Level (2–6) of the default layout's section headings, to fit the page's outline; the tipping points' headings are one lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private hasChildren = false;
  @state() private attempt = 0;
  @state() private langTick = 0;
  /** Whether every element of the default layout has rendered once (until then the layout is invisible). */
  @state() private layoutShown = false;

  private store: AdviceStore | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly provider = new ContextProvider(this, { context: adviceContext });
  /** Renders again when a language arrives (English loads when first asked for). */
  protected readonly translations = new TranslationsController(this);
  private cache = createAssessmentCache();
  private pendingAction: AdviceAction | undefined;
  private writtenHash: string | undefined;
  private langObserver: MutationObserver | undefined;
  private problems: string[] = [];
  /** What the URL's state held that could not be used; shown until the person changes something. */
  @state() private linkProblems: readonly StateProblem[] = [];
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private revealing = false;

  private readonly ranking = new Evaluation<RankResult>(
    this,
    (signal) => {
      const ctx = this.provider.value;
      if (!ctx || !this.store) return null;
      const s = this.store.getState();
      return rank(ctx.model, activeSituation(ctx.model, s), activeWeights(s), engineOptions(ctx, signal));
    },
    () => [this.provider.value, this.store?.getState()],
    (result) => {
      const action = this.pendingAction;
      if (!action || !result || !this.store) return;
      this.pendingAction = undefined;
      emit(this, 'advice-change', { action, state: this.store.getState(), result });
    },
  );

  /** The current state: situation, weights, scenarios, active scenario. Setting it changes the advice without an `advice-change` event. */
  get state(): AdviceState | undefined {
    return this.store?.getState();
  }

  set state(value: AdviceState | undefined) {
    if (value && this.store) this.store.setState(value);
  }

  /** The latest ranking of the situation being looked at. */
  get result(): RankResult | undefined {
    return this.ranking.value;
  }

  /** The language in use. */
  get resolvedLocale(): Locale {
    return resolveLocale(this, this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasChildren = Array.from(this.children).some(isContent);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('pagehide', this.flushUrl);
    this.langObserver = new MutationObserver(() => this.langTick++);
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('pagehide', this.flushUrl);
    if (this.urlTimer !== undefined) this.flushUrl();
    this.langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('model')) this.setUpModel();
    if (changed.has('urlState') && this.urlState && this.store && this.model) this.restoreFromUrl();
    const model = this.model;
    if (!model || !this.store || this.problems.length > 0) {
      this.provider.setValue(undefined);
      return;
    }
    const locale = this.resolvedLocale;
    const current = this.provider.value;
    if (
      !current ||
      current.model !== model ||
      current.store !== this.store ||
      current.locale !== locale ||
      current.timeout !== this.timeout ||
      current.attempt !== this.attempt
    ) {
      const ctx: AdviceContext = {
        model,
        store: this.store,
        locale,
        cache: this.cache,
        timeout: this.timeout,
        attempt: this.attempt,
        act: (action, change) => {
          if (!this.store) return;
          if (this.linkProblems.length > 0) this.linkProblems = [];
          const before = this.store.getState();
          change(this.store);
          if (this.store.getState() !== before) this.pendingAction = action;
        },
        retry: () => {
          this.attempt++;
        },
      };
      this.provider.setValue(ctx);
    }
  }

  private setUpModel(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.cache = createAssessmentCache();
    const model = this.model;
    if (!model) return;
    const problems = validateModel(model);
    this.problems = problems.map((p) => `${p.path}: ${p.message}`);
    if (problems.length > 0) {
      console.error(`<advice-module>: the model has problems:\n${this.problems.join('\n')}`);
      return;
    }
    this.store = createStore(model, this.urlState ? this.readUrl(model) : initialState(model));
    this.unsubscribe = this.store.subscribe(() => {
      this.scheduleUrlWrite();
      this.requestUpdate();
    });
  }

  /** The state in the URL hash; what in it could not be used is kept to tell the person. */
  private readUrl(model: AdviceModel): AdviceState {
    const hash = window.location.hash;
    if (hash.length <= 1) return initialState(model);
    const { state, problems } = readState(model, hash);
    this.linkProblems = problems;
    return state;
  }

  private restoreFromUrl(): void {
    if (!this.store || !this.model) return;
    if (window.location.hash.length > 1) this.store.setState(this.readUrl(this.model));
    else this.writeUrl(this.store.getState());
  }

  /**
   * Writes the state to the URL once the person pauses (URL_WRITE_DELAY):
   * `history.replaceState` costs a few milliseconds, and Chromium ignores it
   * after 200 calls in 10 seconds, which a slider drag would reach.
   */
  private scheduleUrlWrite(): void {
    if (!this.urlState) return;
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(this.flushUrl, URL_WRITE_DELAY);
  }

  private readonly flushUrl = (): void => {
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    if (this.store) this.writeUrl(this.store.getState());
  };

  private writeUrl(s: AdviceState): void {
    if (!this.urlState || !this.model) return;
    const hash = `#${encodeState(this.model, s)}`;
    if (hash === window.location.hash) return;
    this.writtenHash = hash;
    history.replaceState(history.state, '', hash);
  }

  private readonly onHashChange = (): void => {
    if (!this.urlState || !this.model || !this.store) return;
    clearTimeout(this.urlTimer); // the address bar wins over a write still waiting
    this.urlTimer = undefined;
    if (window.location.hash === this.writtenHash) return;
    this.store.setState(this.readUrl(this.model));
  };

  private readonly onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasChildren = slot.assignedElements().some(isContent);
  };

  /** The number factors that get a tipping point in the default layout. */
  private exploredFactors(model: AdviceModel): NumberFactor[] {
    const numbers = model.factors.filter((f): f is NumberFactor => f.kind === 'number' && f.explorable !== false);
    const wanted = (this.exploreFactors ?? '').split(/[\s,]+/).filter(Boolean);
    return wanted.length === 0 ? numbers : wanted.flatMap((id) => numbers.filter((f) => f.id === id));
  }

  private renderDefaultLayout(locale: Locale) {
    const model = this.model;
    if (!model) return nothing;
    const strings = moduleStrings(locale);
    const explored = this.exploredFactors(model);
    const firstCriterion = model.criteria[0];
    const level = headingLevel(this.headingLevel);
    // Reading order is the order on a phone; wider layouts place the questions beside the rest.
    // The advice bar follows the questions: on a phone it sticks to the bottom of the screen while the
    // questions are answered, and to the top while the person explores below the advice; on a wide
    // screen it sits under the questions, which stay in view beside the rest.
    // Each part is rendered under the tag its class is defined under (see shared/registry.ts).
    const tag = (part: AdvicePart) => unsafeStatic(partTag(part));
    return staticHtml`<div class="layout" part="layout" data-advice-staged=${this.layoutShown ? nothing : ''}>
      <div class="aside" part="aside">
        <section class="card questions" part="questions" aria-labelledby="questions-title">
          ${renderHeading(level, strings.questions, 'questions-title')}
          <${tag('questions')} layout=${this.layout}></${tag('questions')}>
        </section>
        <${tag('bar')} class="bar" part="bar" href="#result-title" quiet></${tag('bar')}>
      </div>
      <section class="card result" aria-labelledby="result-title">
        ${renderHeading(level, strings.result, 'result-title', { focusable: true })}
        <${tag('result')}></${tag('result')}>
      </section>
      <section class="card" aria-labelledby="weights-title">
        ${renderHeading(level, strings.weights, 'weights-title')}
        <${tag('weights')}></${tag('weights')}>
      </section>
      ${
        explored.length > 0
          ? staticHtml`<section class="card" aria-labelledby="tipping-title">
            ${renderHeading(level, strings.tippingPoints, 'tipping-title')}
            <div class="stack">
              ${explored.map((f) => staticHtml`<${tag('tipping-point')} factor=${f.id} heading-level=${Math.min(level + 1, 6)}></${tag('tipping-point')}>`)}
            </div>
          </section>`
          : nothing
      }
      <section class="card" aria-labelledby="scenarios-title">
        ${renderHeading(level, strings.scenarios, 'scenarios-title')}
        <${tag('scenarios')}></${tag('scenarios')}>
      </section>
      ${
        explored[0] && firstCriterion
          ? staticHtml`<section class="card" aria-labelledby="chart-title">
            ${renderHeading(level, strings.chart(localize(firstCriterion.label, locale)), 'chart-title')}
            <${tag('chart')} factor=${explored[0].id} criterion=${firstCriterion.id}></${tag('chart')}>
          </section>`
          : nothing
      }
      <section class="card" aria-labelledby="handoff-title">
        ${renderHeading(level, strings.handoff, 'handoff-title')}
        <${tag('handoff')}
          ><slot name="contact" slot="contact"><p class="contact-default">${strings.contactDefault}</p></slot></${tag('handoff')}
        >
      </section>
    </div>`;
  }

  /**
   * Each element of the default layout renders its first time in a task of
   * its own (STAGED, see AdviceElement), so a phone stays responsive while
   * the module starts. The
   * default layout stays invisible until they all have, so that the page is
   * never painted half-built: otherwise what is below would jump down as each
   * part fills in (layout shift). A part whose element the page defines later
   * is left out until it has rendered (later-parts.ts).
   */
  protected override updated(): void {
    if (this.layoutShown || this.hasChildren) return;
    const layout = this.renderRoot.querySelector('.layout');
    if (!layout || this.revealing) return;
    this.revealing = true;
    const elements = [...layout.querySelectorAll('*')];
    const parts = elements.filter((el): el is LitElement => el instanceof LitElement);
    stageLaterParts(elements);
    const reveal = () => {
      clearTimeout(timer);
      this.revealing = false;
      this.layoutShown = true;
    };
    // A part that cannot finish does not keep the module hidden.
    const timer = setTimeout(reveal, REVEAL_LIMIT);
    void Promise.all(parts.map((el) => el.updateComplete)).then(reveal, reveal);
  }

  protected override render() {
    void this.langTick;
    const locale = this.resolvedLocale;
    const strings = moduleStrings(locale);
    if (!this.model) return html`<p class="status" part="base">${strings.noModel}</p>`;
    if (this.problems.length > 0) {
      return html`<div class="error-box" role="alert" part="error"><p>${strings.invalidModel}</p></div>`;
    }
    return html`<div part="base" class="base" lang=${locale} dir=${directionOf(locale)}>
      ${renderLinkNotice(this.linkProblems, this.model, locale)}
      <slot @slotchange=${this.onSlotChange}></slot>
      ${this.hasChildren ? nothing : this.renderDefaultLayout(locale)}
    </div>`;
  }
}
