#!/usr/bin/env node
/*
 * Records each suite's duration for tests/support/sequencer.js, from the JSON report of a whole run:
 *   npx jest --json --outputFile=/tmp/run.json && node tests/support/suite-times.js /tmp/run.json
 * Only the order matters (longest first), so a run on a busy machine is good enough; rerun it when a
 * suite is added or its cost changes much.
 */
const fs = require('node:fs')
const path = require('node:path')

const [report] = process.argv.slice(2)
if (!report) {
    console.error('usage: node tests/support/suite-times.js <jest --json report>')
    process.exit(2)
}
const root = path.resolve(__dirname, '../..')
const run = JSON.parse(fs.readFileSync(report, 'utf8'))
const suites = {}
for (const r of run.testResults.slice().sort((a, b) => a.name.localeCompare(b.name))) {
    const seconds = (r.endTime - r.startTime) / 1000
    suites[path.relative(root, r.name).split(path.sep).join('/')] = Math.round(seconds * 10) / 10
}
const out = path.join(__dirname, 'suite-times.json')
fs.writeFileSync(out, `${JSON.stringify({ note: 'Seconds per suite in one whole run (tests/support/suite-times.js); only their order is used.', suites }, null, 4)}\n`)
console.log(`${Object.keys(suites).length} suites written to ${path.relative(root, out)}`)
