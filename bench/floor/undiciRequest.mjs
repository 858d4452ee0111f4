// The least the action's start can cost under its ground rules: undici (the HTTP client every check
// must use) bundled by ncc like dist/, through the same public entry, making one request with the
// agent the action uses. Nothing of ours: no configuration, no zod, no report. The bench times it
// beside the action and a bare node.
import { EnvHttpProxyAgent } from 'undici';

const agent = new EnvHttpProxyAgent();
const url = new URL(process.env.FLOOR_URL ?? '');
const response = await agent.request({ origin: url.origin, path: url.pathname, method: 'GET' });
await response.body.text();
await agent.close();
if (response.statusCode !== 200) process.exitCode = 1;
