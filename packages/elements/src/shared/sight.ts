/**
 * Calls `seen` once, the first time `target` is on screen (any part of it in
 * the viewport), then stops watching. Returns the function that stops
 * watching earlier (call it when the element is disconnected).
 */
export function onFirstSight(target: Element, seen: () => void): () => void {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    seen();
  });
  observer.observe(target);
  return () => observer.disconnect();
}
