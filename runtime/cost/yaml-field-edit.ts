import { isScalar, type Node, type YAMLMap } from 'yaml';

/** One replacement in a YAML file's text. */
export interface TextEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
  /** Keeps several lines added at one place in the order they were asked for. */
  readonly order: number;
}

let editOrder = 0;

/**
 * The text edit that sets `field` of a block map (parsed with `parseDocument`, so nodes carry their
 * source ranges) to `value`: the value's text is replaced, or one `field: value` line is added after
 * the map's last entry at its indentation. Nothing else in the file changes.
 *
 * @param where - names the map in the error (`this model entry`)
 * @throws Error when the field is missing and the map is a flow map or empty (no line to add after)
 * @example
 * applyTextEdits(text, [yamlFieldEdit(text, doc.get('oke', true) as YAMLMap, 'minNodes', 3, 'the oke block')]);
 */
export function yamlFieldEdit(text: string, map: YAMLMap, field: string, value: number, where: string): TextEdit {
  const node = map.get(field, true) as Node | undefined;
  if (node && isScalar(node) && node.range) return { at: node.range[0], remove: node.range[1] - node.range[0], insert: String(value), order: editOrder++ };
  const first = map.items[0]?.key as Node | undefined;
  const last = map.items.at(-1)?.value as Node | undefined;
  if (map.flow || !first?.range || !last?.range) throw new Error(`cannot add ${field} to ${where} (a flow map or an empty one): set it by hand`);
  const indent = ' '.repeat(first.range[0] - (text.lastIndexOf('\n', first.range[0] - 1) + 1));
  const end = last.range[1];
  return text[end - 1] === '\n'
    ? { at: end, remove: 0, insert: `${indent}${field}: ${value}\n`, order: editOrder++ }
    : { at: end, remove: 0, insert: `\n${indent}${field}: ${value}`, order: editOrder++ };
}

/** Applies edits made on the same text, from the end backwards so earlier offsets stay valid. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at || b.order - a.order)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}
