// Maps JSON pointers to line numbers in a YAML or JSON file (JSON is YAML, so one parser serves
// both), for reports whose annotations land on the line concerned: a spec's changed node, a pact's
// interaction.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export class SourceLines {
  private readonly lineCounter = new LineCounter();
  private readonly root: unknown;

  constructor(text: string) {
    this.root = parseDocument(text, { lineCounter: this.lineCounter }).contents;
  }

  /** The 1-based line of the node at `pointer` (of its key, in a mapping), or of its deepest existing ancestor. */
  lineOf(pointer: string): number | undefined {
    let node: unknown = this.root;
    let offset = (node as Node | null)?.range?.[0];
    for (const token of tokensOf(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === token);
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)];
        if (item === undefined) break;
        node = item;
        offset = (item as Node).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : this.lineCounter.linePos(offset).line;
  }
}

/** RFC 6901 pointer → its reference tokens. */
function tokensOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}
