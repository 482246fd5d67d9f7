// Compiles the JSON Schemas to standalone validation code at build time (ajv standalone),
// so that no run, and no worker thread, pays for compiling them. Written as CommonJS:
// the generated code requires ajv's small runtime helpers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from '../dist/src/schema/ajv-options.js';
import { DUTY_SCHEMA_REF, loadSchema, SCHEMA_NAMES } from '../dist/src/schema/validate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
const exports = {};
for (const name of SCHEMA_NAMES) {
  ajv.addSchema(loadSchema(name), name);
  exports[name] = name;
}
exports.duty = DUTY_SCHEMA_REF;
const out = join(root, 'dist', 'validators.cjs');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, standaloneCode(ajv, exports));
