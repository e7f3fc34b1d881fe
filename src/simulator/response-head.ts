import { STATUS_CODES } from 'node:http';

/**
 * The status line and headers of an answer; `keepAliveSeconds` undefined closes the connection
 * after it. Every header name and value comes from the simulator
 * itself (never from the request), so none can carry a line break.
 */
export function responseHead(status: number, headers: readonly string[], contentLength: number, keepAliveSeconds: number | undefined): string {
  let head = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n`;
  for (let index = 0; index + 1 < headers.length; index += 2) head += `${headers[index]}: ${headers[index + 1]}\r\n`;
  const connection = keepAliveSeconds === undefined ? 'connection: close' : `connection: keep-alive\r\nkeep-alive: timeout=${keepAliveSeconds}`;
  return `${head}content-length: ${contentLength}\r\ndate: ${httpDate()}\r\n${connection}\r\n\r\n`;
}

let dateSecond = -1;
let dateText = '';

/** The Date header value, formatted once per second as node:http does. */
function httpDate(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}
