/** The classic form's submit, refusals, edits and shown advice, as study events. */
import type { StudyEvent, StudyEventType } from '@advice-kit/study';
import type { ClassicAdviceDetail, ClassicSubmitDetail } from '../classic/classic-advice.js';

/** Listens on `target` for the classic form's events and hands each to `keep`; returns the function that stops. */
export function recordClassicForm(target: EventTarget, keep: (type: StudyEventType, data: StudyEvent['data']) => void): () => void {
  const onSubmit = (e: Event) => {
    const d = (e as CustomEvent<ClassicSubmitDetail>).detail;
    keep('form-submit', { valid: d.valid, fields: [...d.fields], codes: [...d.codes] });
    if (!d.valid) keep('form-error', { fields: [...d.fields], codes: [...d.codes] });
  };
  const onAdvice = (e: Event) => {
    const d = (e as CustomEvent<ClassicAdviceDetail>).detail;
    keep('advice-shown', {
      best: d.best,
      runnerUp: d.runnerUp,
      monthlyCost: d.monthlyCost,
      situation: { ...d.situation },
      error: d.error,
    });
  };
  const onEdit = () => keep('form-edit', {});
  target.addEventListener('classic-submit', onSubmit);
  target.addEventListener('classic-advice', onAdvice);
  target.addEventListener('classic-edit', onEdit);
  return () => {
    target.removeEventListener('classic-submit', onSubmit);
    target.removeEventListener('classic-advice', onAdvice);
    target.removeEventListener('classic-edit', onEdit);
  };
}
