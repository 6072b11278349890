// Times the reference verifier (tests/interop's verifyCredential over @digitalbazaar/vc, nested
// credentials included) in-process:
//   node bench/ref_verify.mjs <harness dir> <rounds> file.json...  -> one JSON line {file: ms_per_verify}
//   node bench/ref_verify.mjs <harness dir> once file.json...      -> verify each file once (CLI-like run)
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const [dir, roundsText, ...files] = process.argv.slice(2);
const {verifyCredential} = await import(pathToFileURL(path.join(dir, 'lib', 'ldp.mjs')).href);
const out = {};
if(roundsText === 'once') {
  for(const file of files) {
    const credential = JSON.parse(readFileSync(file, 'utf8'));
    out[file] = (await verifyCredential({credential})).verified;
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}
const rounds = Number(roundsText);
for(const file of files) {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  const first = await verifyCredential({credential});
  if(!first.verified) {
    throw new Error(`${file} does not verify in the reference: ${JSON.stringify(first.errors)}`);
  }
  for(let i = 0; i < 3; i++) {
    await verifyCredential({credential});  // warm-up
  }
  const t0 = process.hrtime.bigint();
  for(let i = 0; i < rounds; i++) {
    await verifyCredential({credential});
  }
  out[file] = Number(process.hrtime.bigint() - t0) / 1e6 / rounds;
}
console.log(JSON.stringify(out));
