#!/usr/bin/env node
// Entry point of the `dutoan` command; the CLI is compiled to build/ by `npm run build:cli`.
require("../build/cli/main.js").main();
