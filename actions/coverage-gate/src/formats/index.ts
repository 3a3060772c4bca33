/**
 * The coverage formats. A report is the first listed format that recognizes it (Clover before Cobertura: both
 * have a <coverage> root). A new format is one file in this folder plus one line here.
 */
import type { CoverageFormat } from './format.ts';
import { clover } from './clover.ts';
import { cobertura } from './cobertura.ts';
import { coveragePyJson } from './coveragepy-json.ts';
import { go } from './go.ts';
import { istanbulJson } from './istanbul-json.ts';
import { istanbulSummary } from './istanbul-summary.ts';
import { jacoco } from './jacoco.ts';
import { lcov } from './lcov.ts';
import { openCover } from './opencover.ts';

export const FORMATS: readonly CoverageFormat[] = [
  lcov,
  clover,
  cobertura,
  jacoco,
  istanbulJson,
  istanbulSummary,
  go,
  coveragePyJson,
  openCover,
];
