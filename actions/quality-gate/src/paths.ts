/** The report readers' path mapping is the one every gate uses (packages/shared/src/report/paths.ts). */
export { toRepoPath } from '@pipeline-actions/shared';
