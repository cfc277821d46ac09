// The scanner page: posts the form to the public API, then polls the scan until it is completed or failed.
'use strict';

const $ = (id) => document.getElementById(id);
const steps = ['accepted', 'parsed', 'scored', 'completed'];
const downloads = [
  ['reportPdf', 'Report (PDF)'],
  ['reportHtml', 'Report (web page)'],
  ['optimizedDocx', 'ATS-friendly resume (Word)'],
  ['optimizedPdf', 'ATS-friendly resume (PDF)'],
  ['resume', 'Parsed data (JSON Resume)'],
  ['score', 'Score and findings (JSON)'],
];
let scanUrl = null;

async function loadRoles() {
  const response = await fetch('/api/v1/roles');
  const roles = response.ok ? await response.json() : [];
  for (const select of [$('role'), $('tips-role')]) {
    for (const role of roles) {
      const option = document.createElement('option');
      option.value = role.id;
      option.textContent = role.title;
      option.selected = role.id === 'backend-developer';
      select.append(option);
    }
  }
}

// Problem details carry the sentence meant for people in 'detail' (or per-field 'errors').
async function problemText(response) {
  try {
    const problem = await response.json();
    const fieldErrors = problem.errors ? Object.values(problem.errors).flat().join(' ') : '';
    return problem.detail || fieldErrors || problem.title || `The upload was refused (${response.status}).`;
  } catch {
    return `The upload was refused (${response.status}).`;
  }
}

function showError(text) {
  $('form-error').textContent = text;
  $('form-error').hidden = !text;
}

function showStatus(scan) {
  const reached = steps.indexOf(scan.status);
  document.querySelectorAll('.steps li').forEach((li, i) => {
    li.classList.toggle('done', scan.status !== 'failed' && i <= reached);
    li.classList.toggle('failed', scan.status === 'failed' && i === 0);
  });
  $('status-line').textContent = {
    accepted: 'Reading your resume…',
    parsed: 'Checking it against the role guide…',
    scored: 'Writing your report and the rewrite…',
    completed: 'Done.',
    failed: 'The scan could not finish.',
  }[scan.status] || scan.status;
}

function showResult(scan) {
  $('result').hidden = false;
  if (scan.status === 'failed') {
    $('score').parentElement.hidden = true;
    $('failure').hidden = false;
    $('failure').textContent = scan.failure ? scan.failure.message : 'The scan failed.';
    return;
  }
  $('score').textContent = scan.score;
  const list = $('downloads');
  list.replaceChildren();
  for (const [key, label] of downloads) {
    if (!scan.links[key]) continue;
    const a = document.createElement('a');
    a.href = scan.links[key];
    a.textContent = label;
    if (key === 'reportHtml') a.target = '_blank';
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
}

async function poll() {
  const response = await fetch(scanUrl, { cache: 'no-store' });
  if (!response.ok) {
    $('status-line').textContent = await problemText(response);
    return;
  }
  const scan = await response.json();
  showStatus(scan);
  if (scan.status === 'completed' || scan.status === 'failed') {
    showResult(scan);
    $('submit').disabled = false;
  } else {
    setTimeout(poll, 700);
  }
}

async function submit(event) {
  event.preventDefault();
  showError('');
  const file = $('file').files[0];
  if (!file) { showError('Choose your resume first.'); return; }
  $('submit').disabled = true;
  const body = new FormData($('scan-form'));
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
  scanUrl = response.headers.get('Location');
  $('file-name').textContent = file.name;
  $('progress').hidden = false;
  $('result').hidden = true;
  $('score').parentElement.hidden = false;
  $('failure').hidden = true;
  poll();
}

async function erase() {
  if (!scanUrl) return;
  const response = await fetch(scanUrl, { method: 'DELETE' });
  $('result').hidden = true;
  $('status-line').textContent = response.ok || response.status === 204
    ? 'Deleted: your resume and its results are gone.'
    : await problemText(response);
  scanUrl = null;
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
loadRoles();
