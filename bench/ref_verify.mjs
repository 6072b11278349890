// Times the reference verifier (tests/interop's verifyCredential over @digitalbazaar/vc, nested
// credentials included) in-process, for bench/verify.py:
//   node bench/ref_verify.mjs <harness dir> serve        read lines {"file": F, "n": N}; verify F N times;
//                                                       answer one line {"ms": wall ms per verification}
//   node bench/ref_verify.mjs <harness dir> once file... verify each file once (a CLI-like run);
//                                                       answer {file: verified}
import {readFileSync} from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {pathToFileURL} from 'node:url';

const [dir, mode, ...files] = process.argv.slice(2);
const {verifyCredential} = await import(pathToFileURL(path.join(dir, 'lib', 'ldp.mjs')).href);

if(mode === 'once') {
  const out = {};
  for(const file of files) {
    const credential = JSON.parse(readFileSync(file, 'utf8'));
    out[file] = (await verifyCredential({credential})).verified;
  }
  console.log(JSON.stringify(out));
} else if(mode === 'serve') {
  const docs = new Map();
  const lines = readline.createInterface({input: process.stdin});
  for await (const line of lines) {
    const {file, n} = JSON.parse(line);
    if(!docs.has(file)) {
      const credential = JSON.parse(readFileSync(file, 'utf8'));
      const first = await verifyCredential({credential});
      if(!first.verified) {
        console.log(JSON.stringify({error: `${file} does not verify in the reference: ${first.errors}`}));
        continue;
      }
      docs.set(file, credential);
    }
    const credential = docs.get(file);
    for(let i = 0; i < 2; i++) {
      await verifyCredential({credential});  // untimed: caches warm again after the other side's turn
    }
    const t0 = process.hrtime.bigint();
    for(let i = 0; i < n; i++) {
      await verifyCredential({credential});
    }
    console.log(JSON.stringify({ms: Number(process.hrtime.bigint() - t0) / 1e6 / n}));
  }
} else {
  console.error('usage: node ref_verify.mjs <harness dir> serve | once file...');
  process.exit(2);
}
