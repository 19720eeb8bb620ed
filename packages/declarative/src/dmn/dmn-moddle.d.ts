// dmn-moddle ships no types; the adapter reads its element tree as untyped data (see parse.ts).
declare module 'dmn-moddle' {
  export class DmnModdle {
    fromXML(xml: string, type: string): Promise<{ rootElement: unknown; warnings?: readonly { readonly message?: string }[] }>;
  }
}
