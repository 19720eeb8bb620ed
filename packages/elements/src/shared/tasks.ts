/**
 * The attribute of a container whose advice elements render their first time
 * each in a task of their own (see AdviceElement.scheduleUpdate).
 */
export const STAGED = 'data-advice-staged';

/** Resolves in a new task, after the browser had the chance to handle input (no 4 ms clamp, unlike setTimeout). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
