/** Kept equal to package.json by a test; a JSON import would pull package.json into the bundle. */
export const TOOL = { name: 'post-deploy-check', version: '0.1.0' } as const;
