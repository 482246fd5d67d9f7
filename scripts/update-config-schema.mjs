#!/usr/bin/env node
// Writes the `rules:` entry of schemas/config.schema.json from the rules' declarations
// (src/config/rules-schema.ts), after `npm run build`. test/schema/schemas.test.ts fails
// when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { rulesSchema } = await import(join(root, 'dist', 'src', 'config', 'rules-schema.js'));
const { RULES } = await import(join(root, 'dist', 'src', 'rules', 'index.js'));
const file = join(root, 'schemas', 'config.schema.json');
const schema = JSON.parse(readFileSync(file, 'utf8'));
schema.properties.rules = rulesSchema(RULES);
writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
