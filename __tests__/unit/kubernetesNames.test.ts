import { invalidKubernetesNames } from '../../src/providers/shared/kubernetesNames.js';

// The names the Helm and kubectl rollbackers check before their CLI runs: DNS-1123, and a context that is no flag.

const names = (object: { name: string; maxLength?: number }, namespace = 'shop-prod', context?: string) =>
  invalidKubernetesNames({
    object: { kind: 'object name', ...object },
    namespace,
    context: { name: context, kind: 'kube context' },
  });

describe('the names a rollbacker hands its CLI', () => {
  it('accepts a dotted subdomain, a label namespace and a free-form context', () => {
    expect(names({ name: 'shop.api-v2' }, 'shop-prod', 'arn:aws:eks:eu-west-1:1:cluster/prod_1')).toBeUndefined();
  });

  it('holds the object to 253 characters unless the caller names a tighter limit', () => {
    // 243 characters: four labels of 60 and their dots.
    const long = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}`;
    expect(names({ name: `${long}.${'e'.repeat(9)}` })).toBeUndefined();
    expect(names({ name: `${long}.${'e'.repeat(10)}` })).toBe(`"${long}.${'e'.repeat(10)}" is not a valid object name`);
    expect(names({ name: 'a'.repeat(53), maxLength: 53 })).toBeUndefined();
    expect(names({ name: 'a'.repeat(54), maxLength: 53 })).toBe(`"${'a'.repeat(54)}" is not a valid object name`);
  });

  it('refuses a namespace with a dot or past 63 characters', () => {
    expect(names({ name: 'shop' }, 'shop.prod')).toBe('"shop.prod" is not a valid namespace name (a DNS-1123 label)');
    expect(names({ name: 'shop' }, 'n'.repeat(63))).toBeUndefined();
    expect(names({ name: 'shop' }, 'n'.repeat(64))).toBe(
      `"${'n'.repeat(64)}" is not a valid namespace name (a DNS-1123 label)`,
    );
  });

  it('refuses an empty context and one that reads as a flag', () => {
    expect(names({ name: 'shop' }, 'shop-prod', '')).toBe('"" is not a usable kube context');
    expect(names({ name: 'shop' }, 'shop-prod', '--kubeconfig=x')).toBe(
      '"--kubeconfig=x" is not a usable kube context',
    );
  });
});
