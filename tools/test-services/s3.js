'use strict';
// Starts s3rver on 127.0.0.1 (a random free port, data in DIR) and the SigV4 verifying proxy in
// front of it (another random port), prints {"s3rverPort":N,"proxyPort":M} on one line, and stops
// both when stdin closes or on SIGTERM.
//   node s3.js --dir DIR --bucket NAME --access-key ID --secret SECRET [--clock-offset-seconds N]
// s3rver makes continuation tokens with DES, which Node 17+ only offers with the legacy OpenSSL
// provider: start again with it.
if (!process.execArgv.includes('--openssl-legacy-provider')) {
  const { spawn } = require('child_process');
  const child = spawn(process.execPath, ['--openssl-legacy-provider', ...process.execArgv, __filename,
    ...process.argv.slice(2)], { stdio: 'inherit' });
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code === null ? 1 : code));
  return;
}

const path = require('path');
const npmDir = process.env.AKS_NPM_DIR || path.join(__dirname, '..', '..', '.deps', 'npm', 'node_modules');
const S3rver = require(require.resolve('s3rver', { paths: [npmDir] }));
const { createProxy } = require('./sigv4-proxy.js');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main() {
  const dir = arg('dir');
  if (!dir) throw new Error('--dir is required');
  const buckets = (arg('bucket', 'velero') || '').split(',').filter(Boolean).map((name) => ({ name }));
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: buckets });
  const { port: s3rverPort } = await s3.run();
  const proxy = createProxy({
    targetPort: s3rverPort,
    accessKeyId: arg('access-key', 'S3RVER'),
    secretAccessKey: process.env.AKS_PROXY_SECRET || arg('secret', 'S3RVER'),
    clockOffsetMs: Number(arg('clock-offset-seconds', '0')) * 1000,
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  process.stdout.write(JSON.stringify({ s3rverPort, proxyPort: proxy.address().port }) + '\n');
  const stop = async () => {
    proxy.close();
    await s3.close();
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(`cannot start s3rver: ${e.stack || e}\n`);
  process.exit(1);
});
