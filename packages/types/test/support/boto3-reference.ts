/**
 * Reads the boto3 reference page of an operation (`models/iot/reference/*.boto3-reference.txt`):
 * the "Response Syntax" block, a Python literal whose leaves are placeholders ('string', 123,
 * 123.0, datetime(...), b'bytes', 'A'|'B'), and the "Exceptions" list. The parser throws on
 * anything it does not know, so a format change fails loudly instead of checking less.
 */

export type SyntaxNode =
  | { kind: 'structure'; fields: Map<string, SyntaxNode> }
  | { kind: 'map'; value: SyntaxNode }
  | { kind: 'list'; element: SyntaxNode }
  | { kind: 'enum'; values: string[] }
  | { kind: 'string' | 'integer' | 'float' | 'timestamp' | 'blob' };

/** The dict literal after the "Response Syntax" heading. */
export function responseSyntax(page: string): SyntaxNode {
  const at = page.indexOf('\nResponse Syntax\n');
  if (at < 0) throw new Error('no "Response Syntax" section');
  const parser = new Parser(page, page.indexOf('{', at));
  const node = parser.value();
  if (node.kind !== 'structure') throw new Error('Response Syntax is not a dict');
  return node;
}

/** Exception class names listed under "Exceptions" (`IoT.Client.exceptions.X`). */
export function exceptionNames(page: string): string[] {
  const at = page.indexOf('\nExceptions\n');
  if (at < 0) throw new Error('no "Exceptions" section');
  const names = [...page.slice(at).matchAll(/\.exceptions\.(\w+)/g)].map((m) => m[1]!);
  if (names.length === 0) throw new Error('"Exceptions" section lists nothing');
  return names;
}

class Parser {
  constructor(
    private readonly text: string,
    private pos: number,
  ) {
    if (pos < 0) throw new Error('no dict literal found');
  }

  value(): SyntaxNode {
    this.skipSpace();
    const rest = this.text.slice(this.pos);
    if (rest.startsWith('{')) return this.dict();
    if (rest.startsWith('[')) return this.list();
    if (rest.startsWith("b'bytes'")) return this.take("b'bytes'", { kind: 'blob' });
    if (rest.startsWith('datetime(')) return this.take(/^datetime\([\d, ]*\)/.exec(rest)![0], { kind: 'timestamp' });
    if (rest.startsWith('123.0')) return this.take('123.0', { kind: 'float' });
    if (rest.startsWith('123')) return this.take('123', { kind: 'integer' });
    if (rest.startsWith("'")) {
      const values = [this.quoted()];
      while (this.text[this.pos] === '|') {
        this.pos++;
        values.push(this.quoted());
      }
      return values.length === 1 && values[0] === 'string' ? { kind: 'string' } : { kind: 'enum', values };
    }
    throw new Error(`unexpected syntax at ${this.pos}: ${rest.slice(0, 30)}`);
  }

  private dict(): SyntaxNode {
    this.expect('{');
    const fields = new Map<string, SyntaxNode>();
    while (!this.peek('}')) {
      const key = this.quoted();
      this.expect(':');
      if (fields.has(key)) throw new Error(`duplicate key ${key}`);
      fields.set(key, this.value());
      if (!this.peek('}')) this.expect(',');
    }
    this.expect('}');
    // boto3 writes a map as a dict with the single placeholder key 'string'.
    const only = fields.get('string');
    return fields.size === 1 && only ? { kind: 'map', value: only } : { kind: 'structure', fields };
  }

  private list(): SyntaxNode {
    this.expect('[');
    const element = this.value();
    if (!this.peek(']')) this.expect(',');
    this.expect(']');
    return { kind: 'list', element };
  }

  private quoted(): string {
    this.skipSpace();
    const m = /^'([^']*)'/.exec(this.text.slice(this.pos));
    if (!m) throw new Error(`expected a quoted string at ${this.pos}`);
    this.pos += m[0].length;
    return m[1]!;
  }

  private take(token: string, node: SyntaxNode): SyntaxNode {
    this.pos += token.length;
    return node;
  }

  private peek(c: string): boolean {
    this.skipSpace();
    return this.text[this.pos] === c;
  }

  private expect(c: string): void {
    if (!this.peek(c)) throw new Error(`expected '${c}' at ${this.pos}, found ${JSON.stringify(this.text.slice(this.pos, this.pos + 20))}`);
    this.pos++;
  }

  private skipSpace(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }
}
