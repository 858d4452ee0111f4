// Writes docs/fault-matrix.md, and its table into docs/reliability.md, from what the fault-injection suite
// last observed (.tmp/fault-matrix/*.json). `npm run fault-matrix` runs the suite first, then this.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  DOC_PATH,
  glanceTable,
  readObservedRows,
  RELIABILITY_PATH,
  renderDoc,
  withGlanceTable,
} from './faultMatrix.js';

const rows = await readObservedRows();
await writeFile(DOC_PATH, renderDoc(rows));
await writeFile(RELIABILITY_PATH, withGlanceTable(await readFile(RELIABILITY_PATH, 'utf8'), glanceTable(rows)));
console.log(`wrote ${fileURLToPath(DOC_PATH)} and the table in ${fileURLToPath(RELIABILITY_PATH)}`);
