import { HTTPParser } from 'http-parser-js';

// The head is read as latin1, as node:http reads it: the library's default ('ascii') would clear the
// high bit of every byte, so raw UTF-8 in a path could turn into a valid function name.
HTTPParser.encoding = 'latin1';

/** RFC 9110 field-name token, then the value without surrounding blanks. */
const headerLine = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
/** Control characters other than tab have no place in a field value. */
const controlCharacter = /[\0-\x08\n-\x1f\x7f]/;

/**
 * http-parser-js (the HTTP/1.1 parser of websocket-driver and autocannon), held as strict as node's
 * own parser on header lines: a line that is not `name: value`, an obsolete folded line, or a
 * control character in a value is a parse error, where the library would skip or join it.
 */
export class RequestParser extends HTTPParser {
  /** Header bytes of the current request so far: the library counts only between execute calls, too late when a whole request arrives at once. */
  private headBytes = 0;

  constructor(maxHeaderBytes: number) {
    super(HTTPParser.REQUEST);
    this.maxHeaderSize = maxHeaderBytes;
    // Between requests the library re-runs its constructor, which would reset maxHeaderSize to its global default.
    (this as { reinitialize: unknown }).reinitialize = () => {
      this.initialize(HTTPParser.REQUEST);
      this.headBytes = 0;
    };
  }

  override parseHeader(line: string, headers: string[]): void {
    if (this.headBytes === 0) this.headBytes = (this as unknown as { info: { url: string } }).info.url.length + 16; // the request line
    this.headBytes += line.length + 2;
    if (this.headBytes > this.maxHeaderSize) throw new Error('max header size exceeded');
    const match = headerLine.exec(line);
    if (!match || controlCharacter.test(match[2]!)) throw Object.assign(new Error('invalid header line'), { code: 'HPE_INVALID_HEADER_TOKEN' });
    headers.push(match[1]!, match[2]!);
  }
}

export const requestMethods: readonly string[] = HTTPParser.methods;
export const { kOnHeadersComplete, kOnBody, kOnMessageComplete } = HTTPParser;

/** What the parser reports once a request's head is complete. */
export interface RequestHead {
  versionMajor: number;
  versionMinor: number;
  headers: string[];
  method: number;
  url: string;
  upgrade: boolean;
  shouldKeepAlive: boolean;
}
