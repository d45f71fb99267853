import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A parsed YAML file that can say where any path of its content sits in the source. */
export class YamlSource {
  /** Plain JavaScript value of the document; undefined when the YAML did not parse. */
  readonly data: unknown;
  /** YAML syntax errors (and duplicate keys), with their positions. */
  readonly syntaxErrors: { line: number; col: number; message: string }[];
  private readonly doc: Document.Parsed;
  private readonly lines = new LineCounter();

  constructor(text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    this.syntaxErrors = this.doc.errors.map((e) => {
      const pos = this.lines.linePos(e.pos[0]);
      return { line: pos.line, col: pos.col, message: e.message.split('\n')[0]! };
    });
    this.data = this.syntaxErrors.length ? undefined : this.doc.toJS();
  }

  /**
   * Line and column (1-based) of the value at `path`, or of its key when `at` is 'key'. A path
   * that does not exist (a missing key) resolves to the deepest node that does.
   */
  position(path: readonly PropertyKey[], at: 'value' | 'key' = 'value'): { line: number; col: number } {
    let node: unknown = this.doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (const [i, segment] of path.entries()) {
      const next = child(node, segment);
      if (!next) break;
      const keyOffset = next.keyNode?.range?.[0];
      const valueOffset = next.node?.range?.[0];
      offset = (at === 'key' && i === path.length - 1 ? keyOffset : valueOffset) ?? keyOffset ?? offset;
      node = next.node;
    }
    const pos = this.lines.linePos(offset);
    return { line: pos.line, col: pos.col };
  }

  /** The sequences of mappings in the document, with their paths: where `name` must be unique. */
  namedLists(): { path: PropertyKey[]; names: { name: string; index: number }[] }[] {
    const found: { path: PropertyKey[]; names: { name: string; index: number }[] }[] = [];
    const walk = (node: unknown, path: PropertyKey[]): void => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
        }
      } else if (isSeq(node)) {
        const names: { name: string; index: number }[] = [];
        node.items.forEach((item, index) => {
          if (isMap(item)) {
            const name = item.get('name');
            if (typeof name === 'string') names.push({ name, index });
          }
          walk(item, [...path, index]);
        });
        if (names.length) found.push({ path, names });
      }
    };
    walk(this.doc.contents, []);
    return found;
  }
}

function child(node: unknown, segment: PropertyKey): { node: Node | undefined; keyNode?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
    if (!pair) return undefined;
    return { node: (pair.value ?? undefined) as Node | undefined, keyNode: pair.key as Node };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { node: item as Node } : undefined;
  }
  return undefined;
}
