import { ClusterError } from '../../engine/ports.js';

/**
 * What a rollbacker is asked to do, checked before its CLI runs: the names it was given (what
 * invalidKubernetesNames found wrong with them) and the revision to restore. Undefined or 0 leaves the choice
 * to the tool, whose own default is the previous revision.
 */
export function checkedRevision(invalidNames: string | undefined, toRevision: number | undefined): number | undefined {
  if (invalidNames) throw new ClusterError(invalidNames);
  if (toRevision === undefined || toRevision === 0) return undefined;
  if (!Number.isSafeInteger(toRevision) || toRevision < 0)
    throw new ClusterError(`cannot roll back to revision ${toRevision}: a revision is a whole number from 1`);
  return toRevision;
}
