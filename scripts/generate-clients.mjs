#!/usr/bin/env node
/**
 * pnpm generate:clients — the emitted OpenAPI 3.1 document → clients in other languages, with
 * @openapitools/openapi-generator-cli and the generators configured in openapitools.json
 * (output under .tmp/clients/).
 *
 * The npm package is only a launcher: the generator is a Java jar it downloads from Maven Central
 * on first use. Where that host cannot be reached (our machines reach the npm registry only), the
 * launcher dies with a 60-line axios stack trace, or, behind a firewall that drops packets, waits
 * for the OS connect timeout (axios sets none). So this script first checks, in 3 s at most, that
 * the jar is reachable (or already downloaded) and that Java is there, and otherwise exits 1 with
 * one line saying why. Nothing else in the repository runs or depends on this script.
 *
 * OTA_OPENAPI_GENERATOR_JAR_URL overrides the jar URL (a mirror, or a test's local server).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROBE_TIMEOUT_MS = 3000;

function fail(message) {
  process.stderr.write(`generate:clients: ${message}\n`);
  process.exit(1);
}

const config = JSON.parse(readFileSync(join(root, 'openapitools.json'), 'utf8'))['generator-cli'];
const version = config.version;
// Same placeholders and default as the launcher (its config.schema.json).
const template = config.repository?.downloadUrl ?? 'https://repo1.maven.org/maven2/${groupId}/${artifactId}/${versionName}/${artifactId}-${versionName}.jar';
const jarUrl =
  process.env.OTA_OPENAPI_GENERATOR_JAR_URL ??
  template.replaceAll('${groupId}', 'org/openapitools').replaceAll('${artifactId}', 'openapi-generator-cli').replaceAll('${versionName}', version);
const jarPath = resolve(root, config.storageDir ?? 'node_modules/@openapitools/openapi-generator-cli/versions', `${version}.jar`);

for (const [name, generator] of Object.entries(config.generators ?? {})) {
  if (!existsSync(resolve(root, generator.inputSpec))) fail(`${generator.inputSpec} (input of ${name}) is missing: run \`pnpm generate\` first`);
}

if (!existsSync(jarPath)) {
  try {
    const response = await fetch(jarUrl, { method: 'HEAD', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    if (!response.ok) fail(`openapi-generator ${version} jar not available at ${jarUrl} (HTTP ${response.status}); check "version" in openapitools.json`);
  } catch (e) {
    const reason = e?.name === 'TimeoutError' ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s` : (e?.cause?.code ?? e?.message ?? String(e));
    fail(`cannot download the openapi-generator ${version} jar: Maven Central (${new URL(jarUrl).host}) is unreachable from this machine (${reason}); put the jar at ${jarPath} or run where Maven Central can be reached`);
  }
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 10_000 });
if (java.error || java.status !== 0) fail('Java is needed to run openapi-generator (a Java jar) and `java -version` failed; install a JRE 11+ (e.g. apt-get install default-jre-headless)');

// The launcher resolves openapitools.json, storageDir and generator paths against $PWD.
const bin = join(root, 'node_modules/.bin/openapi-generator-cli');
const child = spawn(bin, ['generate', '--openapitools', join(root, 'openapitools.json')], { cwd: root, env: { ...process.env, PWD: root }, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
