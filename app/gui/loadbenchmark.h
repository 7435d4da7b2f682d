// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdio>

namespace ps::gui {

class MainWindow;

/// `picklescope --benchmark-load FILE [--benchmark-search TEXT]` (tests/bench/run.py): opens
/// FILE in `window` through MainWindow::openFile — the loader, models and view a user's open
/// takes — and waits until the tree is usable:
///   - the tab left its loading page for the document view: the file is read and its
///     security analysed (the banner and the dangerous rows show),
///   - the tree has its top-level rows, the first root is expanded and selected, so the
///     detail pane shows it,
///   - the event loop has handled what the view posted while it was built (layout and the
///     first paint).
/// The tree index (search, Go to original), the listings' checkpoints (the opcode panel) and
/// the insight (estimator cards, charts) are built meanwhile on the worker; the benchmark then
/// waits for them too: the tab Ready with its complete view. Then it writes one line to `out`:
///   LOADED seconds=S complete=S read=S security=S view=S listing=S index=S insight=S
///          roots=N rows=N nodes=N rss_mib=M peak_rss_mib=M file_rss_mib=M instructions_mib=M
///          listing_mib=M listing_lines=N index_mib=M usable_at=T
/// where seconds is from openFile() to usable, complete to Ready, read and security are the
/// worker's phases before the view, view the GUI thread's from then to usable, listing, index
/// and insight the worker's phases after it; rows are the first root's rows the tree created,
/// nodes the object graph's size, the memory that of the whole process when complete (of it,
/// file_rss_mib are pages of mapped files: the file's own bytes that were read; the recorded
/// instructions — none, the window reads opcodes from the bytes —, the listings' checkpoints
/// for listing_lines lines and the tree index take the next ones), usable_at the wall clock
/// (Unix seconds) when usable, so a caller can time from the process's start. Then the opcode
/// panel's model over those listings reads its first 50 rows, 50 in the middle and the last
/// 50 (every column) and adds:
///   OPCODES rows=N first_rows_ms=T middle_rows_ms=T last_rows_ms=T growth_mib=M
/// where growth is the peak resident memory while reading them above the memory before.
/// With `search`, it then types `search` into the tree's search (DocumentView::searchNow),
/// waits for its result and adds:
///   SEARCHED seconds=S matches=N truncated=0|1 rss_before_mib=M growth_mib=M
/// where growth is the peak resident memory during the search above the memory before it.
/// Returns 0, or 1 with a message on stderr when the file could not be read (the message names
/// the file and the error).
int runLoadBenchmark(MainWindow &window, const QString &path, const QString &search,
                     std::FILE *out);

/// Resident memory of this process now and at its peak, in MiB (Linux /proc; 0 elsewhere).
double residentMib();
double peakResidentMib();
/// Starts counting the peak anew from the current resident memory (Linux clear_refs); false
/// when the system does not allow it.
bool resetPeakResident();

} // namespace ps::gui
