'use strict';
// Shared by start.js and stop.js: where the dev server lives, how to tell it is up, and what to tell the developer.
const fs = require('node:fs');
const https = require('node:https');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PID_FILE = path.join(REPO_ROOT, '.certs', 'dev-server.pid');
const MANIFEST = path.join(REPO_ROOT, 'manifest.xml');

function devServerPort(env = process.env) {
  return Number(env.npm_package_config_dev_server_port || 3000);
}

function officeDebuggingCli() {
  return require.resolve('office-addin-debugging/cli.js');
}

/** Resolves true once https://localhost:<port>/<page> answers 200 (any certificate), false on timeout. */
function waitUntilServing(port, { page = 'taskpane.html', timeoutMs = 180000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = () => {
      const request = https.get(
        { host: 'localhost', port, path: `/${page}`, rejectUnauthorized: false },
        (response) => {
          response.resume();
          if (response.statusCode === 200) resolve(true);
          else retry();
        },
      );
      request.on('error', retry);
      request.setTimeout(5000, () => request.destroy());
    };
    const retry = () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, intervalMs));
    attempt();
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid recorded by a running `npm start`, or null (a stale file is removed). */
function runningDevServerPid() {
  if (!fs.existsSync(PID_FILE)) return null;
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
  fs.rmSync(PID_FILE, { force: true });
  return null;
}

function writePid(pid) {
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, `${pid}\n`);
}

function clearPid(pid) {
  if (fs.existsSync(PID_FILE) && Number(fs.readFileSync(PID_FILE, 'utf8').trim()) === pid) fs.rmSync(PID_FILE);
}

/** The text printed once the dev server answers. */
function readyMessage(port, platform) {
  const base = `https://localhost:${port}`;
  const lines = [
    '',
    'NAP Monitor dev server is running.',
    `  Task pane:  ${base}/taskpane.html`,
    `  Preview:    ${base}/preview.html`,
    '    The preview runs the add-in beside a simulated workbook, in any browser, without Excel.',
    `  Manifest:   ${base}/manifest.xml  (file: manifest.xml)`,
    '',
  ];
  if (platform === 'win32' || platform === 'darwin') {
    lines.push(
      'Sideloading into Excel desktop with office-addin-debugging...',
      '  Excel opens with NAP Monitor on the Home tab. `npm stop` unregisters the add-in and stops this server.',
    );
  } else {
    lines.push(
      'Excel desktop is not available on Linux. To try the add-in in Excel on the web:',
      '  1. Keep this server running, and let your browser trust the certificate: open the task pane URL above',
      '     and accept it, or import .certs/ca.crt as a trusted authority.',
      '  2. Open a workbook in Excel on the web (OneDrive or SharePoint).',
      '  3. Insert > Add-ins > Upload My Add-in, and choose manifest.xml from this repository.',
      '  4. NAP Monitor appears on the Home tab.',
      'Stop the server with Ctrl+C here, or `npm stop` from another terminal.',
    );
  }
  return lines.join('\n');
}

module.exports = {
  MANIFEST,
  PID_FILE,
  REPO_ROOT,
  clearPid,
  devServerPort,
  isAlive,
  officeDebuggingCli,
  readyMessage,
  runningDevServerPid,
  waitUntilServing,
  writePid,
};
