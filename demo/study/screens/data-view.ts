/**
 * `<study-data>`: the researcher's screen — the sessions kept in this
 * browser with their exports (JSON, events CSV, answers CSV), the exports of
 * all sessions, erasing everything after a confirmation, importing exports
 * from other laptops (`<study-import>`), and the findings (`<study-findings>`)
 * with their CSV exports. Downloads happen here and are announced in the
 * status line; storage is the page's: fires `study-erase` once confirmed
 * (`study-import` bubbles up from the import form). Light DOM.
 */
import type { BuiltInLocale as Locale } from '@advice-kit/core';
import {
  answersCsv,
  eventsCsv,
  exportJson,
  type Findings,
  findings,
  findingsDescriptivesCsv,
  findingsTestsCsv,
  isEnded,
  measuresCsv,
  type Questionnaire,
  type SessionLog,
} from '@advice-kit/study';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type StudyStrings, studyStrings } from '../strings.js';
import { download, downloadBlob, fileSafe, formatTime, stamp, studyUrl } from './files.js';
import { findingsStrings } from './findings-strings.js';
import './findings-view.js';
import './import-form.js';

export class StudyDataElement extends LitElement {
  @property() locale: Locale = 'nl';
  @property({ attribute: false }) logs: readonly SessionLog[] = [];
  @property({ attribute: false }) questionnaire: Questionnaire | undefined;
  /** The status line: what was just done (imported, erased, downloaded). */
  @property() status = '';
  /** What did not fit in the last import. */
  @property({ attribute: false }) importProblems: readonly string[] = [];

