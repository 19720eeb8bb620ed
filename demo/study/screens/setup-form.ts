/**
 * `<study-setup>`: the facilitator's set-up of a new session — participant
 * code, design (with the counterbalanced suggestion), the tasks, and the
 * interrupted sessions to resume. Checks the code on submit (missing; used
 * before: warns once, starts when asked again for the same code). Fires
 * `study-start` with `{ participant, design, duplicateOf }`. Light DOM, so
 * the page's styles apply.
 */
import { type BuiltInLocale as Locale, localize } from '@advice-kit/core';
import type { Assignment, QuestionnaireProblem, StudySession, StudyTask } from '@advice-kit/study';
import { sameParticipant } from '@advice-kit/study';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { studyStrings } from '../strings.js';
import { formatTime, sessionUrl, studyUrl } from './files.js';
import { screenStrings } from './strings.js';

export interface StudyStartDetail {
  readonly participant: string;
  /** `within-0`, `within-1`, `interactive` or `classic`. */
  readonly design: string;
  /** Ids of earlier sessions with the same participant code. */
  readonly duplicateOf: readonly string[];
}

export class StudySetupElement extends LitElement {
  @property() locale: Locale = 'nl';
  @property({ attribute: false }) tasks: readonly StudyTask[] = [];
  /** What is wrong with questionnaire.json: the session cannot start until it is fixed. */
  @property({ attribute: false }) problems: readonly QuestionnaireProblem[] = [];
  /** Every session in this browser (for the used-before warning). */
  @property({ attribute: false }) sessions: readonly StudySession[] = [];
  @property({ attribute: false }) unfinished: readonly { session: StudySession; started: number }[] = [];
  @property({ attribute: false }) within: Assignment | undefined;
  @property({ attribute: false }) between: Assignment | undefined;
  /** The code as typed (kept across a language switch and a failed start). */
  @property() participant = '';
  @property() design = '';
  /** The session could not be stored: said right above the start button. */
  @property({ type: Boolean, attribute: 'start-error' }) startError = false;
  /** A message above the form (a session that no longer exists, say). */
  @property() notice = '';
  @property({ type: Boolean, attribute: 'focus-heading' }) focusHeading = false;

