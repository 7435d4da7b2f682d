<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Charts</name>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s)</source>
        <translation>
            <numerusform>Top %1 von %n Merkmal</numerusform>
            <numerusform>Top %1 von %n Merkmalen</numerusform>
        </translation>
    </message>
    <message>
        <source> · feature names not stored in the file</source>
        <translation> · Merkmalsnamen nicht in der Datei gespeichert</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>Achsenabschnitt %1</translation>
    </message>
    <message>
        <source>intercepts %1</source>
        <translation>Achsenabschnitte %1</translation>
    </message>
    <message>
        <source>All (grouped)</source>
        <translation>Alle (gruppiert)</translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation>Schicht %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>too large to chart</source>
        <translation>zu groß für ein Diagramm</translation>
    </message>
    <message>
        <source>Coefficients of %1</source>
        <translation>Koeffizienten von %1</translation>
    </message>
    <message>
        <source> (positive → %1)</source>
        <translation> (positiv → %1)</translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation>Koeffizient</translation>
    </message>
    <message>
        <source>Feature importances of %1</source>
        <translation>Merkmalswichtigkeiten von %1</translation>
    </message>
    <message>
        <source>importance (impurity decrease, normalised)</source>
        <translation>Wichtigkeit (Abnahme der Unreinheit, normiert)</translation>
    </message>
    <message>
        <source>Log-probabilities of the top features (%1)</source>
        <translation>Log-Wahrscheinlichkeiten der wichtigsten Merkmale (%1)</translation>
    </message>
    <message>
        <source>log P(feature | class)</source>
        <translation>log P(Merkmal | Klasse)</translation>
    </message>
    <message>
        <source>Weights of %1 (%2)</source>
        <translation>Gewichte von %1 (%2)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source> · %1 NaN left out</source>
        <translation> · %1 NaN ausgelassen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln value(s)</source>
        <translation>
            <numerusform>alle %Ln Wert</numerusform>
            <numerusform>alle %Ln Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>a sample: every %1th of %2 values</source>
        <translation>eine Stichprobe: jeder %1. von %2 Werten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln Wert</numerusform>
            <numerusform>%Ln Werte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareColours</name>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differences inside</source>
        <translation>enthält Unterschiede</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>nicht in dieser Datei</translation>
    </message>
</context>
<context>
    <name>DeltaCharts</name>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>der Wurzel</translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translation>%1 von %2 in %3</translation>
    </message>
    <message>
        <source> (only in new)</source>
        <translation> (nur neu)</translation>
    </message>
    <message>
        <source> (only in old)</source>
        <translation> (nur alt)</translation>
    </message>
    <message>
        <source>, class %1</source>
        <translation>, Klasse %1</translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s) by change</source>
        <translation>
            <numerusform>Top %1 von %n Merkmal nach Änderung</numerusform>
            <numerusform>Top %1 von %n Merkmalen nach Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s) by size</source>
        <translation>
            <numerusform>Top %1 von %n Merkmal nach Betrag</numerusform>
            <numerusform>Top %1 von %n Merkmalen nach Betrag</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 value(s) differ</source>
        <translation> · %1 Wert(e) unterschiedlich</translation>
    </message>
</context>
<context>
    <name>EstimatorCard</name>
    <message>
        <source>scikit-learn version: not recorded</source>
        <translation>scikit-learn-Version: nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved by scikit-learn %1</source>
        <translation>Gespeichert mit scikit-learn %1</translation>
    </message>
    <message>
        <source>Hyper-parameters (%1)</source>
        <translation>Hyperparameter (%1)</translation>
    </message>
    <message>
        <source>Fitted attributes (%1)</source>
        <translation>Angepasste Attribute (%1)</translation>
    </message>
    <message>
        <source>None: the estimator is not fitted.</source>
        <translation>Keine: Der Estimator ist nicht angepasst.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Learned parameters (%1)</source>
        <translation>Gelernte Parameter (%1)</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Input features:</source>
        <translation>Eingabemerkmale:</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <source>not fitted</source>
        <translation>nicht angepasst</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fitted&lt;/b&gt;, judged by its %n part(s), which are all fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Angepasst&lt;/b&gt;, beurteilt nach seinem %n Teil, der angepasst ist:</numerusform>
            <numerusform>&lt;b&gt;Angepasst&lt;/b&gt;, beurteilt nach seinen %n Teilen, die alle angepasst sind:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not fitted&lt;/b&gt;: none of its %n part(s) is fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Nicht angepasst&lt;/b&gt;: sein %n Teil ist nicht angepasst:</numerusform>
            <numerusform>&lt;b&gt;Nicht angepasst&lt;/b&gt;: keiner seiner %n Teile ist angepasst:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Partly fitted&lt;/b&gt;: %1 of its %n part(s) are fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Teilweise angepasst&lt;/b&gt;: %1 von seinem %n Teil ist angepasst:</numerusform>
            <numerusform>&lt;b&gt;Teilweise angepasst&lt;/b&gt;: %1 von seinen %n Teilen sind angepasst:</numerusform>
        </translation>
    </message>
    <message>
        <source>It stores no fitted attribute of its own.</source>
        <translation>Er speichert selbst kein angepasstes Attribut.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n Merkmal</numerusform>
            <numerusform>%n Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message numerus="yes">
        <source>%n estimator(s)</source>
        <translation>
            <numerusform>%n Estimator</numerusform>
            <numerusform>%n Estimatoren</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Fitted&lt;/b&gt;</source>
        <translation>&lt;b&gt;Angepasst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not fitted&lt;/b&gt;: it stores no fitted attribute.</source>
        <translation>&lt;b&gt;Nicht angepasst&lt;/b&gt;: Er speichert kein angepasstes Attribut.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Predicts&lt;/b&gt; %n class(es): %1</source>
        <translation>
            <numerusform>&lt;b&gt;Vorhersage&lt;/b&gt; von %n Klasse: %1</numerusform>
            <numerusform>&lt;b&gt;Vorhersage&lt;/b&gt; von %n Klassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Input:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Eingabe:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Estimators</source>
        <translation>Estimatoren</translation>
    </message>
    <message>
        <source>version not recorded</source>
        <translation>Version nicht gespeichert</translation>
    </message>
    <message>
        <source>scikit-learn %1</source>
        <translation>scikit-learn %1</translation>
    </message>
    <message>
        <source>hyper-parameters: %1</source>
        <translation>Hyperparameter: %1</translation>
    </message>
    <message>
        <source>learned: %1</source>
        <translation>gelernt: %1</translation>
    </message>
    <message>
        <source>classes: %1</source>
        <translation>Klassen: %1</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>Eingabe: %1</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1: %2 × %3</translation>
    </message>
