// Times the reference verifier (the harness's verifyCredential over @digitalbazaar/vc) in-process:
// node bench/ref_verify.mjs <harness dir> <rounds> file.json...  -> one JSON line {file: ms_per_verify}
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const [dir, roundsText, ...files] = process.argv.slice(2);
const {verifyCredential} = await import(pathToFileURL(path.join(dir, 'lib', 'vc.mjs')).href);
const rounds = Number(roundsText);
const out = {};
for (const file of files) {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  const first = await verifyCredential({credential});
  if (!first.verified) throw new Error(`${file} does not verify in the reference: ${JSON.stringify(first.errors)}`);
  for (let i = 0; i < 3; i++) await verifyCredential({credential});  // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) await verifyCredential({credential});
  out[file] = Number(process.hrtime.bigint() - t0) / 1e6 / rounds;
}
console.log(JSON.stringify(out));
