// The career-centre view: a tenant's batches over the batch API. The API key lives in sessionStorage only (this tab,
// until it closes): never in a URL, a cookie or localStorage. Events come through fetch, since EventSource cannot send
// the key; reports and downloads are fetched with the key and handed to the browser as blobs.
'use strict';

const $ = (id) => document.getElementById(id);
const KEY = 'resume-pipeline.centre.apiKey';
const SVG = 'http://www.w3.org/2000/svg';
let chosenFiles = [];
let current = null;          // the batch on screen: { id, abort }
let rows = [];               // results.csv as objects
let sort = { column: 'File', direction: 1 };

const apiKey = () => sessionStorage.getItem(KEY);
const authorized = (options = {}) => ({ ...options, headers: { ...(options.headers || {}), Authorization: `Bearer ${apiKey()}` } });
const api = (path, options) => fetch(path, authorized({ cache: 'no-store', ...options }));

async function problemText(response) {
  try {
    const problem = await response.json();
    const fieldErrors = problem.errors ? Object.values(problem.errors).flat().join(' ') : '';
    return problem.detail || fieldErrors || problem.title || `The request was refused (${response.status}).`;
  } catch {
    return `The request was refused (${response.status}).`;
  }
}

function show(id, text) {
  $(id).textContent = text || '';
  $(id).hidden = !text;
}

// ---- the key ------------------------------------------------------------------------------------------------------

async function useKey(event) {
  event.preventDefault();
  show('key-error', '');
  sessionStorage.setItem(KEY, $('api-key').value.trim());
  $('api-key').value = '';
  const response = await api('/api/v1/batches?pageSize=20');
  if (!response.ok) {
    sessionStorage.removeItem(KEY);
    show('key-error', response.status === 401 ? 'This key is not valid. Check it with whoever runs the service.' : await problemText(response));
    return;
  }
  signedIn(await response.json());
}

function signedIn(page) {
  $('key-section').hidden = true;
  $('workspace').hidden = false;
  listBatches(page.items);
  const wanted = new URLSearchParams(location.hash.slice(1)).get('batch');
  if (wanted) openBatch(wanted);
}

function forgetKey() {
  sessionStorage.removeItem(KEY);
  if (current) current.abort.abort();
  location.hash = '';
  location.reload();
}

// ---- a new batch --------------------------------------------------------------------------------------------------

function choose(files) {
  chosenFiles = [...files];
  const zip = chosenFiles.length === 1 && /\.zip$/i.test(chosenFiles[0].name);
  $('chosen').textContent = chosenFiles.length === 0 ? ''
    : zip ? `${chosenFiles[0].name} (a ZIP of resumes)` : `${chosenFiles.length} file${chosenFiles.length === 1 ? '' : 's'} chosen`;
}

function upload(event) {
  event.preventDefault();
  show('upload-error', '');
  if (chosenFiles.length === 0) { show('upload-error', 'Drop a ZIP or the resumes first.'); return; }
  const body = new FormData();
  const zip = chosenFiles.length === 1 && /\.zip$/i.test(chosenFiles[0].name);
  for (const file of chosenFiles) body.append(zip ? 'file' : 'files', file, file.name);
  for (const field of ['role', 'jobDescription', 'contactEmail']) {
    if ($(field).value.trim()) body.append(field, $(field).value.trim());
  }
  // XMLHttpRequest, not fetch: it reports the upload's progress.
  const request = new XMLHttpRequest();
  request.open('POST', '/api/v1/batches');
  request.setRequestHeader('Authorization', `Bearer ${apiKey()}`);
  request.setRequestHeader('Idempotency-Key', crypto.randomUUID());
  request.upload.onprogress = (e) => { if (e.lengthComputable) $('upload-progress').value = e.loaded / e.total; };
  request.onload = async () => {
    $('upload').disabled = false;
    $('upload-progress').hidden = true;
    const response = new Response(request.responseText, { status: request.status, headers: { 'Content-Type': request.getResponseHeader('Content-Type') || '' } });
    if (request.status !== 202) { show('upload-error', await problemText(response)); return; }
    const batch = await response.json();
    chosenFiles = [];
    choose([]);
    refreshList();
    openBatch(batch.id);
  };
  request.onerror = () => {
    $('upload').disabled = false;
    $('upload-progress').hidden = true;
    show('upload-error', 'The upload did not reach the service. Check the connection and try again.');
  };
  $('upload').disabled = true;
  $('upload-progress').hidden = false;
  $('upload-progress').value = 0;
  request.send(body);
}

