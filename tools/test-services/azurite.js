'use strict';
// Starts Azurite's blob service on 127.0.0.1 with a random free port, its data in DIR, strict
// authentication (Shared Key and SAS checked), prints {"blobPort":N} once it accepts connections,
// and stops it when stdin closes or on SIGTERM.
//   node azurite.js --dir DIR [--cert CERT.pem --key KEY.pem]   (HTTPS with that certificate)
const path = require('path');
const net = require('net');
const { spawn } = require('child_process');
const npmDir = process.env.AKS_NPM_DIR || path.join(__dirname, '..', '..', '.deps', 'npm', 'node_modules');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function accepts(port) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.destroy();
      resolve(true);
    });
    c.on('error', () => resolve(false));
  });
}

async function main() {
  const dir = arg('dir');
  if (!dir) throw new Error('--dir is required');
  const bin = path.join(npmDir, 'azurite', 'dist', 'src', 'blob', 'main.js');
  const port = await freePort();
  const child = spawn(process.execPath, [bin, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', dir,
    '--silent', '--skipApiVersionCheck', '--disableTelemetry',
    ...(arg('cert') ? ['--cert', arg('cert'), '--key', arg('key')] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.on('exit', (code) => {
    exited = true;
    process.stderr.write(`azurite exited with ${code}\n`);
    process.exit(1);
  });
  const deadline = Date.now() + 120000;
  while (!(await accepts(port))) {
    if (exited || Date.now() > deadline) throw new Error('azurite did not start within 120 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  process.stdout.write(JSON.stringify({ blobPort: port }) + '\n');
  const stop = () => {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(`cannot start azurite: ${e.stack || e}\n`);
  process.exit(1);
});