  @state() private missing = false;
  /** The code the facilitator was warned about; a second start with it goes ahead. */
  @state() private warnedFor = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    if (this.focusHeading) this.querySelector<HTMLElement>('#setup-heading')?.focus();
  }

  private get orderIndex(): number {
    return this.within?.orderIndex ?? 0;
  }

  private readonly onInput = (event: Event): void => {
    this.participant = (event.target as HTMLInputElement).value;
    if (this.participant.trim() !== '') this.missing = false;
  };

  private readonly onDesign = (event: Event): void => {
    this.design = (event.target as HTMLInputElement).value;
  };

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const code = this.participant.trim();
    if (code === '') {
      this.missing = true;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#participant')?.focus();
      return;
    }
    const earlier = sameParticipant(this.sessions, this.participant);
    if (earlier.length > 0 && this.warnedFor !== code) {
      this.warnedFor = code;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#duplicate-warning')?.focus();
      return;
    }
    const detail: StudyStartDetail = { participant: this.participant, design: this.chosenDesign, duplicateOf: earlier.map((e) => e.id) };
    this.dispatchEvent(new CustomEvent('study-start', { detail, bubbles: true }));
  };

  private get chosenDesign(): string {
    return this.design || (this.orderIndex % 2 === 0 ? 'within-0' : 'within-1');
  }

  private renderDuplicate(): TemplateResult | typeof nothing {
    const code = this.participant.trim();
    if (this.warnedFor === '' || this.warnedFor !== code) return nothing;
    const earlier = sameParticipant(this.sessions, code);
    const last = earlier[earlier.length - 1];
    if (!last) return nothing;
    return html`<p class="study-error-box" id="duplicate-warning" tabindex="-1">
      ${screenStrings[this.locale].duplicateWarning(code, formatTime(last.createdAt, this.locale))}
    </p>`;
  }

  private renderDesign(): TemplateResult {
    const s = studyStrings[this.locale];
    const designs: [string, string][] = [
      ['within-0', s.designOrderA],
      ['within-1', s.designOrderB],
      ['interactive', s.designInteractive],
      ['classic', s.designClassic],
    ];
    const between = this.between;
    return html`<fieldset class="study-field" aria-describedby="design-hint" @change=${this.onDesign}>
      <legend>${s.designLegend}</legend>
      <p class="study-hint" id="design-hint">${s.designSuggestion(this.orderIndex % 2 === 0 ? 'A' : 'B', (this.within?.completed ?? 0) + 1)}</p>
      ${
        between
          ? html`<p class="study-hint">
            ${screenStrings[this.locale].assignment(
              s.designName('single', '', s.variantName[between.variant ?? 'classic']),
              between.taskOrderIndex,
              between.completed,
            )}
          </p>`
          : nothing
      }
      ${designs.map(
        ([value, label]) =>
          html`<label class="study-option"><input type="radio" name="design" value=${value} .checked=${this.chosenDesign === value} /> ${label}</label>`,
      )}
    </fieldset>`;
  }

  private renderUnfinished(): TemplateResult | typeof nothing {
    if (this.unfinished.length === 0) return nothing;
    const s = studyStrings[this.locale];
    return html`<section class="study-card" aria-labelledby="unfinished-heading">
      <h2 id="unfinished-heading">${s.unfinishedHeading}</h2>
      <ul class="study-list">
        ${this.unfinished.map(
          ({ session, started }) =>
            html`<li><a href=${sessionUrl(session.id, session.locale)}>${s.resume(session.participant, formatTime(started, this.locale))}</a></li>`,
        )}
      </ul>
    </section>`;
  }

  protected override render(): TemplateResult {
    const s = studyStrings[this.locale];
    const l = this.locale;
    const broken = this.problems.length > 0;
    const warned = this.warnedFor !== '' && this.warnedFor === this.participant.trim();
    return html`${this.notice ? html`<p class="study-error-box" role="alert">${this.notice}</p>` : nothing}
      <form class="study-card" aria-labelledby="setup-heading" novalidate @submit=${this.onSubmit}>
        <h2 id="setup-heading" tabindex="-1">${s.setupHeading}</h2>
        ${
          broken
            ? html`<div class="study-error-box" role="alert">
              <p>${s.badQuestionnaire}</p>
              <ul>
                ${this.problems.map((p) => html`<li>${p.path}: ${p.message}</li>`)}
              </ul>
            </div>`
            : nothing
        }
        <div class="study-field">
          <label for="participant">${s.participantLabel}</label>
          <p class="study-hint" id="participant-hint">${s.participantHint}</p>
          ${this.missing ? html`<p class="study-error" id="participant-error">${s.participantMissing}</p>` : nothing}
          <input
            id="participant"
            name="participant"
            type="text"
            autocomplete="off"
            spellcheck="false"
            required
            aria-invalid=${this.missing ? 'true' : nothing}
            aria-describedby=${this.missing ? 'participant-error participant-hint' : 'participant-hint'}
            .value=${this.participant}
            @input=${this.onInput}
          />
        </div>
        ${this.renderDuplicate()} ${this.renderDesign()}
        <h3>${s.tasksHeading}</h3>
        <ol>
          ${this.tasks.map((t) => html`<li>${localize(t.title, l)}</li>`)}
        </ol>
        <p class="study-hint">${s.languageNote}</p>
        ${this.startError ? html`<p class="study-error-box" role="alert" id="start-error">${s.storageFull}</p>` : nothing}
        <button type="submit" class="button-primary" ?disabled=${broken}>${warned ? screenStrings[l].startAnyway : s.start}</button>
      </form>
      ${this.renderUnfinished()}
      <p class="study-link"><a href=${studyUrl(l, 'data')}>${s.dataLink}</a></p>`;
  }
}

if (!customElements.get('study-setup')) customElements.define('study-setup', StudySetupElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-setup': StudySetupElement;
  }
}