  @state() private erasing = false;
  private result: Findings | undefined;
  @query('dialog') private dialog!: HTMLDialogElement;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Computed when the data changes only: a download or a status line leaves the findings and their charts as they are.
    if (changed.has('logs') || !this.result) this.result = findings([...this.logs]);
  }

  private get s(): StudyStrings {
    return studyStrings[this.locale];
  }

  private save(name: string, text: string, type: string): void {
    download(name, text, type);
    this.status = this.s.downloaded(name);
  }

  private json(name: string, logs: readonly SessionLog[]): void {
    this.save(`${name}.json`, exportJson([...logs]), 'application/json');
  }

  private csv(name: string, text: string): void {
    this.save(`${name}.csv`, text, 'text/csv;charset=utf-8');
  }

  private readonly onPng = (e: Event): void => {
    const { name, blob } = (e as CustomEvent<{ name: string; blob: Blob }>).detail;
    downloadBlob(name, blob);
    this.status = this.s.downloaded(name);
  };

  private readonly onErase = (): void => {
    this.erasing = true;
    this.dialog.close();
    this.dispatchEvent(new CustomEvent('study-erase', { bubbles: true }));
  };

  private exportButton(label: string, suffix: string, run: () => void): TemplateResult {
    return html`<button type="button" class="button-secondary" @click=${run}>${label}${suffix ? html`<span class="visually-hidden">${suffix}</span>` : nothing}</button>`;
  }

  private renderRow(log: SessionLog): TemplateResult {
    const s = this.s;
    const { session, events } = log;
    const done = session.plan.filter((_, i) => events.some((e) => e.type === 'questionnaire' && e.taskIndex === i)).length;
    const order = session.orderIndex === null ? '' : session.orderIndex % 2 === 0 ? 'A' : 'B';
    const name = `study-${fileSafe(session.participant)}-${stamp(session.createdAt)}`;
    const of = s.ofParticipant(session.participant);
    return html`<tr>
      <th scope="row">${session.participant}</th>
      <td data-label=${s.colStarted}>${formatTime(events[0]?.at ?? session.createdAt, this.locale)}</td>
      <td data-label=${s.colDesign}>${s.designName(session.design, order, s.variantName[session.order[0] ?? 'interactive'])}</td>
      <td data-label=${s.colTasks}>${done} / ${session.plan.length}</td>
      <td data-label=${s.colEvents}>${events.length}</td>
      <td data-label=${s.colStatus}>${isEnded(events) ? s.statusDone : s.statusOpen}</td>
      <td class="study-actions">
        ${this.exportButton(s.exportJson, of, () => this.json(name, [log]))}
        ${this.exportButton(s.exportEvents, of, () => this.csv(`${name}-events`, eventsCsv([log])))}
        ${this.exportButton(s.exportAnswers, of, () => this.csv(`${name}-answers`, answersCsv([log])))}
      </td>
    </tr>`;
  }

  private renderSessions(): TemplateResult {
    const s = this.s;
    const logs = [...this.logs];
    const all = `study-all-${stamp()}`;
    const total = logs.reduce((n, l) => n + l.events.length, 0);
    const cols = [s.colParticipant, s.colStarted, s.colDesign, s.colTasks, s.colEvents, s.colStatus, s.colExport];
    return html`<div class="study-table-wrap" role="region" aria-labelledby="sessions-caption" tabindex="0">
        <table class="study-table study-table-reflow">
          <caption id="sessions-caption">${s.sessionsCaption}</caption>
          <thead><tr>${cols.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
          <tbody>${logs.map((log) => this.renderRow(log))}</tbody>
        </table>
      </div>
      <section class="study-card" aria-labelledby="all-heading">
        <h2 id="all-heading">${s.allHeading}</h2>
        <div class="study-actions">
          ${this.exportButton(s.allJson, '', () => this.json(all, logs))}
          ${this.exportButton(s.allEvents, '', () => this.csv(`${all}-events`, eventsCsv(logs)))}
          ${this.exportButton(s.allAnswers, '', () => this.csv(`${all}-answers`, answersCsv(logs)))}
          ${this.exportButton(s.allMeasures, '', () => this.csv(`${all}-measures`, measuresCsv(logs)))}
        </div>
        <button type="button" class="button-danger" @click=${() => this.dialog.showModal()}>${s.eraseAll}</button>
        <dialog class="study-dialog" aria-labelledby="erase-heading" aria-describedby="erase-text">
          <h2 id="erase-heading">${s.eraseHeading}</h2>
          <p id="erase-text">${s.eraseText(logs.length, total)}</p>
          <div class="study-actions">
            <button type="button" class="button-danger" ?disabled=${this.erasing} @click=${this.onErase}>${s.eraseConfirm}</button>
            <button type="button" class="button-secondary" @click=${() => this.dialog.close()}>${s.cancel}</button>
          </div>
        </dialog>
      </section>`;
  }

  /** The findings of the completed sessions, with their CSV exports (the PNG of each chart comes from the view). */
  private renderFindings(): TemplateResult {
    const f = findingsStrings[this.locale];
    const result = this.result ?? findings([...this.logs]);
    const csv = (label: string, name: string, text: () => string) =>
      html`<button type="button" class="button-secondary" @click=${() => this.csv(`${name}-${stamp()}`, text())}>${label}</button>`;
    return html`<section class="study-findings-section" aria-labelledby="findings-heading">
      <h2 id="findings-heading">${f.heading}</h2>
      ${
        result.sessions > 0
          ? html`<div class="study-actions">
            ${csv(f.csvDescriptives, 'findings-descriptives', () => findingsDescriptivesCsv(result))}
            ${csv(f.csvTests, 'findings-tests', () => findingsTestsCsv(result))}
          </div>`
          : nothing
      }
      <study-findings .locale=${this.locale} .findings=${result} .questionnaire=${this.questionnaire} @study-download=${this.onPng}></study-findings>
    </section>`;
  }

  protected override render(): TemplateResult {
    const s = this.s;
    const some = this.logs.length > 0;
    return html`<p class="study-status" role="status">${this.status || nothing}</p>
      ${some ? this.renderSessions() : html`<p class="study-card">${s.noSessions}</p>`}
      <study-import .locale=${this.locale} .problems=${this.importProblems}></study-import>
      ${some ? this.renderFindings() : nothing}
      <p class="study-link"><a href=${studyUrl(this.locale, 'setup')}>${s.newSession}</a></p>`;
  }
}

if (!customElements.get('study-data')) customElements.define('study-data', StudyDataElement);

declare global {
  interface HTMLElementTagNameMap {
    'study-data': StudyDataElement;
  }
}
