import { writeFileSync } from 'node:fs';
import { configJsonSchemaText } from '../src/engine/config/jsonSchema.js';

writeFileSync(new URL('../schema/config.schema.json', import.meta.url), configJsonSchemaText());
