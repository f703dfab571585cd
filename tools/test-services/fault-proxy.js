'use strict';
// A reverse proxy that injects storage faults between the app and Azurite or s3rver (or the SigV4
// proxy in front of s3rver), for the storage fault tests. Plain node http, no npm packages.
//   node fault-proxy.js --target-port N [--target-host 127.0.0.1]
// Prints {"proxyPort":P,"adminPort":A} once both listen; stops when stdin closes or on SIGTERM.
// Requests and headers pass through unchanged (Host included, so signatures still verify).
//
// The admin server (127.0.0.1:A) takes JSON:
//   POST   /faults  [rule, ...]   appends rules; each request uses the first rule that matches
//   DELETE /faults                removes every rule
//   GET    /log                   [{t, method, url, range, fault, status}, ...] every request so far
//   DELETE /log                   forgets them
// A rule: {"match": "substring of the request URL" (default: all), "method": "GET" (default: any),
//          "times": N (default 1), "action": ...} with one of these actions:
//   "status"  answer {"status": 503, "retryAfter": "2" (optional), "code": "ServerBusy"} without
//             asking the server
//   "cut"     forward, then close the connection after {"afterBytes": K} bytes of the body
//   "stall"   forward, send the headers and {"afterBytes": K} bytes (default 0: not even the
//             headers when "beforeHeaders" is true), then send nothing more until the client leaves
//   "reset"   close the connection without any answer
const http = require('http');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const targetHost = arg('target-host', '127.0.0.1');
const targetPort = Number(arg('target-port'));
if (!targetPort) {
  process.stderr.write('fault-proxy: --target-port is required\n');
  process.exit(1);
}

let rules = [];
let log = [];
const sockets = new Set(); // every client socket, so stalled ones can be closed at exit

const kCodes = { 429: 'TooManyRequests', 500: 'InternalError', 502: 'BadGateway', 503: 'ServerBusy',
  504: 'GatewayTimeout' };

function takeRule(req) {
  for (const r of rules) {
    if (r.times <= 0) continue;
    if (r.method && r.method !== req.method) continue;
    if (r.match && !req.url.includes(r.match)) continue;
    r.times -= 1;
    return r;
  }
  return null;
}

function errorBody(code, message) {
  return '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault-proxy</RequestId></Error>`;
}

function forward(req, res, entry, onResponse) {
  const upstream = http.request({ host: targetHost, port: targetPort, method: req.method, path: req.url,
    headers: req.headers }, (up) => {
    entry.status = up.statusCode;
    onResponse(up);
  });
  upstream.on('error', (e) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body = errorBody('BadGateway', String(e.message));
    res.writeHead(502, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
  req.pipe(upstream);
}

const proxy = http.createServer((req, res) => {
  const rule = takeRule(req);
  const entry = { t: Date.now(), method: req.method, url: req.url, range: req.headers.range || req.headers['x-ms-range'] || null,
    fault: rule ? rule.action : null, status: null };
  log.push(entry);
  if (!rule) {
    forward(req, res, entry, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    return;
  }
  switch (rule.action) {
  case 'status': {
    req.resume();
    const status = Number(rule.status || 503);
    const body = errorBody(rule.code || kCodes[status] || 'Fault', `Injected ${status} by the fault proxy.`);
    const headers = { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) };
    if (rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter);
    entry.status = status;
    res.writeHead(status, headers);
    res.end(body);
    return;
  }
  case 'reset':
    req.resume();
    req.socket.destroy();
    return;
  case 'stall':
    if (rule.beforeHeaders) {
      req.resume(); // never answered: the client's timeout has to end it
      return;
    }
  // falls through: the headers and the first bytes come from the server
  case 'cut': {
    const limit = Number(rule.afterBytes || 0);
    forward(req, res, entry, (up) => {
      res.writeHead(up.statusCode, up.headers);
      let sent = 0;
      let done = false;
      up.on('data', (chunk) => {
        if (done) return;
        const room = limit - sent;
        if (chunk.length < room) {
          sent += chunk.length;
          res.write(chunk);
          return;
        }
        if (room > 0) res.write(chunk.subarray(0, room));
        sent = limit;
        done = true;
        entry.bytes = sent;
        up.destroy();
        // Cut: close once the bytes are out. Stall: keep the connection open and silent.
        if (rule.action === 'cut') res.socket.end(() => res.socket.destroy());
      });
      up.on('end', () => {
        if (!done) res.end(); // the body was shorter than the limit: nothing to cut
      });
    });
    return;
  }
  default: {
    const body = errorBody('FaultProxy', `Unknown action ${rule.action}.`);
    res.writeHead(500, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }
  }
});
proxy.on('connection', (s) => {
  sockets.add(s);
  s.on('close', () => sockets.delete(s));
});

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text ? JSON.parse(text) : null);
      } catch (e) {
        reject(e);
      }
    });
  });
}

const admin = http.createServer(async (req, res) => {
  const reply = (status, value) => {
    const body = JSON.stringify(value === undefined ? {} : value);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  try {
    if (req.url === '/faults' && req.method === 'POST') {
      const body = await readJson(req);
      for (const r of Array.isArray(body) ? body : [body])
        rules.push(Object.assign({ times: 1 }, r));
      return reply(200, { rules: rules.length });
    }
    if (req.url === '/faults' && req.method === 'DELETE') {
      rules = [];
      return reply(200);
    }
    if (req.url === '/faults' && req.method === 'GET') return reply(200, rules);
    if (req.url === '/log' && req.method === 'GET') return reply(200, log);
    if (req.url === '/log' && req.method === 'DELETE') {
      log = [];
      return reply(200);
    }
    return reply(404, { error: `no ${req.method} ${req.url}` });
  } catch (e) {
    return reply(400, { error: String(e.message) });
  }
});

async function main() {
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => admin.listen(0, '127.0.0.1', resolve));
  process.stdout.write(JSON.stringify({ proxyPort: proxy.address().port, adminPort: admin.address().port }) + '\n');
  const stop = () => {
    for (const s of sockets) s.destroy();
    proxy.close();
    admin.close();
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(`cannot start the fault proxy: ${e.stack || e}\n`);
  process.exit(1);
});
