// The machine's ceiling: node:http answering every request with a fixed 200 JSON body of the
// simulator's size, reading request bodies as the simulator does. Usage: node bare-server.mjs PORT
import { createServer } from 'node:http';

const body = JSON.stringify({ FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function', RuntimeVersionArn: null, UpdateRuntimeOn: 'Auto' });
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-amzn-RequestId': '00000000-0000-0000-0000-000000000000' };

createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, headers);
    response.end(body);
  });
}).listen(Number(process.argv[2]), '127.0.0.1');
