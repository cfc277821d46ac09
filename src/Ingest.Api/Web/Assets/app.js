// The scanner page: posts the form to the public API, polls the scan until it ends, then shows the report itself
// (verdict, score, role fit, findings, job match) from score.json. A result has its own address, #/scans/{id}.
'use strict';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const statuses = ['accepted', 'parsed', 'scored', 'completed'];
const steps = ['upload', 'parse', 'score', 'render'];
const stageNames = { upload: 'the upload', parse: 'reading the file', score: 'scoring', render: 'writing the report' };
const downloads = [
  ['reportPdf', 'Report (PDF)'],
  ['reportHtml', 'Report (web page)'],
  ['optimizedDocx', 'ATS-friendly resume (Word)'],
  ['optimizedPdf', 'ATS-friendly resume (PDF)'],
  ['resume', 'Parsed data (JSON Resume)'],
  ['score', 'Score and findings (JSON)'],
];
const subscoreNames = { ats: 'ATS reading', structure: 'Structure', content: 'Content', skills: 'Skills', match: 'Job match' };
const statusNames = { pass: 'Pass', warn: 'Improve', fail: 'Fail' };
const fitNames = { good: 'Good fit', partial: 'Partial fit', poor: 'Poor fit' };
let roles = [];
let scanUrl = null;
let lastFile = null;
let pollTimer = null;

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

function band(score) {
  return score >= 80 ? 'pass' : score >= 60 ? 'warn' : 'fail';
}

const colours = { pass: '#1a7f37', warn: '#9a6700', fail: '#cf222e', track: '#e8ebf0' };

function roleTitle(id) {
  const role = roles.find((r) => r.id === id);
  return role ? role.title : id;
}

async function loadRoles() {
  const response = await fetch('/api/v1/roles');
  roles = response.ok ? await response.json() : [];
  for (const role of roles) {
    $('role').append(el('option', { value: role.id }, role.title));
    const tip = el('option', { value: role.id }, role.title);
    tip.selected = role.id === 'general';
    $('tips-role').append(tip);
  }
}

// Problem details carry the sentence meant for people in 'detail' (or per-field 'errors').
async function problemText(response) {
  try {
    const problem = await response.json();
    const fieldErrors = problem.errors ? Object.values(problem.errors).flat().join(' ') : '';
    return problem.detail || fieldErrors || problem.title || `The request was refused (${response.status}).`;
  } catch {
    return `The request was refused (${response.status}).`;
  }
}

function showError(text) {
  $('form-error').textContent = text;
  $('form-error').hidden = !text;
}

function showSteps(scan) {
  const reached = scan.status === 'failed'
    ? steps.indexOf(scan.failure ? scan.failure.stage : 'upload') - 1
    : statuses.indexOf(scan.status);
  document.querySelectorAll('.steps li').forEach((li, i) => {
    const failedHere = scan.status === 'failed' && scan.failure && li.dataset.step === scan.failure.stage;
    li.classList.toggle('done', i <= reached);
    li.classList.toggle('failed', Boolean(failedHere));
    li.classList.toggle('skipped', scan.status === 'failed' && i > reached && !failedHere);
  });
  $('status-line').textContent = {
    accepted: 'Reading your resume…',
    parsed: 'Checking it against the role guide…',
    scored: 'Writing your report and the rewrite…',
    completed: 'Done.',
    failed: `The scan stopped at ${scan.failure ? stageNames[scan.failure.stage] || scan.failure.stage : 'a stage'}.`,
  }[scan.status] || scan.status;
}

function gauge(score, readable) {
  const figure = $('gauge');
  figure.replaceChildren();
  if (!readable) {
    figure.append(el('p', { class: 'not-scored', id: 'score' }, 'Not scored: an ATS reads no text in this file.'));
    return;
  }
  const share = Math.max(0, Math.min(100, score)) / 100;
  const image = svg('svg', { viewBox: '0 0 200 118', role: 'img', 'aria-label': `Overall score ${score} out of 100` });
  image.append(svg('path', { d: 'M 20 100 A 80 80 0 0 1 180 100', fill: 'none', stroke: colours.track, 'stroke-width': 18, 'stroke-linecap': 'round' }));
  if (score > 0) {
    const x = 100 - 80 * Math.cos(Math.PI * share);
    const y = 100 - 80 * Math.sin(Math.PI * share);
    image.append(svg('path', { d: `M 20 100 A 80 80 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`, fill: 'none', stroke: colours[band(score)], 'stroke-width': 18, 'stroke-linecap': 'round' }));
  }
  const number = svg('text', { x: 100, y: 92, 'text-anchor': 'middle', 'font-size': 44, 'font-weight': 700, fill: '#1f2933', id: 'score' });
  number.textContent = String(score);
  const scale = svg('text', { x: 100, y: 113, 'text-anchor': 'middle', 'font-size': 13, fill: '#52606d' });
  scale.textContent = 'out of 100';
  image.append(number, scale);
  figure.append(image, el('figcaption', {}, 'Overall score'));
}

