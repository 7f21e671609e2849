#!/usr/bin/env node
// skattedeling-simulator's entry point. It turns on Node's module compile cache before loading
// anything else: start-up is mostly module loading, and the cache roughly halves it on every start
// after the first.
import module from 'node:module';

module.enableCompileCache?.();
await import('./commands.js');
