// Compiles Typst sources to PDF with the Typst compiler's Node build (no typst binary is packaged for Debian 12).
//   node render.mjs IN.typ OUT.pdf [IN.typ OUT.pdf ...]
// Only the system's fonts and the Font Awesome 5 files TeX Live ships are given: no package is fetched.
import fs from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node render.mjs IN.typ OUT.pdf [...]');
  process.exit(2);
}
const compiler = NodeCompiler.create({
  fontArgs: [{ fontPaths: ['/usr/share/fonts', '/usr/share/texlive/texmf-dist/fonts/opentype/public/fontawesome5'] }],
});
let failed = 0;
for (let i = 0; i < args.length; i += 2) {
  const [input, output] = args.slice(i, i + 2);
  try {
    fs.writeFileSync(output, compiler.pdf({ mainFileContent: fs.readFileSync(input, 'utf8') }));
  } catch (e) {
    console.error(`${input}: ${e.message ?? e}`);
    failed++;
  }
  compiler.evictCache(10);
}
process.exit(failed ? 1 : 0);
