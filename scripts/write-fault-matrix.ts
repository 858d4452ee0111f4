// Writes docs/fault-matrix.md, and its table into the README, from what the fault-injection suite last
// observed (.tmp/fault-matrix/*.json). `npm run fault-matrix` runs the suite first, then this.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DOC_PATH, glanceTable, README_PATH, readObservedRows, renderDoc, withReadmeTable } from './faultMatrix.js';

const rows = await readObservedRows();
await writeFile(DOC_PATH, renderDoc(rows));
await writeFile(README_PATH, withReadmeTable(await readFile(README_PATH, 'utf8'), glanceTable(rows)));
console.log(`wrote ${fileURLToPath(DOC_PATH)} and the table in ${fileURLToPath(README_PATH)}`);
