#!/usr/bin/env node
/*
 * Empties build/ before the CLI is compiled: tsc never deletes outputs of sources that were moved or
 * removed, and a stale build/engine/rules/troCap.js would shadow the folder troCap/index.js.
 */
"use strict";
const { rmSync } = require("fs");
const { join } = require("path");

rmSync(join(__dirname, "..", "build"), { recursive: true, force: true });
