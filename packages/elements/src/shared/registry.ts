/**
 * Which tag each pattern element is defined under, for `<advice-module>`'s
 * default layout. Each element's module records its class here when it is
 * loaded; the module asks the browser's registry (`customElements.getName`)
 * which tag that class was defined under. So a page that defines the classes
 * under names of its own (`AdviceResultElement` as `gem-uitkomst`, say)
 * gets a default layout of its own tags, and the module never imports the
 * elements it does not show.
 */
export type AdvicePart = 'questions' | 'bar' | 'result' | 'weights' | 'tipping-point' | 'scenarios' | 'chart' | 'handoff';

const classes = new Map<AdvicePart, CustomElementConstructor>();

/** Records the class of a part (called once, by the element's own module). */
export function registerPart(part: AdvicePart, element: CustomElementConstructor): void {
  classes.set(part, element);
}

/** The tag a part is defined under: the name its class got, else the kit's own name (`advice-<part>`). */
export function partTag(part: AdvicePart): string {
  const element = classes.get(part);
  const registry = globalThis.customElements as
    | (CustomElementRegistry & { getName?: (c: CustomElementConstructor) => string | null })
    | undefined;
  return (element && registry?.getName?.(element)) || `advice-${part}`;
}
