// Renders JSON Resume files to HTML with the installed public themes.
//   node render.mjs THEME RESUME.json OUT.html [THEME RESUME.json OUT.html ...]
// One process for many files: loading a theme costs more than rendering with it.
import fs from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 3 !== 0) {
  console.error('usage: node render.mjs THEME RESUME.json OUT.html [...]');
  process.exit(2);
}
// Themes written for the older schema read work[].company, website and gpa: give them both spellings.
function withOlderNames(resume) {
  const r = structuredClone(resume);
  if (r.basics?.url) r.basics.website = r.basics.url;
  for (const w of r.work ?? []) { w.company = w.name; if (w.url) w.website = w.url; }
  for (const v of r.volunteer ?? []) if (v.url) v.website = v.url;
  for (const e of r.education ?? []) if (e.score) e.gpa = e.score;
  for (const p of r.publications ?? []) if (p.url) p.website = p.url;
  return r;
}
const themes = new Map();
let failed = 0;
for (let i = 0; i < args.length; i += 3) {
  const [theme, input, output] = args.slice(i, i + 3);
  try {
    if (!themes.has(theme)) themes.set(theme, await import(`jsonresume-theme-${theme}`));
    const mod = themes.get(theme);
    const render = mod.render ?? mod.default?.render;
    const resume = withOlderNames(JSON.parse(fs.readFileSync(input, 'utf8')));
    fs.writeFileSync(output, await render(resume));
  } catch (e) {
    failed++;
    console.error(`${theme} ${input}: ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
