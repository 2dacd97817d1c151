// Builds the dashboard into marsad/web/ of the module's classes folder (or the folder given as the
// first argument): our sources as they are (native ES modules, no bundler needed), plus the
// vendored map libraries from node_modules with their licences. Nothing is fetched at run time.
import { cpSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, 'target', 'classes', 'marsad', 'web');
const nm = join(here, 'node_modules');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(here, 'src'), out, { recursive: true });

const vendor = [
  ['leaflet/dist/leaflet.js', 'vendor/leaflet/leaflet.js'],
  ['leaflet/dist/leaflet.css', 'vendor/leaflet/leaflet.css'],
  ['leaflet/dist/images', 'vendor/leaflet/images'],
  ['leaflet/LICENSE', 'vendor/leaflet/LICENSE'],
  ['leaflet.markercluster/dist/leaflet.markercluster.js', 'vendor/markercluster/leaflet.markercluster.js'],
  ['leaflet.markercluster/dist/MarkerCluster.css', 'vendor/markercluster/MarkerCluster.css'],
  ['leaflet.markercluster/MIT-LICENCE.txt', 'vendor/markercluster/LICENSE'],
];
for (const [from, to] of vendor) {
  const src = join(nm, from);
  if (!existsSync(src)) {
    throw new Error(`missing ${src}: run 'npm ci' in web/ first`);
  }
  cpSync(src, join(out, to), { recursive: true });
}
console.log(`marsad-web: built into ${out}`);