function bar(value) {
  const image = svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  image.append(svg('rect', { x: 0, y: 0, width: 100, height: 10, rx: 5, fill: colours.track }));
  image.append(svg('rect', { x: 0, y: 0, width: Math.max(0, Math.min(100, value)), height: 10, rx: 5, fill: colours[band(value)] }));
  return image;
}

function showOverview(report) {
  $('verdict').textContent = report.verdict || '';
  gauge(report.score, report.readable !== false);
  const checks = report.checks || [];
  const count = (status) => checks.filter((c) => c.status === status && (c.weight > 0 || status !== 'pass')).length;
  $('counts').replaceChildren(
    el('span', { class: 'pill fail' }, `${count('fail')} failed`),
    el('span', { class: 'pill warn' }, `${count('warn')} to improve`),
    el('span', { class: 'pill pass' }, `${count('pass')} passed`));
  const list = $('subscores');
  list.replaceChildren();
  if (report.readable === false) return;
  for (const [key, value] of Object.entries(report.subscores || {})) {
    list.append(el('li', {}, el('span', {}, subscoreNames[key] || key), bar(value), el('strong', {}, String(value))));
  }
}

function showRoleFit(report) {
  const fit = report.roleFit;
  const box = $('role-fit');
  box.hidden = !fit;
  if (!fit) return;
  const title = fit.roleTitle || roleTitle(fit.role);
  const best = fit.bestRoleTitle || roleTitle(fit.bestRole);
  const readable = report.readable !== false;
  $('role-used').textContent = `Scored as: ${title}${fit.chosen && readable ? ' (the guide this resume fits best)' : ''}`;
  $('fit-badge').textContent = readable ? fitNames[fit.fit] || fit.fit : 'Not judged';
  $('fit-badge').className = `badge ${readable ? fit.fit : 'na'}`;
  $('fit-note').textContent = !readable
    ? 'No text could be read, so the fit to a role was not judged.'
    : fit.bestRole !== fit.role
      ? `The ${best} guide fits this resume ${fit.fit === 'poor' ? 'better' : 'more closely'}.`
      : fit.fit === 'good' ? 'The resume shows the work of this role.' : 'The resume shows only part of this role\'s work.';
  $('fit-evidence').replaceChildren(...(fit.evidence || []).map((line) => el('li', {}, line)));
  $('fit-evidence-box').hidden = !(fit.evidence || []).length;

  const offer = readable && fit.bestRole !== fit.role;
  $('rescore-box').hidden = !offer;
  if (offer) {
    $('rescore').textContent = `Score it as ${best}`;
    $('rescore').dataset.role = fit.bestRole;
    $('rescore').disabled = false;
    $('rescore-hint').textContent = lastFile ? '' : 'Choose the file again above first; the role is set for you.';
  }
}

function showMatch(report) {
  const match = report.match;
  $('match').hidden = !match;
  if (!match) return;
  const rate = Math.round((match.rate || 0) * 100);
  $('match-bar').replaceChildren(bar(rate));
  $('match-rate').textContent = `${rate}%`;
  const terms = $('match-terms');
  terms.replaceChildren();
  const important = new Set(match.missingImportant || []);
  const groups = [
    ['Missing, and important', [...important], 'important'],
    ['Also missing', (match.missing || []).filter((t) => !important.has(t)), 'missing'],
    ['Already in the resume', match.matched || [], 'matched'],
  ];
  for (const [heading, list, kind] of groups) {
    if (!list.length) continue;
    terms.append(el('h3', {}, heading), el('ul', { class: 'chips' }, ...list.map((t) => el('li', { class: `chip ${kind}` }, t))));
  }
}

function showFindings(report) {
  const box = $('findings');
  box.replaceChildren();
  for (const check of report.checks || []) {
    const judged = check.weight > 0 || check.status !== 'pass';
    const status = judged ? check.status : 'na';
    const finding = el('details', { class: `finding ${status}`, id: `finding-${check.id}` });
    finding.open = check.status === 'fail';
    finding.append(el('summary', {},
      el('span', { class: `badge ${status}` }, judged ? statusNames[check.status] || check.status : 'Not judged'),
      el('span', { class: 'title' }, check.title),
      el('span', { class: 'meta' }, judged ? `${check.category} · weight ${check.weight}` : check.category)));
    const body = el('div', { class: 'body' }, el('p', { class: 'detail' }, check.detail));
    if ((check.evidence || []).length) {
      body.append(el('div', { class: 'evidence' }, el('span', { class: 'label' }, 'From your resume'),
        el('ul', { class: 'quotes' }, ...check.evidence.map((line) => el('li', {}, line)))));
    }
    if (check.fix) {
      body.append(el('p', { class: 'fix' }, el('span', { class: 'label' }, 'How to fix'), check.fix));
    }
    finding.append(body);
    box.append(finding);
  }
  const advice = (report.guide && report.guide.advice) || [];
  $('advice-box').hidden = !advice.length;
  $('advice-title').textContent = `Advice for a ${report.guide ? report.guide.title : ''} resume`;
  $('advice').replaceChildren(...advice.map((line) => el('li', {}, line)));
}

