/**
 * manifest.xml: schema validation (xmllint against the offline v1.1 schemas) and the
 * project's own rules (locale, requirement set, ribbon buttons, icons, resources, en-US strings).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const XSD = path.resolve(ROOT, '../shared/manifest-schemas/OfficeAppManifestV1_1.xsd');
const DEV_ORIGIN = 'https://localhost:3000';

type Node = Record<string, unknown>;

const arr = <T = Node>(x: unknown): T[] => (x === undefined ? [] : Array.isArray(x) ? (x as T[]) : [x as T]);
const obj = (x: unknown): Node => (x && typeof x === 'object' ? (x as Node) : {});

const xml = fs.readFileSync(MANIFEST, 'utf8');
const parsed = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
}).parse(xml) as Node;
const app = obj(parsed.OfficeApp);
const vo = obj(app.VersionOverrides);
const resources = obj(vo.Resources);

/** id -> { DefaultValue, overrides by locale } for one resource collection. */
function collection(group: string): Map<string, { value: string; overrides: Map<string, string> }> {
  const out = new Map<string, { value: string; overrides: Map<string, string> }>();
  const holder = obj(resources[group]);
  const items = arr(holder['bt:Image'] ?? holder['bt:Url'] ?? holder['bt:String']);
  for (const item of items) {
    const overrides = new Map<string, string>();
    for (const o of arr(item['bt:Override'])) overrides.set(String(o['@_Locale']), String(o['@_Value'] ?? ''));
    out.set(String(item['@_id']), { value: String(item['@_DefaultValue'] ?? ''), overrides });
  }
  return out;
}

const images = collection('bt:Images');
const urls = collection('bt:Urls');
const shortStrings = collection('bt:ShortStrings');
const longStrings = collection('bt:LongStrings');

