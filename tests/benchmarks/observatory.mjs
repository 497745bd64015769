// Scores response headers with the MDN HTTP Observatory 1.4.8's own tests and grading,
// on any host, port and path (the package's CLI takes a bare host name only).
//
//   npm install --prefix /tmp/observatory --ignore-scripts @mdn/mdn-http-observatory@1.4.8
//   echo '{}' > /tmp/observatory/node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json
//   NODE_PATH=/tmp/observatory/node_modules NODE_EXTRA_CA_CERTS=cert.pem \
//       node tests/benchmarks/observatory.mjs localhost 8443 8080 /zh-hans/
//
// --ignore-scripts skips the downloads of the CA bundle and of the HSTS preload list
// (an empty list: nothing local is preloaded). Serve the site over TLS with gunicorn
// --certfile/--keyfile and production settings on the first port, and on the second a
// plain-HTTP server that answers 301 to the TLS port, as the proxy's port 80 does.
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.join(
  (process.env.NODE_PATH || "node_modules").split(path.delimiter)[0],
  "@mdn",
  "mdn-http-observatory",
  "src"
);
const load = (name) => import(pathToFileURL(path.join(root, name)).href);
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load("grader/charts.js");
const { getGradeForScore, getScoreModifier } = await load("grader/grader.js");
const { retrieve } = await load("retriever/retriever.js");
const { ALL_TESTS } = await load("constants.js");

const [host, httpsPort, httpPort, urlPath = "/"] = process.argv.slice(2);
const site = await retrieve(host, { httpsPort, httpPort, path: urlPath });
if (!site.responses.auto) {
  console.log(JSON.stringify({ path: urlPath, error: "no answer" }));
  process.exit(1);
}
// As the package's scan(): penalties always count, bonuses only from an A (90) upwards.
let withBonuses = 100;
let penaltiesOnly = 100;
const tests = {};
for (const test of ALL_TESTS) {
  const outcome = test(site);
  const modifier = getScoreModifier(outcome.result);
  withBonuses += modifier;
  if (modifier < 0) penaltiesOnly += modifier;
  tests[outcome.constructor.name] = `${outcome.result} (${modifier})`;
}
const score = penaltiesOnly >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonuses : penaltiesOnly;
const { grade } = getGradeForScore(score);
console.log(JSON.stringify({ path: urlPath, status: site.responses.auto.status, score, grade, tests }, null, 1));