function showDownloads(scan) {
  const list = $('downloads');
  list.replaceChildren();
  for (const [key, label] of downloads) {
    if (!scan.links[key]) continue;
    const a = el('a', { href: scan.links[key] }, label);
    if (key === 'reportHtml') a.target = '_blank';
    list.append(el('li', {}, a));
  }
  $('downloads-box').hidden = list.children.length === 0;
  $('no-rewrite').hidden = !(scan.status === 'completed' && !scan.links.optimizedPdf);
}

async function showResult(scan) {
  $('result').hidden = false;
  const id = scanUrl.split('/').pop();
  $('result-link').href = `/#/scans/${id}`;
  $('result-link').textContent = `${location.origin}/#/scans/${id}`;
  $('failure').hidden = scan.status !== 'failed';
  if (scan.failure) {
    $('failure-stage').textContent = stageNames[scan.failure.stage] || scan.failure.stage;
    $('failure-message').textContent = scan.failure.message;
  }
  showDownloads(scan);
  $('report').hidden = true;
  if (!scan.links.score) return;
  const response = await fetch(scan.links.score, { cache: 'no-store' });
  if (!response.ok) return;
  const report = await response.json();
  showOverview(report);
  showRoleFit(report);
  showMatch(report);
  showFindings(report);
  $('report').hidden = false;
}

async function poll() {
  pollTimer = null;
  if (!scanUrl) return;
  const url = scanUrl;
  const response = await fetch(url, { cache: 'no-store' });
  if (url !== scanUrl) return;
  if (!response.ok) {
    $('status-line').textContent = await problemText(response);
    return;
  }
  const scan = await response.json();
  showSteps(scan);
  if (scan.status === 'completed' || scan.status === 'failed') {
    await showResult(scan);
    $('submit').disabled = false;
  } else {
    pollTimer = setTimeout(poll, 700);
  }
}

function follow(id) {
  if (pollTimer) clearTimeout(pollTimer);
  scanUrl = `/api/v1/scans/${id}`;
  $('progress').hidden = false;
  $('result').hidden = true;
  $('report').hidden = true;
  poll();
}

async function send(file, role) {
  showError('');
  if (!file) { showError('Choose your resume first.'); return; }
  if (file.size > MAX_UPLOAD_BYTES) { showError('The file is larger than the 10 MiB a resume may be.'); return; }
  $('submit').disabled = true;
  const body = new FormData($('scan-form'));
  body.set('file', file);
  body.set('role', role);
  if (!body.get('jobDescription')) body.delete('jobDescription');
  const response = await fetch('/api/v1/scans', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': crypto.randomUUID() },
  });
  if (response.status !== 202) {
    showError(await problemText(response));
    $('submit').disabled = false;
    return;
  }
  lastFile = file;
  const id = response.headers.get('Location').split('/').pop();
  $('file-name').textContent = file.name;
  location.hash = `#/scans/${id}`;
}

function submit(event) {
  event.preventDefault();
  send($('file').files[0], $('role').value);
}

function rescore() {
  const role = $('rescore').dataset.role;
  $('role').value = role;
  const file = lastFile || $('file').files[0];
  if (!file) {
    $('file').focus();
    return;
  }
  $('rescore').disabled = true;
  send(file, role);
}

function route() {
  const match = /^#\/scans\/([0-9a-f]{32})$/.exec(location.hash);
  if (match) {
    if (!$('file-name').textContent) $('file-name').textContent = 'your resume';
    follow(match[1]);
  }
}

async function erase() {
  if (!scanUrl) return;
  const response = await fetch(scanUrl, { method: 'DELETE' });
  $('result').hidden = true;
  $('status-line').textContent = response.ok || response.status === 204
    ? 'Deleted: your resume and its results are gone.'
    : await problemText(response);
  scanUrl = null;
  history.replaceState(null, '', '/');
}

// The answer is the same whether or not the address was subscribed already, so the page just repeats it.
async function subscribe(event) {
  event.preventDefault();
  const message = $('tips-message');
  $('tips-submit').disabled = true;
  const response = await fetch('/api/v1/subscribers', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: $('tips-email').value, role: $('tips-role').value }),
  });
  const ok = response.status === 202;
  message.textContent = ok ? (await response.json()).message : await problemText(response);
  message.className = ok ? 'notice' : 'error';
  message.hidden = false;
  $('tips-submit').disabled = false;
}

$('scan-form').addEventListener('submit', submit);
$('tips-form').addEventListener('submit', subscribe);
$('delete').addEventListener('click', erase);
$('rescore').addEventListener('click', rescore);
window.addEventListener('hashchange', route);
loadRoles().then(route);