</context>
<context>
    <name>SecuritySummary</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing could be read from this file&lt;/b&gt;, so nothing in it was checked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aus dieser Datei konnte nichts gelesen werden&lt;/b&gt;, daher wurde nichts darin geprüft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing in this file would run code when loaded.</source>
        <translation>Nichts in dieser Datei würde beim Laden Code ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: every opcode of %n pickle(s) in %1</source>
        <translation>
            <numerusform>Geprüft: jeder Opcode des %n Pickles in %1</numerusform>
            <numerusform>Geprüft: jeder Opcode der %n Pickles in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file references no global at all: loading it builds only built-in values (numbers, strings, lists, dicts …).</source>
        <translation>Die Datei verweist auf kein einziges Global: Beim Laden entstehen nur eingebaute Werte (Zahlen, Zeichenketten, Listen, Dicts …).</translation>
    </message>
    <message numerus="yes">
        <source>It references %n global(s), all on the allow-list of classes and functions that only build data (%1), used %2 time(s); no other import, call or attribute lookup happens while loading.</source>
        <translation>
            <numerusform>Sie verweist auf %n Global, das auf der Liste der erlaubten Klassen und Funktionen steht, die nur Daten aufbauen (%1), %2-mal verwendet; beim Laden geschieht kein anderer Import, Aufruf oder Attributzugriff.</numerusform>
            <numerusform>Sie verweist auf %n Globals, alle auf der Liste der erlaubten Klassen und Funktionen, die nur Daten aufbauen (%1), %2-mal verwendet; beim Laden geschieht kein anderer Import, Aufruf oder Attributzugriff.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped early (%1): what follows the error was not checked.</source>
        <translation>Das Lesen endete vorzeitig (%1): Was nach dem Fehler folgt, wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The allow-list says what a name does, not that the data it builds is what you expect.</source>
        <translation>Die Erlaubnisliste sagt, was ein Name tut, nicht, dass die Daten, die er aufbaut, die erwarteten sind.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect Python pickle, joblib and PyTorch files without running them.</source>
        <translation>Python-Pickle-, joblib- und PyTorch-Dateien untersuchen, ohne sie auszuführen.</translation>
    </message>
    <message>
        <source>Files to open.</source>
        <translation>Zu öffnende Dateien.</translation>
    </message>
    <message>
        <source>Select the object at PATH in the first file, e.g. &quot;.steps[1][1].coef_&quot;.</source>
        <translation>Das Objekt unter PATH in der ersten Datei auswählen, z. B. &quot;.steps[1][1].coef_&quot;.</translation>
    </message>
    <message>
        <source>Show the selection&apos;s chart.</source>
        <translation>Das Diagramm der Auswahl anzeigen.</translation>
    </message>
    <message>
        <source>Compare file A with file B (the next argument): what changed, where and by how much.</source>
        <translation>Datei A mit Datei B (dem nächsten Argument) vergleichen: was sich geändert hat, wo und wie stark.</translation>
    </message>
    <message>
        <source>--compare needs two files: --compare A B</source>
        <translation>--compare erwartet zwei Dateien: --compare A B</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>das Öffnen wurde abgebrochen</translation>
    </message>
    <message>
        <source>picklescope: %1: %2</source>
        <translation>picklescope: %1: %2</translation>
    </message>
    <message>
        <source>Open FILE as File ▸ Open does, wait until its tree is usable, print one line of timings and exit (tests/bench/run.py).</source>
        <translation>FILE wie mit Datei ▸ Öffnen öffnen, warten, bis sein Baum benutzbar ist, eine Zeile mit Zeiten ausgeben und beenden (tests/bench/run.py).</translation>
    </message>
    <message>
        <source>With --benchmark-load: then search the tree for TEXT and print its time and memory growth.</source>
        <translation>Mit --benchmark-load: danach den Baum nach TEXT durchsuchen und Zeit und Speicherzuwachs ausgeben.</translation>
    </message>
</context>
<context>
    <name>ps::gui::ArrayTableModel</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation>%1 (Index %2)</translation>
    </message>
</context>
<context>
    <name>ps::gui::ArrayView</name>
    <message>
        <source>Fortran order</source>
        <translation>Fortran-Reihenfolge</translation>
    </message>
    <message>
        <source>C order</source>
        <translation>C-Reihenfolge</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n element(s) · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n Element · %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n Elemente · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>axis %1 (%2)</source>
        <translation>Achse %1 (%2)</translation>
    </message>
    <message>
        <source>[%1]:</source>
        <translation>[%1]:</translation>
    </message>
    <message>
        <source>Index along axis %1</source>
        <translation>Index entlang Achse %1</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Statistiken werden berechnet…</translation>
    </message>
    <message>
        <source>min %1 · max %2 · mean %3 · std %4 · NaN %5 of %6</source>
        <translation>Min. %1 · Max. %2 · Mittelwert %3 · Std.-Abw. %4 · NaN %5 von %6</translation>
    </message>
