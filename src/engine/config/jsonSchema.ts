import { z } from 'zod';
import { configSchema } from './schema.js';

/** The JSON Schema editors use to complete and check config files; committed as schema/config.schema.json. */
export function configJsonSchemaText(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'post-deploy-check configuration' }, null, 2)}\n`;
}