// ---- batches ------------------------------------------------------------------------------------------------------

async function refreshList() {
  const response = await api('/api/v1/batches?pageSize=20');
  if (response.ok) listBatches((await response.json()).items);
}

function listBatches(items) {
  const list = $('batch-list');
  list.replaceChildren();
  if (items.length === 0) {
    const li = document.createElement('li');
    li.textContent = 'No batch yet.';
    li.className = 'muted';
    list.append(li);
  }
  for (const batch of items) {
    const li = document.createElement('li');
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'link';
    open.textContent = `${new Date(batch.createdAt).toLocaleString()} · ${batch.total} resumes · ${batch.status}`;
    open.addEventListener('click', () => openBatch(batch.id));
    li.append(open);
    list.append(li);
  }
}

async function openBatch(id) {
  if (current) current.abort.abort();
  current = { id, abort: new AbortController() };
  history.replaceState(null, '', `#batch=${id}`);
  $('summary').hidden = true;
  $('students').hidden = true;
  const response = await api(`/api/v1/batches/${id}`);
  if (!response.ok) { show('upload-error', await problemText(response)); return; }
  const batch = await response.json();
  $('batch').hidden = false;
  $('batch-name').textContent = id.slice(0, 8);
  showProgress(batch);
  showRefused(batch.entries || []);
  if (batch.status === 'completed') { await showResults(id); return; }
  follow(id, current.abort.signal);
}

// Server-sent events read from a fetch stream (EventSource cannot send the key); on a drop, reconnect with the last id.
async function follow(id, signal) {
  let lastId = null;
  for (let attempt = 0; attempt < 20 && !signal.aborted; attempt++) {
    try {
      const headers = lastId ? { 'Last-Event-ID': lastId, Accept: 'text/event-stream' } : { Accept: 'text/event-stream' };
      const response = await fetch(`/api/v1/batches/${id}/events`, authorized({ headers, signal }));
      if (!response.ok) { $('batch-status').textContent = await problemText(response); return; }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = { type: 'message', id: null, data: '' };
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event.type = text;
            else if (field === 'id') event.id = text;
            else if (field === 'data') event.data += text;
          }
          if (!event.data) continue;
          lastId = event.id ?? lastId;
          const batch = JSON.parse(event.data);
          showProgress(batch);
          if (event.type === 'end') { await showResults(id); refreshList(); return; }
        }
      }
    } catch (error) {
      if (signal.aborted) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(attempt + 1, 5)));
  }
}

function showProgress(batch) {
  const ended = batch.completed + batch.failed;
  $('batch-progress').max = Math.max(1, batch.total);
  $('batch-progress').value = ended;
  const pace = batch.status !== 'completed' && batch.resumesPerMinute
    ? ` · ${batch.resumesPerMinute} resumes/min · about ${minutes(batch.estimatedSecondsLeft)} left` : '';
  $('batch-status').textContent = `${ended} of ${batch.total} · ${batch.status}${pace}`;
  const counts = $('batch-counts');
  counts.replaceChildren();
  for (const [label, value] of [['Resumes', batch.total], ['Scored', batch.completed], ['Not readable', batch.failed],
    ['Skipped', batch.skipped], ['Duplicates', batch.duplicates]]) {
    const div = document.createElement('div');
    const dt = document.createElement('dt');
    const dd = document.createElement('dd');
    dt.textContent = label;
    dd.textContent = value;
    div.append(dt, dd);
    counts.append(div);
  }
}

function minutes(seconds) {
  if (seconds == null) return 'a while';
  return seconds >= 90 ? `${Math.ceil(seconds / 60)} min` : `${Math.round(seconds)} s`;
}

function showRefused(entries) {
  const list = $('refused-list');
  list.replaceChildren();
  for (const entry of entries) {
    const li = document.createElement('li');
    li.textContent = entry.status === 'duplicate' ? `${entry.name}: the same file as ${entry.duplicateOf} (scanned once)` : `${entry.name}: ${entry.message}`;
    list.append(li);
  }
  $('refused').hidden = entries.length === 0;
}

async function deleteBatch() {
  if (!current || !confirm('Delete this batch, every student\'s resume in it and all their results?')) return;
  current.abort.abort();
  const response = await api(`/api/v1/batches/${current.id}`, { method: 'DELETE' });
  if (response.status !== 204) { show('upload-error', await problemText(response)); return; }
  for (const id of ['batch', 'summary', 'students']) $(id).hidden = true;
  history.replaceState(null, '', location.pathname);
  current = null;
  refreshList();
}

