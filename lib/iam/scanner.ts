import { IamValidationError } from './iam-error';

/** Characters of a bare word in policy text: names, resource-types, variables, OCIDs, compartment paths. */
const WORD_CHAR = /[A-Za-z0-9_.:@+-]/;

/**
 * A small cursor over policy or matching-rule text, shared by the two parsers. Terraform expressions
 * (`${...}`, with nested braces and brackets) are read as part of a word.
 */
export class Scanner {
  private pos = 0;

  public constructor(
    private readonly text: string,
    private readonly what: string,
  ) {}

  /** Throws a parse error that quotes the text and the position. */
  public fail(expected: string): never {
    const rest = this.text.slice(this.pos, this.pos + 30);
    throw new IamValidationError(
      `${this.what}: expected ${expected} at character ${this.pos + 1}, found ${rest ? JSON.stringify(rest) : 'the end'} in ${JSON.stringify(this.text)}`,
    );
  }

  public skipWs(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  public atEnd(): boolean {
    this.skipWs();
    return this.pos >= this.text.length;
  }

  public peekChar(): string {
    this.skipWs();
    return this.text[this.pos] ?? '';
  }

  /** Consumes `token` (punctuation such as `{` or `!=`) when it comes next. */
  public tryToken(token: string): boolean {
    this.skipWs();
    if (this.text.startsWith(token, this.pos)) {
      this.pos += token.length;
      return true;
    }
    return false;
  }

  public expectToken(token: string): void {
    if (!this.tryToken(token)) this.fail(`'${token}'`);
  }

  /** Reads a bare word; `extra` adds characters (the subject parser adds '/'). Returns '' when none. */
  public readWord(extra = ''): string {
    this.skipWs();
    const start = this.pos;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '$' && this.text[this.pos + 1] === '{') {
        this.skipInterpolation();
      } else if (WORD_CHAR.test(c) || extra.includes(c)) {
        this.pos++;
      } else {
        break;
      }
    }
    return this.text.slice(start, this.pos);
  }

  public expectWord(expected: string, extra = ''): string {
    const word = this.readWord(extra);
    if (word === '') this.fail(expected);
    return word;
  }

  /** The next word, lowercased, without consuming it. */
  public peekWord(): string {
    const save = this.pos;
    const word = this.readWord();
    this.pos = save;
    return word.toLowerCase();
  }

  /** Consumes the keyword `keyword` (any case) when it is the next whole word. */
  public tryKeyword(keyword: string): boolean {
    const save = this.pos;
    if (this.readWord().toLowerCase() === keyword) return true;
    this.pos = save;
    return false;
  }

  public expectKeyword(keyword: string): void {
    if (!this.tryKeyword(keyword)) this.fail(`'${keyword}'`);
  }

  /** Reads `'...'` and returns the text between the quotes. */
  public readQuoted(): string {
    return this.readDelimited("'", 'a closing quote');
  }

  /** Reads `/.../` and returns the pattern between the slashes. */
  public readPattern(): string {
    return this.readDelimited('/', "a closing '/'");
  }

  /**
   * Reads `all {item, ...}` or `any {item, ...}` (keyword in any case) when it comes next.
   *
   * @param parseItem - reads one item (which may itself be a group)
   * @returns the operator and items, or `undefined` when no group starts here
   */
  public tryGroup<T>(parseItem: () => T): { op: 'all' | 'any'; items: T[] } | undefined {
    for (const op of ['all', 'any'] as const) {
      if (this.tryKeyword(op)) {
        this.expectToken('{');
        const items: T[] = [];
        do items.push(parseItem()); while (this.tryToken(','));
        this.expectToken('}');
        return { op, items };
      }
    }
    return undefined;
  }

  private readDelimited(delimiter: string, closing: string): string {
    this.expectToken(delimiter);
    const end = this.text.indexOf(delimiter, this.pos);
    if (end < 0) this.fail(closing);
    const value = this.text.slice(this.pos, end);
    this.pos = end + 1;
    return value;
  }

  private skipInterpolation(): void {
    this.pos++; // the '$'
    let depth = 0;
    do {
      const c = this.text[this.pos];
      if (c === '{') depth++;
      if (c === '}') depth--;
      this.pos++;
    } while (depth > 0 && this.pos < this.text.length);
    if (depth > 0) this.fail("the '}' closing a Terraform expression");
  }
}
