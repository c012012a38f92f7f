#!/usr/bin/env node
// Runs before `npm start`, `npm run dev` and `npm run dist*` (package.json pre-scripts): downloads
// Electron's binary the first time, and says in one paragraph what to do when that fails.
// See scripts/electronInstall.mjs for why this is not an install script.
import { ensureElectron } from './electronInstall.mjs';

process.exitCode = await ensureElectron({ projectRoot: process.cwd() });
