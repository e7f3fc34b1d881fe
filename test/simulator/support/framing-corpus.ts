// Byte streams at the edges of HTTP/1.1 framing: what a hostile client or a confused proxy sends.
// framing-differential.test.ts runs each through node:http and through the simulator's front end.

const path = '/2021-07-20/functions/my-function/runtime-management-config';
const get = (target = path) => `GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`;
const chunked = (chunks: string) => `PUT ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunks}`;
const withHeaders = (headerLines: string, body = '') => `PUT ${path} HTTP/1.1\r\nHost: x\r\n${headerLines}\r\n${body}`;
const body = '{"UpdateRuntimeOn":"Auto"}'; // 26 bytes, 0x1a

/** Each case ends with a well-formed GET, so the test also sees how the next request is framed. */
export const framingCorpus: Array<[name: string, bytes: string]> = [
  // Chunk sizes.
  ['a valid chunked body', chunked(`1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['chunks split in two', chunked(`d\r\n${body.slice(0, 13)}\r\nd\r\n${body.slice(13)}\r\n0\r\n\r\n`) + get()],
  ['upper-case hex size', chunked(`1A\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a size with leading zeros', chunked(`001a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a negative size', chunked(`-5\r\nx`) + get()],
  ['a negative size, LF only', chunked(`-6\nxxxxxx\n0\n\n`) + get()],
  ['sizes -1 and -2 between chunks', chunked(`d\r\n${body.slice(0, 13)}\r\n-2\r\n-1\r\nd\r\n${body.slice(13)}\r\n0\r\n\r\n`) + get()],
  ['a size with a plus sign', chunked(`+1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a 0x-prefixed size', chunked(`0x1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a space before the size', chunked(` 1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a space after the size', chunked(`1a \r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a tab after the size', chunked(`1a\t\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['junk after the size', chunked(`1azz\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['an overlong size', chunked(`ffffffffffffffffff\r\nx\r\n0\r\n\r\n`) + get()],
  ['a size of 17 hex digits', chunked(`0000000000000001a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a chunk extension', chunked(`1a;name=value\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a quoted chunk extension', chunked(`1a;name="v a l"\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a space before the extension', chunked(`1a ;name=value\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['an empty extension name', chunked(`1a;\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a chunk longer than its size', chunked(`5\r\nhello world\r\n0\r\n\r\n`) + get()],
  ['a chunk without its CRLF', chunked(`5\r\nhello0\r\n\r\n`) + get()],
  ['a chunk ended by LF only', chunked(`5\r\nhello\n0\r\n\r\n`) + get()],
  // The last chunk.
  ['a last chunk 00', chunked(`1a\r\n${body}\r\n00\r\n\r\n`) + get()],
  ['a last chunk -0', chunked(`1a\r\n${body}\r\n-0\r\n\r\n`) + get()],
  ['a last chunk zz', chunked(`1a\r\n${body}\r\nzz\r\n\r\n`) + get()],
  ['an empty last chunk line', chunked(`1a\r\n${body}\r\n\r\n\r\n`) + get()],
  ['a last chunk with an extension', chunked(`1a\r\n${body}\r\n0;done\r\n\r\n`) + get()],
  ['no final CRLF after the last chunk', chunked(`1a\r\n${body}\r\n0\r\n`) + get()],
  // Trailers.
  ['a trailer', chunked(`1a\r\n${body}\r\n0\r\nX-Checksum: abc\r\n\r\n`) + get()],
  ['two trailers', chunked(`1a\r\n${body}\r\n0\r\nX-A: 1\r\nX-B: 2\r\n\r\n`) + get()],
  ['a trailer without a colon', chunked(`1a\r\n${body}\r\n0\r\nnot a trailer\r\n\r\n`) + get()],
  ['a folded trailer', chunked(`1a\r\n${body}\r\n0\r\nX-A: 1\r\n continued\r\n\r\n`) + get()],
  // Content-Length and Transfer-Encoding.
  ['a Content-Length body', withHeaders(`Content-Length: 26\r\n`, body) + get()],
  ['Content-Length 0', withHeaders(`Content-Length: 0\r\n`) + get()],
  ['Content-Length with a plus sign', withHeaders(`Content-Length: +26\r\n`, body) + get()],
  ['Content-Length in hex', withHeaders(`Content-Length: 0x1a\r\n`, body) + get()],
  ['Content-Length with junk', withHeaders(`Content-Length: 26abc\r\n`, body) + get()],
  ['Content-Length negative', withHeaders(`Content-Length: -1\r\n`, body) + get()],
  ['Content-Length with spaces around', withHeaders(`Content-Length:   26  \r\n`, body) + get()],
  ['Content-Length twice, the same', withHeaders(`Content-Length: 26\r\nContent-Length: 26\r\n`, body) + get()],
  ['Content-Length twice, different', withHeaders(`Content-Length: 26\r\nContent-Length: 27\r\n`, body) + get()],
  ['Content-Length as a list', withHeaders(`Content-Length: 26, 26\r\n`, body) + get()],
  ['Content-Length and Transfer-Encoding', withHeaders(`Content-Length: 26\r\nTransfer-Encoding: chunked\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['Transfer-Encoding and Content-Length', withHeaders(`Transfer-Encoding: chunked\r\nContent-Length: 3\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['Transfer-Encoding gzip, chunked', withHeaders(`Transfer-Encoding: gzip, chunked\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['Transfer-Encoding chunked, gzip', withHeaders(`Transfer-Encoding: chunked, gzip\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['Transfer-Encoding identity', withHeaders(`Transfer-Encoding: identity\r\n`, body) + get()],
  ['Transfer-Encoding twice', withHeaders(`Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['Transfer-Encoding in capitals', withHeaders(`Transfer-Encoding: CHUNKED\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['Transfer-Encoding chunked with a space inside', withHeaders(`Transfer-Encoding: chun ked\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['Transfer-Encoding with a space before the colon', withHeaders(`Transfer-Encoding : chunked\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a body with neither length nor chunking', withHeaders('', body) + get()],
  // Header lines.
  ['a header line without a colon', withHeaders(`X-A\r\n`) + get()],
  ['a folded header line', withHeaders(`X-A: 1\r\n  2\r\n`) + get()],
  ['a space before the colon', withHeaders(`X-A : 1\r\n`) + get()],
  ['an empty header name', withHeaders(`: 1\r\n`) + get()],
  ['a header name with a slash', withHeaders(`X/A: 1\r\n`) + get()],
  ['a NUL in a header value', withHeaders(`X-A: 1\u00002\r\n`) + get()],
  ['a bell in a header value', withHeaders(`X-A: 1\u00072\r\n`) + get()],
  ['a tab in a header value', withHeaders(`X-A: 1\t2\r\n`) + get()],
  ['an obs-text byte in a header value', withHeaders(`X-A: caf\u00e9\r\n`) + get()],
  ['a CR alone inside a header line', withHeaders(`X-A: 1\r2\r\n`) + get()],
  ['forty headers', withHeaders(Array.from({ length: 40 }, (_, index) => `X-H${index}: ${index}\r\n`).join('')) + get()],
  ['headers just under 16 KiB', withHeaders(`X-Big: ${'a'.repeat(16_000)}\r\n`) + get()],
  ['headers over 16 KiB', withHeaders(`X-Big: ${'a'.repeat(17_000)}\r\n`) + get()],
  [
    'many requests whose heads add up past 16 KiB',
    Array.from({ length: 40 }, () => withHeaders(`X-Pad: ${'p'.repeat(500)}\r\nContent-Length: 0\r\n`)).join('') + get(),
  ],
  // Request lines and versions.
  ['HTTP/1.0', `GET ${path} HTTP/1.0\r\n\r\n`],
  ['HTTP/1.0 keep-alive, then another', `GET ${path} HTTP/1.0\r\nConnection: keep-alive\r\n\r\n` + get()],
  ['HTTP/9.9', `GET ${path} HTTP/9.9\r\n\r\n` + get()],
  ['HTTP/2.0', `GET ${path} HTTP/2.0\r\nHost: x\r\n\r\n` + get()],
  ['HTTP/0.9', `GET ${path} HTTP/0.9\r\n\r\n` + get()],
  ['HTTP/1.10', `GET ${path} HTTP/1.10\r\n\r\n` + get()],
  ['HTTP/1.2', `GET ${path} HTTP/1.2\r\n\r\n` + get()],
  ['lower-case http/1.1', `GET ${path} http/1.1\r\n\r\n` + get()],
  ['no version', `GET ${path}\r\n\r\n` + get()],
  ['two spaces in the request line', `GET  ${path} HTTP/1.1\r\n\r\n` + get()],
  ['an unknown method', `FOO ${path} HTTP/1.1\r\nHost: x\r\n\r\n` + get()],
  ['a lower-case method', `get ${path} HTTP/1.1\r\nHost: x\r\n\r\n` + get()],
  ['a target with a fragment', `GET ${path}#frag HTTP/1.1\r\nHost: x\r\n\r\n` + get()],
  ['an absolute-form target', `GET http://x${path} HTTP/1.1\r\nHost: x\r\n\r\n` + get()],
  ['bare LF line endings', `GET ${path} HTTP/1.1\nHost: x\n\n` + get()],
  ['blank lines before a request', `\r\n\r\n` + get()],
  // Pipelines and smuggling shapes.
  ['three pipelined requests', get() + get() + get()],
  ['a Put and a Get pipelined', withHeaders(`Content-Type: application/json\r\nContent-Length: 26\r\n`, body) + get()],
  ['a request after Connection: close', `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n` + get()],
  ['CL.TE smuggling', withHeaders(`Content-Length: 6\r\nTransfer-Encoding: chunked\r\n`, `0\r\n\r\nG`) + get()],
  ['TE.CL smuggling', withHeaders(`Transfer-Encoding: chunked\r\nContent-Length: 4\r\n`, `5c\r\nGPOST / HTTP/1.1\r\n\r\n0\r\n\r\n`) + get()],
  ['a chunked body hiding a request', chunked(`0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n`)],
  ['TE obfuscated with a tab', withHeaders(`Transfer-Encoding:\tchunked\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['TE obfuscated with a vertical tab', withHeaders(`Transfer-Encoding: \u000bchunked\r\n`, `1a\r\n${body}\r\n0\r\n\r\n`) + get()],
  ['a request cut short', get().slice(0, 30)],
];

/**
 * Where the simulator decides differently from node:http on purpose. Lambda's front end speaks
 * HTTP/1.1 (and 1.0); node:http serves 0.9 and 2.0 request lines as if they were 1.x.
 */
export const deliberateDifferences: Record<string, { reason: string; refusal: string }> = {
  'no version': { reason: 'a request line without a version is HTTP/0.9', refusal: "The request's HTTP version 0.9 is not supported: send HTTP/1.1." },
  'HTTP/0.9': { reason: 'Lambda answers HTTP/1.x only', refusal: "The request's HTTP version 0.9 is not supported: send HTTP/1.1." },
  'HTTP/2.0': { reason: 'HTTP/2 is not spoken in HTTP/1.1 request lines', refusal: "The request's HTTP version 2.0 is not supported: send HTTP/1.1." },
};
