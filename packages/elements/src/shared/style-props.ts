import { type AttributePart, noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Like Lit's `styleMap`, but always through the CSSOM (`style.setProperty`),
 * also on the first render. `styleMap` writes its first value as a `style`
 * attribute, which a strict Content-Security-Policy (`style-src 'self'`)
 * blocks; setting properties through the CSSOM is allowed.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProps() can only be bound to a style attribute.');
    }
  }

  render(_styles: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (styles[name] === undefined || styles[name] === null) style.removeProperty(toCss(name));
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined || value === null) continue;
      style.setProperty(toCss(name), String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

/** `backgroundColor` → `background-color`; custom properties stay as they are. */
function toCss(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Sets inline style properties without a `style` attribute, so it works under a strict CSP. */
export const styleProps = directive(StylePropsDirective);