/** Maps a manifest URL on the dev origin to the file in the repo that produces it. */
function repoFileFor(url: string): string {
  expect(url.startsWith(DEV_ORIGIN + '/')).toBe(true);
  const p = new URL(url).pathname.replace(/^\//, '');
  const sources: Record<string, string> = {
    'taskpane.html': 'src/taskpane/taskpane.html',
    'commands.html': 'src/commands/commands.html',
  };
  return path.join(ROOT, sources[p] ?? p);
}

/** All elements carrying resid="…", with their element name. */
function residRefs(node: unknown, name = '', out: Array<{ element: string; resid: string }> = []) {
  if (Array.isArray(node)) {
    for (const n of node) residRefs(n, name, out);
  } else if (node && typeof node === 'object') {
    const o = node as Node;
    if (typeof o['@_resid'] === 'string') out.push({ element: name, resid: o['@_resid'] });
    for (const [k, v] of Object.entries(o)) if (!k.startsWith('@_')) residRefs(v, k, out);
  }
  return out;
}

function buttons(): Node[] {
  const hosts = arr(obj(vo.Hosts).Host);
  const out: Node[] = [];
  for (const host of hosts) {
    for (const ep of arr(obj(host.DesktopFormFactor).ExtensionPoint)) {
      for (const tab of [...arr(ep.OfficeTab), ...arr(ep.CustomTab)]) {
        for (const group of arr(tab.Group)) {
          for (const control of arr(group.Control)) if (control['@_xsi:type'] === 'Button') out.push(control);
        }
      }
    }
  }
  return out;
}

describe('manifest.xml', () => {
  test('validates against the Office Add-in v1.1 schemas (xmllint)', () => {
    const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    if (probe.error) {
      console.warn('xmllint not found (apt-get install libxml2-utils); schema validation skipped.');
      return;
    }
    if (!fs.existsSync(XSD)) {
      console.warn(`Schema not found at ${XSD}; schema validation skipped.`);
      return;
    }
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD, MANIFEST], { encoding: 'utf8' });
    if (r.status !== 0) console.error(r.stderr);
    expect(r.status).toBe(0);
  });

  test('basic settings: zh-CN default with en-US overrides, ExcelApi 1.8, ReadWriteDocument', () => {
    expect(app['@_xsi:type']).toBe('TaskPaneApp');
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.DefaultLocale).toBe('zh-CN');
    for (const key of ['DisplayName', 'Description']) {
      const el = obj(app[key]);
      expect(el['@_DefaultValue']).toBeTruthy();
      const en = arr(el.Override).find((o) => o['@_Locale'] === 'en-US');
      expect(en?.['@_Value']).toBeTruthy();
    }
    expect(obj(app.DisplayName)['@_DefaultValue']).toBe('大客户工作台');
    expect(arr(obj(app.Hosts).Host).map((h) => h['@_Name'])).toEqual(['Workbook']);
    const sets = arr(obj(obj(app.Requirements).Sets).Set);
    const excelApi = sets.find((s) => s['@_Name'] === 'ExcelApi');
    expect(excelApi?.['@_MinVersion']).toBe('1.8');
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(obj(obj(app.DefaultSettings).SourceLocation)['@_DefaultValue']).toBe(`${DEV_ORIGIN}/taskpane.html`);
    for (const key of ['IconUrl', 'HighResolutionIconUrl']) {
      const url = String(obj(app[key])['@_DefaultValue']);
      expect(fs.existsSync(repoFileFor(url))).toBe(true);
    }
  });

  test('every URL in the manifest is on the dev origin (so ADDIN_URL rewrites all of them)', () => {
    const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
    const all = withoutComments.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const namespaces = /^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//;
    const foreign = all.filter((u) => !u.startsWith(DEV_ORIGIN + '/') && !namespaces.test(u));
    expect(all.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
  });

  test('four ribbon buttons, each with 16/32/80 px icons that exist in assets/', () => {
    const bs = buttons();
    expect(bs).toHaveLength(4);
    for (const b of bs) {
      const imgs = arr(obj(b.Icon)['bt:Image']);
      expect(imgs.map((i) => Number(i['@_size'])).sort((a, c) => a - c)).toEqual([16, 32, 80]);
      for (const img of imgs) {
        const res = images.get(String(img['@_resid']));
        expect(res).toBeDefined();
        const file = repoFileFor(res!.value);
        expect(path.relative(ROOT, file).split(path.sep)[0]).toBe('assets');
        expect(fs.existsSync(file)).toBe(true);
        // PNG of the declared size.
        const png = fs.readFileSync(file);
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect(png.readUInt32BE(16)).toBe(Number(img['@_size']));
        expect(png.readUInt32BE(20)).toBe(Number(img['@_size']));
      }
    }
  });

  test('button actions: open workbench, runCheck, runPrintRecord, new period opens the scoring page', () => {
    const [open, check, print, period] = buttons();
    const action = (b: Node) => obj(b.Action);
    const urlOf = (b: Node) => urls.get(String(obj(action(b).SourceLocation)['@_resid']))?.value;

    expect(action(open)['@_xsi:type']).toBe('ShowTaskpane');
    expect(urlOf(open)).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(action(check)['@_xsi:type']).toBe('ExecuteFunction');
    expect(action(check).FunctionName).toBe('runCheck');
    expect(action(print)['@_xsi:type']).toBe('ExecuteFunction');
    expect(action(print).FunctionName).toBe('runPrintRecord');
    expect(action(period)['@_xsi:type']).toBe('ShowTaskpane');
    expect(urlOf(period)).toBe(`${DEV_ORIGIN}/taskpane.html?page=scoring`);

    const labels = [open, check, print, period].map((b) => shortStrings.get(String(obj(b.Label)['@_resid'])));
    expect(labels.map((l) => l?.value)).toEqual(['打开工作台', '检查', '打印此记录', '新建考核期']);
    expect(labels.map((l) => l?.overrides.get('en-US'))).toEqual(['Open workbench', 'Check', 'Print this record', 'New period']);

    // The function file exists for ExecuteFunction.
    const ff = obj(vo.Hosts && obj(arr(obj(vo.Hosts).Host)[0].DesktopFormFactor).FunctionFile);
    const ffUrl = urls.get(String(ff['@_resid']))?.value;
    expect(ffUrl).toBe(`${DEV_ORIGIN}/commands.html`);
    expect(fs.existsSync(repoFileFor(ffUrl!))).toBe(true);
  });

  test('every resid refers to an existing resource of the right kind', () => {
    const kindOf: Record<string, Map<string, unknown>> = {
      'bt:Image': images,
      SourceLocation: urls,
      LearnMoreUrl: urls,
      FunctionFile: urls,
      Label: shortStrings,
      Title: shortStrings,
      Description: longStrings,
    };
    const refs = residRefs(obj(vo.Hosts));
    expect(refs.length).toBeGreaterThan(0);
    const missing = refs.filter(({ element, resid }) => !kindOf[element]?.has(resid));
    expect(missing).toEqual([]);
    for (const { value } of images.values()) expect(fs.existsSync(repoFileFor(value))).toBe(true);
    for (const { value } of urls.values()) expect(fs.existsSync(repoFileFor(value))).toBe(true);
  });

  test('every ShortString and LongString has a non-empty en-US override', () => {
    expect(shortStrings.size).toBeGreaterThan(0);
    expect(longStrings.size).toBeGreaterThan(0);
    const lacking = [...shortStrings, ...longStrings]
      .filter(([, s]) => !s.value || !s.overrides.get('en-US'))
      .map(([id]) => id);
    expect(lacking).toEqual([]);
  });
});
