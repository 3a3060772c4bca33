#!/usr/bin/env bash
# Produces this repository's own reports with the real tools, into reports/:
#   reports/eslint.sarif             ESLint through @microsoft/eslint-formatter-sarif
#   reports/junit/unit.xml           jest-junit, from the unit tests
#   reports/coverage/lcov.info, cobertura-coverage.xml, coverage-summary.json   (V8 coverage of the unit tests)
# The demo and the dogfood CI job feed them to quality-gate and coverage-gate.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh >/dev/null
rm -rf reports && mkdir -p reports/junit reports/coverage

echo "ESLint -> reports/eslint.sarif"
npx eslint . --format @microsoft/eslint-formatter-sarif --output-file reports/eslint.sarif || true

echo "Unit tests with coverage -> reports/junit/unit.xml, reports/coverage/"
JEST_JUNIT_OUTPUT_DIR=reports/junit JEST_JUNIT_OUTPUT_NAME=unit.xml JEST_JUNIT_CLASSNAME='{filepath}' \
  node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects unit --silent \
  --reporters=default --reporters=jest-junit \
  --coverage --coverageProvider=v8 --coverageDirectory=reports/coverage \
  --coverageReporters=lcov --coverageReporters=cobertura --coverageReporters=json-summary --coverageReporters=text-summary \
  --collectCoverageFrom='packages/*/src/**/*.ts' --collectCoverageFrom='actions/*/src/**/*.ts' || true
ls -1 reports reports/junit reports/coverage | sed 's/^/  /'
