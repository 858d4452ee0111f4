// The floor of issue 21: the runtime libraries the action must load, used the way it uses them, and
// nothing of ours. @actions/core is imported at start and reads the input; @actions/github is imported
// once there is something to do and its context is read; undici makes the one request through the
// proxy-aware agent the checks use; core writes the verdict as an output. No configuration, no zod, no
// report. Bundled by ncc like dist/ and timed beside the action in the same rounds.
import * as core from '@actions/core';
import { EnvHttpProxyAgent } from 'undici';

const url = new URL(core.getInput('url', { required: true }));
const { context } = await import('@actions/github');
const { owner, repo } = context.repo;
const agent = new EnvHttpProxyAgent();
const response = await agent.request({ origin: url.origin, path: url.pathname, method: 'GET' });
await response.body.text();
await agent.close();
core.setOutput('result', response.statusCode === 200 ? 'passed' : 'failed');
core.info(`${owner}/${repo}@${context.sha}: ${response.statusCode}`);
if (response.statusCode !== 200) core.setFailed(`status ${response.statusCode}`);