</context>
<context>
    <name>ps::gui::ChartPanel</name>
    <message>
        <source>Learned parameter to chart</source>
        <translation>Darzustellender gelernter Parameter</translation>
    </message>
    <message>
        <source>Class, component or layer</source>
        <translation>Klasse, Komponente oder Schicht</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Bars shown: the features with the largest magnitude</source>
        <translation>Angezeigte Balken: die Merkmale mit dem größten Betrag</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation>Diagramm als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>CSV kopieren</translation>
    </message>
    <message>
        <source>Copy the numbers behind the chart as CSV</source>
        <translation>Die Zahlen hinter dem Diagramm als CSV kopieren</translation>
    </message>
    <message>
        <source>Select an estimator, a learned parameter or a numeric array to chart it.</source>
        <translation>Einen Estimator, einen gelernten Parameter oder ein numerisches Array auswählen, um es darzustellen.</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>[%1, %2): %3 value(s)</source>
        <translation>[%1, %2): %3 Wert(e)</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>[%1] = %2</source>
        <translation>[%1] = %2</translation>
    </message>
    <message>
        <source>Exported by PickleScope</source>
        <translation>Exportiert von PickleScope</translation>
    </message>
    <message>
        <source>cannot render the chart</source>
        <translation>Diagramm kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not export the chart to %1: %2</source>
        <translation>Diagramm konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Copied the chart&apos;s numbers as CSV</source>
        <translation>Zahlen des Diagramms als CSV kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Counting all %Ln value(s) for the histogram…</source>
        <translation>
            <numerusform>Der %Ln Wert wird für das Histogramm gezählt…</numerusform>
            <numerusform>Alle %Ln Werte werden für das Histogramm gezählt…</numerusform>
        </translation>
    </message>
    <message>
        <source>value (bin edges)</source>
        <translation>Wert (Klassengrenzen)</translation>
    </message>
    <message>
        <source>[%1, %2]: %3 value(s)</source>
        <translation>[%1, %2]: %3 Wert(e)</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareDetail</name>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Element-wise change (new − old)</source>
        <translation>Elementweise Änderung (neu − alt)</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Alt: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Select a row to see both values.</source>
        <translation>Eine Zeile auswählen, um beide Werte anzuzeigen.</translation>
    </message>
    <message>
        <source>equal itself; the differences are further down (F7 goes to the next).</source>
        <translation>selbst gleich; die Unterschiede liegen weiter unten (F7 springt zum nächsten).</translation>
    </message>
    <message>
        <source>the same in both files.</source>
        <translation>in beiden Dateien gleich.</translation>
    </message>
    <message>
        <source>inside a value that was %1.</source>
        <translation>innerhalb eines als „%1“ markierten Werts.</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>Typ %1 → %2</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>shape %1 → %2</source>
        <translation>shape %1 → %2</translation>
    </message>
    <message>
        <source>dtype %1 → %2</source>
        <translation>dtype %1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2 elements differ</source>
        <translation>%1 von %2 Elementen unterschiedlich</translation>
    </message>
    <message>
        <source>largest absolute change %1, largest relative change %2</source>
        <translation>größte absolute Änderung %1, größte relative Änderung %2</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareDialog</name>
    <message>
        <source>Compare Files</source>
        <translation>Dateien vergleichen</translation>
    </message>
    <message>
        <source>Choose the old and the new version. Open files are listed; Browse picks any other file.</source>
        <translation>Die alte und die neue Version auswählen. Geöffnete Dateien sind aufgelistet; mit „Durchsuchen…“ lässt sich jede andere Datei wählen.</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>&amp;Alt:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Neu:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Old Version</source>
        <translation>Alte Version</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation>Pickle-Dateien (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareTreeModel</name>
    <message>
        <source>→ an enclosing object (a cycle)</source>
        <translation>→ ein umschließendes Objekt (Zyklus)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) below</source>
        <translation>
            <numerusform>%n Unterschied darunter</numerusform>
            <numerusform>%n Unterschiede darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareView</name>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>estimator</source>
        <translation>Estimator</translation>
    </message>
    <message>
        <source>hyper-parameter</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>gelernt</translation>
    </message>
    <message>
        <source>trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <source>importances</source>
        <translation>Wichtigkeiten</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F7)</source>
        <translation>Vorheriger Unterschied (Shift+F7)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next difference (F7)</source>
        <translation>Nächster Unterschied (F7)</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>Nur Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Hide the rows that are equal in both files and contain no difference</source>
        <translation>Zeilen ausblenden, die in beiden Dateien gleich sind und keinen Unterschied enthalten</translation>
    </message>
    <message>
        <source>Old:</source>
        <translation>Alt:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Delta Chart</source>
        <translation>Delta-Diagramm</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Legende:</translation>
    </message>
    <message>
        <source>bold: differences inside</source>
        <translation>fett: enthält Unterschiede</translation>
    </message>
    <message>
        <source>The two files hold the same values.</source>
        <translation>Beide Dateien enthalten dieselben Werte.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 are listed)</source>
        <translation>(die ersten %1 sind aufgeführt)</translation>
    </message>
    <message>
        <source>Format: %1 — how the file is stored, not what it holds.</source>
        <translation>Format: %1 — wie die Datei gespeichert ist, nicht was sie enthält.</translation>
    </message>
    <message>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <source>No scikit-learn estimator changed. Every change is in the Report tab; F7 and Shift+F7 go from one to the next.</source>
        <translation>Kein scikit-learn-Estimator hat sich geändert. Alle Änderungen stehen im Reiter „Bericht“; F7 und Shift+F7 springen von einer zur nächsten.</translation>
    </message>
    <message>
        <source>… and %1 more lines in the report.</source>
        <translation>… und %1 weitere Zeilen im Bericht.</translation>
    </message>
    <message>
        <source>Difference %1 of %2</source>
        <translation>Unterschied %1 von %2</translation>
    </message>
    <message>
        <source>The files hold the same values.</source>
        <translation>Die Dateien enthalten dieselben Werte.</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading both files…</source>
        <translation>Beide Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied the report</source>
        <translation>Bericht kopiert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Show &amp;Only Differences</source>
        <translation>Nur &amp;Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
    <message>
        <source>&amp;Delta Chart</source>
        <translation>&amp;Delta-Diagramm</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>%1 ↔ %2 — PickleScope Compare</source>
        <translation>%1 ↔ %2 — PickleScope-Vergleich</translation>
    </message>
    <message>
        <source>Comparing &lt;b&gt;%1&lt;/b&gt; with &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird mit &lt;b&gt;%2&lt;/b&gt; verglichen</translation>
    </message>
    <message>
        <source>Equal · compared in %1 s</source>
        <translation>Gleich · verglichen in %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) · compared in %1 s</source>
        <translation>
            <numerusform>%n Unterschied · verglichen in %1 s</numerusform>
            <numerusform>%n Unterschiede · verglichen in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;PickleScope could not compare these files.&lt;/b&gt;</source>
        <translation>&lt;b&gt;PickleScope konnte diese Dateien nicht vergleichen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation>Textbericht (*.txt)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison Report</source>
        <translation>Vergleichsbericht exportieren</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Bericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not export the report to %1: %2</source>
        <translation>Bericht konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ps::gui::ConvertDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>As read (protocol %1)</source>
        <translation>Wie gelesen (Protokoll %1)</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Plain pickle</source>
        <translation>Reines Pickle</translation>
    </message>
    <message>
        <source>joblib</source>
        <translation>joblib</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <source>level </source>
        <translation>Stufe </translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Komprimierung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be converted:&lt;/b&gt; a PyTorch checkpoint is written only in its own container (its tensors live in separate storages of the zip); it is saved as read, with your edits.</source>
        <translation>&lt;b&gt;Nicht konvertierbar:&lt;/b&gt; Ein PyTorch-Checkpoint wird nur in seinem eigenen Container geschrieben (seine Tensoren liegen in separaten Speicherbereichen des ZIP-Archivs); er wird wie gelesen gespeichert, mit Ihren Änderungen.</translation>
    </message>
    <message>
        <source>Everything the file holds is written again: shared objects and cycles stay shared, numpy arrays are written the way numpy writes them for the protocol. Writing refuses what the chosen protocol cannot express and says why.</source>
        <translation>Der gesamte Inhalt der Datei wird neu geschrieben: Gemeinsam genutzte Objekte und Zyklen bleiben gemeinsam genutzt, numpy-Arrays werden so geschrieben, wie numpy sie für das Protokoll schreibt. Was das gewählte Protokoll nicht ausdrücken kann, wird mit Begründung abgelehnt.</translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation>Pickle-Dateien (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Printable ASCII that every Python reads; the largest and slowest form.</source>
        <translation>Druckbares ASCII, das jedes Python liest; die größte und langsamste Form.</translation>
    </message>
    <message>
        <source>The first binary form; every Python reads it.</source>
        <translation>Die erste Binärform; jedes Python liest sie.</translation>
    </message>
    <message>
        <source>Python 2.3+: new-style classes written compactly.</source>
        <translation>Python 2.3+: New-Style-Klassen kompakt geschrieben.</translation>
    </message>
    <message>
        <source>Python 3.0+: bytes written as bytes; Python 2 cannot read it.</source>
        <translation>Python 3.0+: bytes werden als bytes geschrieben; Python 2 kann es nicht lesen.</translation>
    </message>
    <message>
        <source>Python 3.4+: very large objects and framing; the default of Python 3.8+.</source>
        <translation>Python 3.4+: sehr große Objekte und Framing; Standard ab Python 3.8.</translation>
    </message>
    <message>
        <source>Python 3.8+: out-of-band buffers; numpy arrays as raw bytes.</source>
        <translation>Python 3.8+: Out-of-Band-Puffer; numpy-Arrays als Rohbytes.</translation>
    </message>
    <message>
        <source>Each pickle keeps the protocol it was written with.</source>
        <translation>Jedes Pickle behält das Protokoll, mit dem es geschrieben wurde.</translation>
    </message>
    <message>
        <source>Read with pickle.load(); numpy arrays inside the pickle.</source>
        <translation>Wird mit pickle.load() gelesen; numpy-Arrays im Pickle.</translation>
    </message>
    <message>
        <source>Read with joblib.load(); numpy arrays as aligned raw payloads after their wrappers, optionally compressed.</source>
        <translation>Wird mit joblib.load() gelesen; numpy-Arrays als ausgerichtete Rohdaten nach ihren Wrappern, optional komprimiert.</translation>
    </message>
    <message>
        <source>Not compressed.</source>
        <translation>Nicht komprimiert.</translation>
    </message>
    <message>
        <source>zlib (deflate): joblib&apos;s default compressor; fast, good ratio.</source>
        <translation>zlib (deflate): Standardkompressor von joblib; schnell, gute Kompressionsrate.</translation>
    </message>
    <message>
        <source>gzip: deflate with a gzip header; gunzip can unpack it.</source>
        <translation>gzip: deflate mit gzip-Header; gunzip kann es entpacken.</translation>
    </message>
    <message>
        <source>bz2: smaller than zlib on text-like data, slower.</source>
        <translation>bz2: bei textartigen Daten kleiner als zlib, langsamer.</translation>
    </message>
    <message>
        <source>xz (LZMA2): the smallest files, the slowest to write.</source>
        <translation>xz (LZMA2): die kleinsten Dateien, am langsamsten beim Schreiben.</translation>
    </message>
    <message>
        <source>lzma: the legacy .lzma container of LZMA.</source>
        <translation>lzma: der veraltete .lzma-Container von LZMA.</translation>
    </message>
    <message>
        <source>lz4: the fastest, larger files; Python needs the lz4 package to load it.</source>
        <translation>lz4: am schnellsten, größere Dateien; Python braucht zum Laden das Paket lz4.</translation>
    </message>
</context>
<context>
    <name>ps::gui::DataFrameView</name>
    <message>
        <source>Summary statistics (describe)</source>
        <translation>Zusammenfassende Statistik (describe)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>verschiedene</translation>
    </message>
    <message>
        <source>top</source>
        <translation>häufigster</translation>
    </message>
    <message>
        <source>freq</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFrame&lt;/b&gt; · %1 rows × %2 columns</source>
        <translation>&lt;b&gt;DataFrame&lt;/b&gt; · %1 Zeilen × %2 Spalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Series&lt;/b&gt; · %1 rows · dtype %2</source>
        <translation>&lt;b&gt;Series&lt;/b&gt; · %1 Zeilen · dtype %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records&lt;/b&gt; (a list of dicts with the same keys) · %1 rows × %2 columns</source>
        <translation>&lt;b&gt;Datensätze&lt;/b&gt; (eine Liste von Dicts mit denselben Schlüsseln) · %1 Zeilen × %2 Spalten</translation>
    </message>
    <message>
        <source>index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <source>the first %1 rows are shown</source>
        <translation>die ersten %1 Zeilen werden gezeigt</translation>
    </message>
</context>
<context>
    <name>ps::gui::DataTableModel</name>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>booleans</source>
        <translation>Wahrheitswerte</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>Datums- und Zeitangaben</translation>
    </message>
    <message>
        <source>durations</source>
        <translation>Zeitdauern</translation>
    </message>
    <message>
        <source>strings</source>
        <translation>Zeichenketten</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Python objects</source>
        <translation>Python-Objekte</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n categories: %1</source>
        <translation>
            <numerusform>%n Kategorie: %1</numerusform>
            <numerusform>%n Kategorien: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::gui::DeltaChart</name>
    <message>
        <source>Learned parameter of an estimator both files hold</source>
        <translation>Gelernter Parameter eines Estimators, den beide Dateien enthalten</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Largest changes</source>
        <translation>Größte Änderungen</translation>
    </message>
    <message>
        <source>Largest values</source>
        <translation>Größte Werte</translation>
    </message>
    <message>
        <source>Which features are shown, and in which order</source>
        <translation>Welche Merkmale in welcher Reihenfolge angezeigt werden</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Features shown</source>
        <translation>Angezeigte Merkmale</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>CSV kopieren</translation>
    </message>
    <message>
        <source>Copy the numbers behind the charts as CSV</source>
        <translation>Die Zahlen hinter den Diagrammen als CSV kopieren</translation>
    </message>
    <message>
        <source>Neither file holds an estimator with learned parameters per feature in both versions (coefficients, importances, ...).</source>
        <translation>Die beiden Dateien enthalten keinen gemeinsamen Estimator mit gelernten Parametern pro Merkmal (Koeffizienten, Wichtigkeiten, ...).</translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation>Nichts darzustellen.</translation>
    </message>
    <message>
        <source>old</source>
        <translation>alt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>alt: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>new − old</source>
        <translation>neu − alt</translation>
    </message>
</context>
<context>
    <name>ps::gui::DeltaTableModel</name>
    <message>
        <source>old %1 → new %2 (Δ %3)</source>
        <translation>alt %1 → neu %2 (Δ %3)</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
</context>
<context>
    <name>ps::gui::DetailPane</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the path (Ctrl+C)</source>
        <translation>Pfad kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Go to original</source>
        <translation>Zum Original</translation>
    </message>
    <message>
        <source>Select an object in the tree to see its value.</source>
        <translation>Ein Objekt im Baum auswählen, um seinen Wert anzuzeigen.</translation>
    </message>
    <message>
        <source>%1, bytes %2–%3 (%4)</source>
        <translation>%1, Bytes %2–%3 (%4)</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>The same object as one shown elsewhere in the tree (shared, or a cycle back to an enclosing object).</source>
        <translation>Dasselbe Objekt wie ein an anderer Stelle im Baum angezeigtes (gemeinsam genutzt oder ein Zyklus zurück zu einem umschließenden Objekt).</translation>
    </message>
    <message>
        <source>Shared: Python loads one object that is reached from several places.</source>
        <translation>Gemeinsam genutzt: Python lädt ein einziges Objekt, das von mehreren Stellen aus erreicht wird.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Dangerous:&lt;/b&gt; loading runs &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Gefährlich:&lt;/b&gt; Laden führt &lt;code&gt;%1&lt;/code&gt; aus</translation>
    </message>
    <message>
        <source>[… %1 more bytes]</source>
        <translation>[… %1 weitere Bytes]</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>The path as a Python expression after the loaded object (also accepted by picklescope-cli get). Type or paste a path and press Enter to go there (Ctrl+L).</source>
        <translation>Der Pfad als Python-Ausdruck nach dem geladenen Objekt (auch für picklescope-cli get). Einen Pfad eingeben oder einfügen und mit Eingabe dorthin gehen (Strg+L).</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>none in the file (a value typed in, not saved yet)</source>
        <translation>keine in der Datei (ein eingegebener Wert, noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 of array data, %2 in all</source>
        <translation>%1 Array-Daten, insgesamt %2</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>The diagram of a decision tree, of a tree_, or of one tree of a forest or boosting model</source>
        <translation>Das Diagramm eines Entscheidungsbaums, eines tree_ oder eines Baums eines Random Forests oder Boosting-Modells</translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentEditor</name>
    <message>
        <source>The file is being reloaded.</source>
        <translation>Die Datei wird neu geladen.</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is one object used at %n places; the change is seen at every one: %2</source>
        <translation>
            <numerusform>%1 ist ein einziges Objekt, das an %n Stelle verwendet wird; die Änderung wirkt dort: %2</numerusform>
            <numerusform>%1 ist ein einziges Objekt, das an %n Stellen verwendet wird; die Änderung wirkt an jeder davon: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentTab</name>
    <message>
        <source>Opening &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird geöffnet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show partial tree</source>
        <translation>Unvollständigen Baum anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;PickleScope could not read this file completely.&lt;/b&gt;</source>
        <translation>&lt;b&gt;PickleScope konnte diese Datei nicht vollständig lesen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The reader recovered the objects built before the error.</source>
        <translation>Die vor dem Fehler aufgebauten Objekte wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes to %1. Reload anyway?</source>
        <translation>Beim Neuladen gehen Ihre nicht gespeicherten Änderungen an %1 verloren. Trotzdem neu laden?</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: it was not read completely.</source>
        <translation>%1 kann nicht gespeichert werden: Die Datei wurde nicht vollständig gelesen.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Nothing was written: the file on disk is unchanged.</source>
        <translation>Es wurde nichts geschrieben: Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened here.</source>
        <translation>%1 wurde seit dem Öffnen hier auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Overwrite it with your version?</source>
        <translation>Mit Ihrer Version überschreiben?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Checking security</source>
        <translation>Sicherheit prüfen</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizieren</translation>
    </message>
    <message>
        <source>%1… %2 %</source>
        <translation>%1 … %2 %</translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentView</name>
    <message>
        <source>Filter by name, type or value (Ctrl+F)</source>
        <translation>Nach Name, Typ oder Wert filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Opcodes</source>
        <translation>Opcodes</translation>
    </message>
    <message>
        <source>Globals (%1)</source>
        <translation>Globale Namen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Security (%n dangerous)</source>
        <translation>
            <numerusform>Sicherheit (%n gefährlich)</numerusform>
            <numerusform>Sicherheit (%n gefährlich)</numerusform>
        </translation>
    </message>
    <message>
        <source>Security (%1)</source>
        <translation>Sicherheit (%1)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Meldungen (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading this file in Python would run &lt;code&gt;%1&lt;/code&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Laden dieser Datei in Python würde &lt;code&gt;%1&lt;/code&gt; ausführen&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more dangerous operation(s).</source>
        <translation>
            <numerusform>und %n weitere gefährliche Operation.</numerusform>
            <numerusform>und %n weitere gefährliche Operationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>PickleScope did not run it. Do not load this file with pickle, joblib or torch.</source>
        <translation>PickleScope hat nichts davon ausgeführt. Diese Datei nicht mit pickle, joblib oder torch laden.</translation>
    </message>
    <message numerus="yes">
        <source>This file uses %n global(s) that are not on the allow-list: loading it in Python would import and run them.</source>
        <translation>
            <numerusform>Diese Datei verwendet %n globalen Namen, der nicht auf der Positivliste steht: Beim Laden in Python würde er importiert und ausgeführt.</numerusform>
            <numerusform>Diese Datei verwendet %n globale Namen, die nicht auf der Positivliste stehen: Beim Laden in Python würden sie importiert und ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show security details</source>
        <translation>Sicherheitsdetails anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading stopped early.&lt;/b&gt; %1&lt;br&gt;The tree shows what was read before the error.</source>
        <translation>&lt;b&gt;Das Lesen wurde vorzeitig beendet.&lt;/b&gt; %1&lt;br&gt;Der Baum zeigt, was vor dem Fehler gelesen wurde.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>first %n match(es)</source>
        <translation>
            <numerusform>erster %n Treffer</numerusform>
            <numerusform>erste %n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the path %1</source>
        <translation>Pfad %1 kopiert</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>This object is not part of the loaded object tree.</source>
        <translation>Dieses Objekt gehört nicht zum geladenen Objektbaum.</translation>
    </message>
    <message>
        <source>This finding is in the ZIP entry %1, which Python&apos;s loader does not read as part of the object.</source>
        <translation>Dieser Befund liegt im ZIP-Eintrag %1, den der Lader von Python nicht als Teil des Objekts liest.</translation>
    </message>
    <message>
        <source>This call runs while loading but its result is not part of the loaded object.</source>
        <translation>Dieser Aufruf wird beim Laden ausgeführt, sein Ergebnis ist aber nicht Teil des geladenen Objekts.</translation>
    </message>
    <message numerus="yes">
        <source>Expanded the first %n row(s); expand deeper rows by hand.</source>
        <translation>
            <numerusform>Die erste %n Zeile wurde aufgeklappt; tiefere Zeilen bitte von Hand aufklappen.</numerusform>
            <numerusform>Die ersten %n Zeilen wurden aufgeklappt; tiefere Zeilen bitte von Hand aufklappen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;geöffnete Datei&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file changed on disk.&lt;/b&gt; Reload it to see the new contents.</source>
        <translation>&lt;b&gt;Die Datei wurde auf dem Datenträger geändert.&lt;/b&gt; Neu laden, um den neuen Inhalt anzuzeigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file changed on disk&lt;/b&gt; since it was opened. Saving will ask before overwriting it; Reload discards your changes.</source>
        <translation>&lt;b&gt;Die Datei wurde auf dem Datenträger geändert,&lt;/b&gt; seit sie geöffnet wurde. Beim Speichern erfolgt vor dem Überschreiben eine Rückfrage; „Neu laden“ verwirft Ihre Änderungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file was rewritten on disk while open.&lt;/b&gt; Values shown may no longer be those of the file; saving and exporting are refused. Reload it to see the new contents.</source>
        <translation>&lt;b&gt;Die Datei wurde auf der Festplatte überschrieben, während sie geöffnet war.&lt;/b&gt; Die gezeigten Werte sind womöglich nicht mehr die der Datei; Speichern und Exportieren werden verweigert. Laden Sie sie neu, um den neuen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file was rewritten on disk while open.&lt;/b&gt; Values shown may no longer be those of the file, so your changes cannot be saved to it; Reload discards them.</source>
        <translation>&lt;b&gt;Die Datei wurde auf der Festplatte überschrieben, während sie geöffnet war.&lt;/b&gt; Die gezeigten Werte sind womöglich nicht mehr die der Datei, daher können Ihre Änderungen nicht in ihr gespeichert werden; Neu laden verwirft sie.</translation>
    </message>
    <message>
        <source>This file has no object to start from.</source>
        <translation>Diese Datei hat kein Objekt, bei dem man beginnen könnte.</translation>
    </message>
    <message>
        <source>Not a path: %1</source>
        <translation>Kein Pfad: %1</translation>
    </message>
    <message>
        <source>%1 is not shown in the tree.</source>
        <translation>%1 wird im Baum nicht gezeigt.</translation>
    </message>
    <message>
        <source>%1 is part of %2, selected in the tree</source>
        <translation>%1 ist Teil von %2, im Baum ausgewählt</translation>
    </message>
    <message>
        <source>Node %1: row %1 of %2</source>
        <translation>Knoten %1: Zeile %1 von %2</translation>
    </message>
    <message>
        <source>The objects are still being indexed: try again in a moment.</source>
        <translation>Die Objekte werden noch indiziert: bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Indexing… %1 %</source>
        <translation>Indizieren … %1 %</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indizieren …</translation>
    </message>
</context>
<context>
    <name>ps::gui::EditingActions</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>&amp;Konvertieren…</translation>
    </message>
    <message>
        <source>&amp;Export Value…</source>
        <translation>Wert e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>_converted</source>
        <translation>_konvertiert</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Konvertieren</translation>
    </message>
</context>
<context>
    <name>ps::gui::FindingsModel</name>
    <message>
        <source>ZIP entry %1</source>
        <translation>ZIP-Eintrag %1</translation>
    </message>
    <message>
        <source>(runs while loading; result not kept)</source>
        <translation>(läuft beim Laden; Ergebnis wird verworfen)</translation>
    </message>
    <message>
        <source>%1, offset %2</source>
        <translation>%1, Offset %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Globaler Name</translation>
    </message>
    <message>
        <source>What loading would run</source>
        <translation>Was beim Laden ausgeführt würde</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>ps::gui::Formatting</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>ps::gui::GlobalsModel</name>
    <message>
        <source>allow-listed</source>
        <translation>auf der Positivliste</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>gefährlich</translation>
    </message>
    <message>
        <source>%1, offset %2</source>
        <translation>%1, Offset %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Erste Verwendung</translation>
    </message>
    <message>
        <source>(not called)</source>
        <translation>(nicht aufgerufen)</translation>
    </message>
    <message>
        <source>(not in the loaded object)</source>
        <translation>(nicht im geladenen Objekt)</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Erzeugt</translation>
    </message>
</context>
<context>
    <name>ps::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Alle aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Opcodes</source>
        <translation>&amp;Opcodes</translation>
    </message>
    <message>
        <source>&amp;Globals</source>
        <translation>&amp;Globale Namen</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Meldungen</translation>
    </message>
    <message>
        <source>&amp;Next File</source>
        <translation>&amp;Nächste Datei</translation>
    </message>
    <message>
        <source>&amp;Previous File</source>
        <translation>&amp;Vorherige Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PickleScope</source>
        <translation>Ü&amp;ber PickleScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open Pickle Files</source>
        <translation>Pickle-Dateien öffnen</translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation>Pickle-Dateien (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 — PickleScope</source>
        <translation>%1 — PickleScope</translation>
    </message>
    <message>
        <source>PickleScope</source>
        <translation>PickleScope</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>uncompressed</source>
        <translation>unkomprimiert</translation>
    </message>
    <message>
        <source>%1 compressed</source>
        <translation>%1-komprimiert</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>About PickleScope</source>
        <translation>Über PickleScope</translation>
    </message>
    <message>
        <source>No object at %1</source>
        <translation>Kein Objekt unter %1</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Opens Python pickle, joblib and PyTorch files without running them: the object tree, arrays, scikit-learn models, the opcodes and what loading the file would execute.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PickleScope developers. Free software under the MIT licence: you may use, copy, modify and distribute it; it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Öffnet Python-Pickle-, joblib- und PyTorch-Dateien, ohne sie auszuführen: Objektbaum, Arrays, scikit-learn-Modelle, Opcodes und was beim Laden der Datei ausgeführt würde.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PickleScope developers. Freie Software unter der MIT-Lizenz: Sie dürfen sie verwenden, kopieren, ändern und weitergeben; sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ps::gui::ObjectTreeModel</name>
    <message>
        <source>→ same object as %1</source>
        <translation>→ dasselbe Objekt wie %1</translation>
    </message>
    <message>
        <source>A reference to an object shown elsewhere in the tree (shared, or a cycle): not expanded here. Use Go to original.</source>
        <translation>Ein Verweis auf ein an anderer Stelle im Baum angezeigtes Objekt (gemeinsam genutzt oder Zyklus): hier nicht aufgeklappt. „Zum Original“ verwenden.</translation>
    </message>
    <message>
        <source>Shared: the same object is reached from several places.</source>
        <translation>Gemeinsam genutzt: Dasselbe Objekt wird von mehreren Stellen aus erreicht.</translation>
    </message>
    <message>
        <source>Dangerous: loading this file in Python runs this call. See the Security panel.</source>
        <translation>Gefährlich: Beim Laden dieser Datei in Python wird dieser Aufruf ausgeführt. Siehe Bereich „Sicherheit“.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in the file</source>
        <translation>
            <numerusform>%n Byte in der Datei</numerusform>
            <numerusform>%n Bytes in der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Edited: not saved yet.</source>
        <translation>Bearbeitet: noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>pickle %1</source>
        <translation>Pickle %1</translation>
    </message>
    <message>
        <source>recovered object %1 of %2 from pickle %3</source>
        <translation>wiederhergestelltes Objekt %1 von %2 aus Pickle %3</translation>
    </message>
    <message>
        <source>root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>root %1</source>
        <translation>Wurzel %1</translation>
    </message>
</context>
<context>
    <name>ps::gui::OpcodeModel</name>
    <message>
        <source>[joblib padding]</source>
        <translation>[joblib-Auffüllung]</translation>
    </message>
    <message>
        <source>[raw array data]</source>
        <translation>[rohe Array-Daten]</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickle</source>
        <translation>Pickle</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>Opcode</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ps::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Reopen the files of the last session at start</source>
        <translation>Beim Start die Dateien der letzten Sitzung &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeDiagramPanel</name>
    <message>
        <source>&amp;Tree:</source>
        <translation>&amp;Baum:</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Tiefe:</translation>
    </message>
    <message>
        <source>Levels shown below the root; deeper subtrees end in a marker (double-click it to open that subtree)</source>
        <translation>Angezeigte Ebenen unter der Wurzel; tiefere Teilbäume enden in einer Markierung (Doppelklick öffnet den Teilbaum)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole diagram in the window (Ctrl+0)</source>
        <translation>Das ganze Diagramm ins Fenster einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the diagram as an SVG drawing</source>
        <translation>Das Diagramm als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the diagram as a PNG image at twice its size</source>
        <translation>Das Diagramm als PNG-Bild in doppelter Größe exportieren</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>Feature values, e.g. 5.1, 3.5, 1.4, 0.2</source>
        <translation>Merkmalswerte, z. B. 5.1, 3.5, 1.4, 0.2</translation>
    </message>
    <message>
        <source>Type one value per feature: the nodes the input visits are highlighted and the leaf&apos;s prediction is shown</source>
        <translation>Einen Wert je Merkmal eingeben: Die Knoten, die die Eingabe durchläuft, werden hervorgehoben und die Vorhersage des Blatts wird angezeigt</translation>
    </message>
    <message>
        <source>Decision tree diagram</source>
        <translation>Entscheidungsbaum-Diagramm</translation>
    </message>
    <message>
        <source>%1 nodes, %2 leaves, depth %3 · double-click a node to collapse or expand it, drag to pan, wheel to zoom</source>
        <translation>%1 Knoten, %2 Blätter, Tiefe %3 · Doppelklick auf einen Knoten klappt ihn zu oder auf, Ziehen verschiebt, Mausrad zoomt</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · class %3</source>
        <translation>Stufe %1 von %2 · Klasse %3</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Stufe %1 von %2</translation>
    </message>
    <message>
        <source>Tree %1 of %2</source>
        <translation>Baum %1 von %2</translation>
    </message>
    <message>
        <source>This tree cannot be drawn: %1</source>
        <translation>Dieser Baum kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Value %1 (“%2”) is not a number</source>
        <translation>Wert %1 („%2“) ist keine Zahl</translation>
    </message>
    <message numerus="yes">
        <source>Prediction: &lt;b&gt;%1&lt;/b&gt; (leaf %2, %Ln step(s))</source>
        <translation>
            <numerusform>Vorhersage: &lt;b&gt;%1&lt;/b&gt; (Blatt %2, %Ln Schritt)</numerusform>
            <numerusform>Vorhersage: &lt;b&gt;%1&lt;/b&gt; (Blatt %2, %Ln Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1 · depth %2 · samples %3 · %4</source>
        <translation>Knoten %1 · Tiefe %2 · Stichproben %3 · %4</translation>
    </message>
    <message>
        <source>leaf: %1</source>
        <translation>Blatt: %1</translation>
    </message>
    <message>
        <source>Export Tree as SVG</source>
        <translation>Baum als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Tree as PNG</source>
        <translation>Baum als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Exported the tree to %1</source>
        <translation>Baum nach %1 exportiert</translation>
    </message>
    <message>
        <source>Could not export the tree to %1</source>
        <translation>Der Baum konnte nicht nach %1 exportiert werden</translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeDiagramView</name>
    <message>
        <source>value = %1</source>
        <translation>Wert = %1</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <extracomment>A split test of a decision tree node: feature ≤ threshold.</extracomment>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>samples = %1</source>
        <translation>Stichproben = %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>Tiefe %1</translation>
    </message>
    <message>
        <source>Split: %1 ≤ %2 (left), else right</source>
        <translation>Test: %1 ≤ %2 (links), sonst rechts</translation>
    </message>
    <message>
        <source>Impurity: %1</source>
        <translation>Unreinheit: %1</translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation>Stichproben: %1</translation>
    </message>
    <message>
        <source>Weighted samples: %1</source>
        <translation>Gewichtete Stichproben: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Vorhersage: %1</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more node(s)</source>
        <translation>
            <numerusform>… %Ln weiterer Knoten</numerusform>
            <numerusform>… %Ln weitere Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation>Entscheidungsbaum</translation>
    </message>
    <message>
        <source>Collapse subtree</source>
        <translation>Teilbaum zuklappen</translation>
    </message>
    <message>
        <source>Expand subtree</source>
        <translation>Teilbaum aufklappen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Show in the node arrays</source>
        <translation>In den Knoten-Arrays zeigen</translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeEditing</name>
    <message>
        <source>&amp;Edit Value</source>
        <translation>Wert &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit as &amp;Literal…</source>
        <translation>Als Li&amp;teral bearbeiten…</translation>
    </message>
    <message>
        <source>Set to &amp;None</source>
        <translation>Auf &amp;None setzen</translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation>Schlüssel &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Insert Item…</source>
        <translation>Element &amp;einfügen…</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>Element &amp;löschen</translation>
    </message>
    <message>
        <source>E&amp;xport Value…</source>
        <translation>Wert e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Insert Item Before…</source>
        <translation>Element davor &amp;einfügen…</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>A top-level object cannot be replaced.</source>
        <translation>Ein Objekt der obersten Ebene kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Edit as Literal</source>
        <translation>Als Literal bearbeiten</translation>
    </message>
    <message>
        <source>Replace %1 with a Python literal: numbers, strings, bytes, True, False, None, and lists, tuples, dicts and sets of them.</source>
        <translation>%1 durch ein Python-Literal ersetzen: Zahlen, Strings, Bytes, True, False, None sowie Listen, Tupel, Dicts und Sets daraus.</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <source>The new key of %1, as a Python literal (&apos;name&apos;, 3, (1, &apos;a&apos;)…). The entry keeps its value and its place in the dict.</source>
        <translation>Der neue Schlüssel von %1 als Python-Literal (&apos;name&apos;, 3, (1, &apos;a&apos;)…). Der Eintrag behält seinen Wert und seine Position im Dict.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Items are inserted into lists, tuples, sets and dicts: select one of them or one of their items.</source>
        <translation>Elemente werden in Listen, Tupel, Sets und Dicts eingefügt: eines davon oder eines ihrer Elemente auswählen.</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>Insert Item</source>
        <translation>Element einfügen</translation>
    </message>
    <message>
        <source>A new entry of the dict %1: its key and its value, as Python literals.</source>
        <translation>Ein neuer Eintrag im Dict %1: Schlüssel und Wert als Python-Literale.</translation>
    </message>
    <message>
        <source>A new item at the end of %1, as a Python literal.</source>
        <translation>Ein neues Element am Ende von %1 als Python-Literal.</translation>
    </message>
    <message>
        <source>A new item of %1 at position %2 (before the selected one), as a Python literal.</source>
        <translation>Ein neues Element von %1 an Position %2 (vor dem ausgewählten) als Python-Literal.</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>Element löschen</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2.

Replace it with None instead?</source>
        <translation>%1 kann nicht entfernt werden: %2.

Stattdessen durch None ersetzen?</translation>
    </message>
    <message>
        <source>Export Value</source>
        <translation>Wert exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON (*.json);;NumPy array (*.npy)</source>
        <translation>CSV-Tabelle (*.csv);;JSON (*.json);;NumPy-Array (*.npy)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv, .json or .npy</source>
        <translation>%1: Der Dateiname muss auf .csv, .json oder .npy enden</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be exported this way: %2</source>
        <translation>%1 kann so nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>ps::gui::ValueDelegate</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
</TS>
