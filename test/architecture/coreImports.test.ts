/**
 * Pure core, thin adapters (#9.17): no file under src/core imports an adapter, the task pane, the
 * command line or Office.js, and none uses the Office.js globals. Scans the source text, so a new
 * import breaks this test before it can reach a bundle.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const SRC = resolve(__dirname, '..', '..', 'src');
const CORE = join(SRC, 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Module specifiers of import/export … from, import(), require(). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!);
  return out;
}

/** The code without comments, for the globals check (comments may well mention Office.js). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const FORBIDDEN_DIRS = ['adapters', 'taskpane', 'cli', 'commands', 'preview'].map((d) => join(SRC, d));

describe('the core imports no adapter', () => {
  const sources = files(CORE);

  it('finds the core sources', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it('imports only core modules and plain packages, never adapters, UI, CLI or Office.js', () => {
    const offending: string[] = [];
    for (const file of sources) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const where = relative(SRC, file);
        if (/office|^react|fluentui|^node:|^fs$|^path$/i.test(spec)) offending.push(`${where} → ${spec}`);
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (FORBIDDEN_DIRS.some((d) => target === d || target.startsWith(`${d}/`))) offending.push(`${where} → ${spec}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('uses no Office.js global (Excel.run, Office.context)', () => {
    const offending = sources.filter((f) => /\b(Excel|Office|OfficeExtension)\.[a-zA-Z]/.test(code(readFileSync(f, 'utf8')))).map((f) => relative(SRC, f));
    expect(offending).toEqual([]);
  });
});
