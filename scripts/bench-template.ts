// The yardstick of `npm run bench`: the vanilla Docusaurus classic TypeScript template at the
// version this site uses. It is created, installed and built in a temporary folder (the bundler
// skips TypeScript under node_modules, so it cannot be built there); only its static build is kept,
// in node_modules/.cache/bench-template, which git, the linters and `npm ci` all treat as disposable.
// None of its code enters the repository.
import {spawnSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  mkdirSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** The Docusaurus version of this site; the template is created at the same one. */
export function docusaurusVersion(root: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(root, 'node_modules', '@docusaurus', 'core', 'package.json'), 'utf8'),
  ) as {version: string};
  return manifest.version;
}

function run(command: string, args: string[], cwd: string): void {
  console.log(`[bench] template: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {cwd, stdio: ['ignore', 'inherit', 'inherit']});
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/**
 * Returns the template's build folder, creating, installing and building the template first when
 * the cache has no complete build of this version. `rebuild` discards the cache.
 */
export function ensureTemplateBuild(root: string, {rebuild = false} = {}): string {
  const version = docusaurusVersion(root);
  const cached = path.join(
    root,
    'node_modules',
    '.cache',
    'bench-template',
    `docusaurus-${version}`,
  );
  const build = path.join(cached, 'build');
  const done = path.join(cached, 'template.json');
  if (!rebuild && existsSync(done) && existsSync(path.join(build, 'index.html'))) return build;

  rmSync(cached, {recursive: true, force: true});
  const work = mkdtempSync(path.join(tmpdir(), 'bench-template-'));
  const site = path.join(work, 'site');
  try {
    run(
      'npx',
      [
        '--yes',
        `create-docusaurus@${version}`,
        'site',
        'classic',
        '--typescript',
        '--skip-install',
      ],
      work,
    );
    // A fresh 3.10 lockfile lists @swc/html platform packages the registry does not have; the
    // same pin as this site's package.json makes the install work (see MACHINE-NOTES).
    const manifestFile = path.join(site, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    const ours = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      overrides?: Record<string, string>;
    };
    const swcHtml = ours.overrides?.['@swc/html'] ?? '1.16.2';
    manifest.overrides = {'@swc/html': swcHtml};
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel', 'error'], site);
    run('npx', ['docusaurus', 'build'], site);
    mkdirSync(cached, {recursive: true});
    cpSync(path.join(site, 'build'), build, {recursive: true});
    const record = {template: `create-docusaurus@${version} classic --typescript`, swcHtml};
    writeFileSync(done, `${JSON.stringify({...record, builtAt: new Date().toISOString()})}\n`);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
  return build;
}
