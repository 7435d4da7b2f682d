<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Charts</name>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s)</source>
        <translation>
            <numerusform>top %1 of %n feature</numerusform>
            <numerusform>top %1 of %n features</numerusform>
        </translation>
    </message>
    <message>
        <source> · feature names not stored in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intercepts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (grouped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficients of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (positive → %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature importances of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance (impurity decrease, normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-probabilities of the top features (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log P(feature | class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 NaN left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %Ln value(s)</source>
        <translation>
            <numerusform>all %Ln value</numerusform>
            <numerusform>all %Ln values</numerusform>
        </translation>
    </message>
    <message>
        <source>a sample: every %1th of %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareColours</name>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differences inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeltaCharts</name>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only in new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only in old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s) by change</source>
        <translation>
            <numerusform>top %1 of %n feature by change</numerusform>
            <numerusform>top %1 of %n features by change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s) by size</source>
        <translation>
            <numerusform>top %1 of %n feature by size</numerusform>
            <numerusform>top %1 of %n features by size</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 value(s) differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimatorCard</name>
    <message>
        <source>scikit-learn version: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by scikit-learn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-parameters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted attributes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the estimator is not fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned parameters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fitted&lt;/b&gt;, judged by its %n part(s), which are all fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Fitted&lt;/b&gt;, judged by its %n part, which is fitted:</numerusform>
            <numerusform>&lt;b&gt;Fitted&lt;/b&gt;, judged by its %n parts, which are all fitted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not fitted&lt;/b&gt;: none of its %n part(s) is fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Not fitted&lt;/b&gt;: its %n part is not fitted:</numerusform>
            <numerusform>&lt;b&gt;Not fitted&lt;/b&gt;: none of its %n parts is fitted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Partly fitted&lt;/b&gt;: %1 of its %n part(s) are fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Partly fitted&lt;/b&gt;: %1 of its %n part is fitted:</numerusform>
            <numerusform>&lt;b&gt;Partly fitted&lt;/b&gt;: %1 of its %n parts are fitted:</numerusform>
        </translation>
    </message>
    <message>
        <source>It stores no fitted attribute of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n estimator(s)</source>
        <translation>
            <numerusform>%n estimator</numerusform>
            <numerusform>%n estimators</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Fitted&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not fitted&lt;/b&gt;: it stores no fitted attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Predicts&lt;/b&gt; %n class(es): %1</source>
        <translation>
            <numerusform>&lt;b&gt;Predicts&lt;/b&gt; %n class: %1</numerusform>
            <numerusform>&lt;b&gt;Predicts&lt;/b&gt; %n classes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Input:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scikit-learn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyper-parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySummary</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing could be read from this file&lt;/b&gt;, so nothing in it was checked.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this file would run code when loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: every opcode of %n pickle(s) in %1</source>
        <translation>
            <numerusform>Checked: every opcode of %n pickle in %1</numerusform>
            <numerusform>Checked: every opcode of %n pickles in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file references no global at all: loading it builds only built-in values (numbers, strings, lists, dicts …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It references %n global(s), all on the allow-list of classes and functions that only build data (%1), used %2 time(s); no other import, call or attribute lookup happens while loading.</source>
        <translation>
            <numerusform>It references %n global, on the allow-list of classes and functions that only build data (%1), used %2 time(s); no other import, call or attribute lookup happens while loading.</numerusform>
            <numerusform>It references %n globals, all on the allow-list of classes and functions that only build data (%1), used %2 time(s); no other import, call or attribute lookup happens while loading.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped early (%1): what follows the error was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allow-list says what a name does, not that the data it builds is what you expect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect Python pickle, joblib and PyTorch files without running them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the object at PATH in the first file, e.g. &quot;.steps[1][1].coef_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selection&apos;s chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare file A with file B (the next argument): what changed, where and by how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare needs two files: --compare A B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picklescope: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FILE as File ▸ Open does, wait until its tree is usable, print one line of timings and exit (tests/bench/run.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --benchmark-load: then search the tree for TEXT and print its time and memory growth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::ArrayTableModel</name>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::ArrayView</name>
    <message>
        <source>Fortran order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n element(s) · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n element · %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n elements · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index along axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1 · max %2 · mean %3 · std %4 · NaN %5 of %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::ChartPanel</name>
    <message>
        <source>Learned parameter to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class, component or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars shown: the features with the largest magnitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the numbers behind the chart as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an estimator, a learned parameter or a numeric array to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1, %2): %3 value(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by PickleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot render the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the chart to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the chart&apos;s numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting all %Ln value(s) for the histogram…</source>
        <translation>
            <numerusform>Counting the %Ln value for the histogram…</numerusform>
            <numerusform>Counting all %Ln values for the histogram…</numerusform>
        </translation>
    </message>
    <message>
        <source>value (bin edges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1, %2]: %3 value(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareDetail</name>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element-wise change (new − old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see both values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal itself; the differences are further down (F7 goes to the next).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same in both files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a value that was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 elements differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest absolute change %1, largest relative change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareDialog</name>
    <message>
        <source>Compare Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the old and the new version. Open files are listed; Browse picks any other file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareTreeModel</name>
    <message>
        <source>→ an enclosing object (a cycle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) below</source>
        <translation>
            <numerusform>%n difference below</numerusform>
            <numerusform>%n differences below</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareView</name>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyper-parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous difference (Shift+F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next difference (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the rows that are equal in both files and contain no difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bold: differences inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two files hold the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 — how the file is stored, not what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scikit-learn estimator changed. Every change is in the Report tab; F7 and Shift+F7 go from one to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more lines in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files hold the same values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Only Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delta Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2 — PickleScope Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing &lt;b&gt;%1&lt;/b&gt; with &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal · compared in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) · compared in %1 s</source>
        <translation>
            <numerusform>%n difference · compared in %1 s</numerusform>
            <numerusform>%n differences · compared in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;PickleScope could not compare these files.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::ConvertDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As read (protocol %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain pickle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joblib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be converted:&lt;/b&gt; a PyTorch checkpoint is written only in its own container (its tensors live in separate storages of the zip); it is saved as read, with your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the file holds is written again: shared objects and cycles stay shared, numpy arrays are written the way numpy writes them for the protocol. Writing refuses what the chosen protocol cannot express and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable ASCII that every Python reads; the largest and slowest form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first binary form; every Python reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 2.3+: new-style classes written compactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3.0+: bytes written as bytes; Python 2 cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3.4+: very large objects and framing; the default of Python 3.8+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3.8+: out-of-band buffers; numpy arrays as raw bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pickle keeps the protocol it was written with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with pickle.load(); numpy arrays inside the pickle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with joblib.load(); numpy arrays as aligned raw payloads after their wrappers, optionally compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib (deflate): joblib&apos;s default compressor; fast, good ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip: deflate with a gzip header; gunzip can unpack it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bz2: smaller than zlib on text-like data, slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz (LZMA2): the smallest files, the slowest to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lzma: the legacy .lzma container of LZMA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lz4: the fastest, larger files; Python needs the lz4 package to load it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::DataFrameView</name>
    <message>
        <source>Summary statistics (describe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFrame&lt;/b&gt; · %1 rows × %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Series&lt;/b&gt; · %1 rows · dtype %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Records&lt;/b&gt; (a list of dicts with the same keys) · %1 rows × %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 rows are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::DataTableModel</name>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booleans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n categories: %1</source>
        <translation>
            <numerusform>%n category: %1</numerusform>
            <numerusform>%n categories: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::gui::DeltaChart</name>
    <message>
        <source>Learned parameter of an estimator both files hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which features are shown, and in which order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the numbers behind the charts as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither file holds an estimator with learned parameters per feature in both versions (coefficients, importances, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new − old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::DeltaTableModel</name>
    <message>
        <source>old %1 → new %2 (Δ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::DetailPane</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the path (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object in the tree to see its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, bytes %2–%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same object as one shown elsewhere in the tree (shared, or a cycle back to an enclosing object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: Python loads one object that is reached from several places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Dangerous:&lt;/b&gt; loading runs &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… %1 more bytes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The path as a Python expression after the loaded object (also accepted by picklescope-cli get). Type or paste a path and press Enter to go there (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the file (a value typed in, not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of array data, %2 in all</source>
        <translation></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram of a decision tree, of a tree_, or of one tree of a forest or boosting model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentEditor</name>
    <message>
        <source>The file is being reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is one object used at %n places; the change is seen at every one: %2</source>
        <translation>
            <numerusform>%1 is one object used at %n places; the change is seen at every one: %2</numerusform>
            <numerusform>%1 is one object used at %n places; the change is seen at every one: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentTab</name>
    <message>
        <source>Opening &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show partial tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PickleScope could not read this file completely.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader recovered the objects built before the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes to %1. Reload anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved: it was not read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite it with your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentView</name>
    <message>
        <source>Filter by name, type or value (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Globals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Security (%n dangerous)</source>
        <translation>
            <numerusform>Security (%n dangerous)</numerusform>
            <numerusform>Security (%n dangerous)</numerusform>
        </translation>
    </message>
    <message>
        <source>Security (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading this file in Python would run &lt;code&gt;%1&lt;/code&gt;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more dangerous operation(s).</source>
        <translation>
            <numerusform>and %n more dangerous operation.</numerusform>
            <numerusform>and %n more dangerous operations.</numerusform>
        </translation>
    </message>
    <message>
        <source>PickleScope did not run it. Do not load this file with pickle, joblib or torch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file uses %n global(s) that are not on the allow-list: loading it in Python would import and run them.</source>
        <translation>
            <numerusform>This file uses %n global that is not on the allow-list: loading it in Python would import and run them.</numerusform>
            <numerusform>This file uses %n globals that are not on the allow-list: loading it in Python would import and run them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show security details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading stopped early.&lt;/b&gt; %1&lt;br&gt;The tree shows what was read before the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>first %n match(es)</source>
        <translation>
            <numerusform>first %n match</numerusform>
            <numerusform>first %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This object is not part of the loaded object tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding is in the ZIP entry %1, which Python&apos;s loader does not read as part of the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call runs while loading but its result is not part of the loaded object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expanded the first %n row(s); expand deeper rows by hand.</source>
        <translation>
            <numerusform>Expanded the first %n row; expand deeper rows by hand.</numerusform>
            <numerusform>Expanded the first %n rows; expand deeper rows by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file changed on disk.&lt;/b&gt; Reload it to see the new contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file changed on disk&lt;/b&gt; since it was opened. Saving will ask before overwriting it; Reload discards your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file was rewritten on disk while open.&lt;/b&gt; Values shown may no longer be those of the file; saving and exporting are refused. Reload it to see the new contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The file was rewritten on disk while open.&lt;/b&gt; Values shown may no longer be those of the file, so your changes cannot be saved to it; Reload discards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no object to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not shown in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of %2, selected in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1: row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objects are still being indexed: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::EditingActions</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::FindingsModel</name>
    <message>
        <source>ZIP entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(runs while loading; result not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What loading would run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::Formatting</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::GlobalsModel</name>
    <message>
        <source>allow-listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not called)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the loaded object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Globals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PickleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pickle Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PickleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PickleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PickleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Opens Python pickle, joblib and PyTorch files without running them: the object tree, arrays, scikit-learn models, the opcodes and what loading the file would execute.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PickleScope developers. Free software under the MIT licence: you may use, copy, modify and distribute it; it comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::ObjectTreeModel</name>
    <message>
        <source>→ same object as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference to an object shown elsewhere in the tree (shared, or a cycle): not expanded here. Use Go to original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: the same object is reached from several places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangerous: loading this file in Python runs this call. See the Security panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in the file</source>
        <translation>
            <numerusform>%n byte in the file</numerusform>
            <numerusform>%n bytes in the file</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered object %1 of %2 from pickle %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::OpcodeModel</name>
    <message>
        <source>[joblib padding]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[raw array data]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the files of the last session at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeDiagramPanel</name>
    <message>
        <source>&amp;Tree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels shown below the root; deeper subtrees end in a marker (double-click it to open that subtree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole diagram in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram as a PNG image at twice its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature values, e.g. 5.1, 3.5, 1.4, 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one value per feature: the nodes the input visits are highlighted and the leaf&apos;s prediction is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision tree diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes, %2 leaves, depth %3 · double-click a node to collapse or expand it, drag to pan, wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of %2 · class %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tree cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1 (“%2”) is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prediction: &lt;b&gt;%1&lt;/b&gt; (leaf %2, %Ln step(s))</source>
        <translation>
            <numerusform>Prediction: &lt;b&gt;%1&lt;/b&gt; (leaf %2, %Ln step)</numerusform>
            <numerusform>Prediction: &lt;b&gt;%1&lt;/b&gt; (leaf %2, %Ln steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1 · depth %2 · samples %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tree as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tree as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the tree to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the tree to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeDiagramView</name>
    <message>
        <source>value = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <extracomment>A split test of a decision tree node: feature ≤ threshold.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split: %1 ≤ %2 (left), else right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impurity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted samples: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more node(s)</source>
        <translation>
            <numerusform>… %Ln more node</numerusform>
            <numerusform>… %Ln more nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the node arrays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeEditing</name>
    <message>
        <source>&amp;Edit Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as &amp;Literal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Item Before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A top-level object cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as Literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with a Python literal: numbers, strings, bytes, True, False, None, and lists, tuples, dicts and sets of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key of %1, as a Python literal (&apos;name&apos;, 3, (1, &apos;a&apos;)…). The entry keeps its value and its place in the dict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are inserted into lists, tuples, sets and dicts: select one of them or one of their items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new entry of the dict %1: its key and its value, as Python literals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item at the end of %1, as a Python literal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item of %1 at position %2 (before the selected one), as a Python literal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2.

Replace it with None instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON (*.json);;NumPy array (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv, .json or .npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be exported this way: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::gui::ValueDelegate</name>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