// ---- results ------------------------------------------------------------------------------------------------------

async function showResults(id) {
  const [summaryResponse, csvResponse] = await Promise.all([api(`/api/v1/batches/${id}/summary.json`), api(`/api/v1/batches/${id}/results.csv`)]);
  if (!summaryResponse.ok || !csvResponse.ok) { $('batch-status').textContent = await problemText(summaryResponse.ok ? csvResponse : summaryResponse); return; }
  showSummary(await summaryResponse.json());
  rows = parseCsv((await csvResponse.text()).replace(/^\uFEFF/, ''));
  const checks = [...new Set(rows.flatMap((r) => [r['Failed check 1'], r['Failed check 2'], r['Failed check 3']]).filter(Boolean))].sort();
  const select = $('check-filter');
  select.replaceChildren(option('', 'Any'), ...checks.map((c) => option(c, c)));
  $('students').hidden = false;
  renderRows();
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

const band = (score) => (score >= 80 ? 'strong' : score >= 60 ? 'fair' : 'low');
const percent = (share) => `${Math.round(share * 100)}%`;

function showSummary(summary) {
  const figures = $('figures');
  figures.replaceChildren();
  for (const [label, value] of [['Average score', summary.scores.average ?? '–'], ['Median', summary.scores.median ?? '–'],
    ['Strong', summary.scores.strong], ['Fair', summary.scores.fair], ['Needs work', summary.scores.low]]) {
    const div = document.createElement('div');
    const v = document.createElement('div');
    const l = document.createElement('div');
    v.className = 'value';
    l.className = 'label';
    v.textContent = value;
    l.textContent = label;
    div.append(v, l);
    figures.append(div);
  }
  drawDistribution(summary.scores.distribution || []);
  bars('subscores', (summary.subscores || []).map((s) => [s.title, s.average / 100, String(s.average), band(s.average)]));
  bars('failed-checks', (summary.failedChecks || []).map((c) => [c.title, c.share, `${c.students} (${percent(c.share)})`, 'fail']));
  const r = summary.readability;
  $('readability').textContent = r.parsed === 0 ? 'No resume has been read.'
    : `${r.unreadable} of ${r.parsed} resumes (${percent(r.share)}) carry a warning that an ATS may miss their text: ${r.imageOnly} image-only, ${r.multiColumn} in several columns.`
      + (r.notRead ? ` ${r.notRead} more could not be read at all.` : '');
  $('skills-block').hidden = !(summary.missingSkills || []).length;
  bars('missing-skills', (summary.missingSkills || []).map((s) => [s.skill, s.share, `${s.students} (${percent(s.share)})`, '']));
  $('summary').hidden = false;
}

function drawDistribution(bands) {
  const svg = $('distribution');
  svg.replaceChildren();
  const max = Math.max(1, ...bands.map((b) => b.count));
  const slot = 600 / Math.max(1, bands.length);
  bands.forEach((b, i) => {
    const height = 170 * b.count / max;
    const x = i * slot + slot * 0.15;
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('x', x);
    rect.setAttribute('y', 190 - height);
    rect.setAttribute('width', slot * 0.7);
    rect.setAttribute('height', height);
    rect.setAttribute('fill', { strong: '#1a7f37', fair: '#a85d00', low: '#cf222e' }[band(b.from)]);
    rect.setAttribute('data-count', b.count);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${b.from}–${b.to}: ${b.count}`;
    rect.append(title);
    svg.append(rect, text(x + slot * 0.35, 186 - height, b.count), text(x + slot * 0.35, 210, `${b.from}–${b.to}`));
  });
}

function text(x, y, content) {
  const t = document.createElementNS(SVG, 'text');
  t.setAttribute('x', x);
  t.setAttribute('y', y);
  t.setAttribute('text-anchor', 'middle');
  t.textContent = content;
  return t;
}

function bars(id, items) {
  const list = $(id);
  list.replaceChildren();
  for (const [label, share, figure, kind] of items) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    const track = document.createElement('span');
    const fill = document.createElement('span');
    const value = document.createElement('span');
    name.textContent = label;
    track.className = 'track';
    fill.className = `fill ${kind}`;
    fill.style.width = `${Math.max(0, Math.min(1, share)) * 100}%`;
    value.className = 'figure';
    value.textContent = figure;
    track.append(fill);
    li.append(name, track, value);
    list.append(li);
  }
}

// RFC 4180, as results.csv is written; a cell the server neutralised (a leading apostrophe before =, +, -, @) is shown as sent.
function parseCsv(textContent) {
  const records = [];
  let record = [], cell = '', quoted = false;
  for (let i = 0; i < textContent.length; i++) {
    const c = textContent[i];
    if (quoted) {
      if (c === '"' && textContent[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(cell); cell = ''; }
    else if (c === '\n') { record.push(cell); records.push(record); record = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell || record.length) { record.push(cell); records.push(record); }
  const [headers, ...data] = records;
  const plain = (v) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
  return data.map((r) => Object.fromEntries(headers.map((h, i) => [h, plain(r[i] ?? '')])));
}

function renderRows() {
  const wantedBand = $('band-filter').value;
  const wantedCheck = $('check-filter').value;
  const visible = rows.filter((r) => {
    const score = r.Score === '' ? null : Number(r.Score);
    if (wantedBand === 'failed' && score !== null) return false;
    if (wantedBand && wantedBand !== 'failed' && (score === null || band(score) !== wantedBand)) return false;
    return !wantedCheck || [r['Failed check 1'], r['Failed check 2'], r['Failed check 3']].includes(wantedCheck);
  });
  visible.sort((a, b) => {
    const x = a[sort.column], y = b[sort.column];
    const numeric = sort.column === 'Score';
    const order = numeric ? (x === '' ? -1 : Number(x)) - (y === '' ? -1 : Number(y)) : x.localeCompare(y);
    return order * sort.direction;
  });
  const body = $('student-table').tBodies[0];
  body.replaceChildren();
  for (const row of visible) {
    const tr = document.createElement('tr');
    tr.tabIndex = 0;
    const score = row.Score === '' ? null : Number(row.Score);
    for (const [value, className] of [[row.File, ''], [row.Candidate, ''], [row.Score || '–', score === null ? '' : `score ${band(score)}`],
      [row['Failed check 1'] || (row['Failure reason'] ? row['Failure reason'] : ''), ''], [row.Status, '']]) {
      const td = document.createElement('td');
      td.textContent = value;
      if (className) td.className = className;
      tr.append(td);
    }
    if (row.Report) {
      tr.addEventListener('click', () => openReport(row.Report));
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') openReport(row.Report); });
    }
    body.append(tr);
  }
  $('row-count').textContent = `${visible.length} of ${rows.length} files`;
  for (const th of document.querySelectorAll('#student-table th')) {
    th.setAttribute('aria-sort', th.dataset.sort === sort.column ? (sort.direction > 0 ? 'ascending' : 'descending') : 'none');
  }
}

function sortBy(column) {
  sort = { column, direction: sort.column === column ? -sort.direction : 1 };
  renderRows();
}

// The report needs the key: fetch it, then open it from memory in a new tab.
async function openReport(url) {
  const response = await api(new URL(url).pathname);
  if (!response.ok) { show('upload-error', await problemText(response)); return; }
  const link = URL.createObjectURL(await response.blob());
  window.open(link, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(link), 60000);
}

async function download(route) {
  if (!current) return;
  const response = await api(`/api/v1/batches/${current.id}/${route}`);
  if (!response.ok) { show('upload-error', await problemText(response)); return; }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `batch-${current.id.slice(0, 8)}-${route}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

// ---- wiring -------------------------------------------------------------------------------------------------------

async function loadRoles() {
  const response = await fetch('/api/v1/roles');
  for (const role of response.ok ? await response.json() : []) $('role').append(option(role.id, role.title));
}

$('key-form').addEventListener('submit', useKey);
$('forget-key').addEventListener('click', forgetKey);
$('upload-form').addEventListener('submit', upload);
$('files').addEventListener('change', () => choose($('files').files));
const zone = $('drop-zone');
zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); choose(e.dataTransfer.files); });
$('band-filter').addEventListener('change', renderRows);
$('check-filter').addEventListener('change', renderRows);
for (const th of document.querySelectorAll('#student-table th')) th.querySelector('button').addEventListener('click', () => sortBy(th.dataset.sort));
for (const button of document.querySelectorAll('[data-download]')) button.addEventListener('click', () => download(button.dataset.download));
$('delete-batch').addEventListener('click', deleteBatch);
loadRoles();
if (apiKey()) {
  api('/api/v1/batches?pageSize=20').then(async (response) => {
    if (response.ok) signedIn(await response.json());
    else sessionStorage.removeItem(KEY);
  });
}
