// DNS-1123, as Kubernetes checks object names: a subdomain is dot-separated labels, a label lower-case
// letters, digits and "-", starting and ending with a letter or digit. The configuration and the CLIs'
// providers hold names to the same rule.
export const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const MAX_LABEL_CHARS = 63;
export const MAX_SUBDOMAIN_CHARS = 253;
