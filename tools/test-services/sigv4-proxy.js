'use strict';
// A reverse proxy that checks every request's AWS Signature V4 before s3rver sees it: s3rver does
// not verify V4 signatures, so the S3 tests would pass with any secret. The signature is recomputed
// with aws4, a signer independent of the app's, from the same credentials; a mismatch is answered
// the way S3 answers it (403 SignatureDoesNotMatch), a date off by more than 15 minutes with
// 403 RequestTimeTooSkewed.
const http = require('http');
const path = require('path');
const npmDir = process.env.AKS_NPM_DIR || path.join(__dirname, '..', '..', '.deps', 'npm', 'node_modules');
const aws4 = require(require.resolve('aws4', { paths: [npmDir] }));

const AUTH_RE =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

function s3Error(res, status, code, message, extra = '') {
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>proxy</RequestId></Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function amzDateToMs(d) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(d || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

// Returns null when the signature holds, else [status, code, message, extra].
function check(req, options) {
  const auth = req.headers.authorization || '';
  const m = AUTH_RE.exec(auth);
  if (!m) return [403, 'AccessDenied', 'The request carries no AWS Signature Version 4 authorization.'];
  const [, accessKeyId, , region, service, signedHeaders] = m;
  if (accessKeyId !== options.accessKeyId)
    return [403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'];
  const now = Date.now() + options.clockOffsetMs;
  const sent = amzDateToMs(req.headers['x-amz-date']);
  if (Number.isNaN(sent) || Math.abs(now - sent) > 15 * 60 * 1000)
    return [403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.',
      `<ServerTime>${new Date(now).toISOString()}</ServerTime>`];
  const headers = {};
  for (const name of signedHeaders.split(';')) {
    if (req.headers[name] === undefined) return [403, 'AccessDenied', `Signed header ${name} is missing.`];
    headers[name] = req.headers[name];
  }
  const opts = { host: req.headers.host, path: req.url, method: req.method, service, region, headers };
  aws4.sign(opts, { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey });
  const expected = opts.headers.Authorization;
  if (expected !== auth)
    return [403, 'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.'];
  return null;
}

function createProxy(options) {
  const opts = Object.assign({ clockOffsetMs: 0 }, options);
  return http.createServer((req, res) => {
    const problem = check(req, opts);
    if (problem) {
      s3Error(res, ...problem);
      req.resume();
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: opts.targetPort, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      });
    upstream.on('error', (e) => s3Error(res, 502, 'BadGateway', String(e.message)));
    req.pipe(upstream);
  });
}

module.exports = { createProxy, check };
