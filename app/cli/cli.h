// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>

namespace ps::cli {

/// Exit codes of picklescope-cli (PRODUCT.md).
enum ExitCode : int {
    ExitOk = 0,        ///< success
    ExitDifferent = 1, ///< diff: the files differ; scan: something dangerous was found
    ExitError = 2,     ///< any error (bad usage, unreadable or malformed file, bad path)
};

/// Runs the command line `argv` (argv[0] is the program name), writing results to `out` and
/// diagnostics to `err`. Returns the process exit code. Never throws.
int run(int argc, char **argv, std::ostream &out, std::ostream &err);

} // namespace ps::cli
