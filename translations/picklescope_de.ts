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
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 NaN left out</source>
        <translation> · %1 NaN ausgelassen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>every %1th of %2 values</source>
        <translation>jeder %1. von %2 Werten</translation>
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
</context>
<context>
    <name>ps::gui::ArrayTableModel</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
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
</context>
<context>
    <name>ps::gui::DetailPane</name>
    <message>
        <source>The path as a Python expression after the loaded object (also accepted by picklescope-cli get)</source>
        <translation>Der Pfad als Python-Ausdruck nach dem geladenen Objekt (wird auch von picklescope-cli get akzeptiert)</translation>
    </message>
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
</context>
<context>
    <name>ps::gui::DocumentTab</name>
    <message>
        <source>Opening &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird geöffnet</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
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
        <source>Checking what loading would run…</source>
        <translation>Prüfen, was beim Laden ausgeführt würde…</translation>
    </message>
    <message>
        <source>Indexing the objects and opcodes…</source>
        <translation>Objekte und Opcodes werden indiziert…</translation>
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
        <translation>&amp;Schließen</translation>
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
        <source>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Opens Python pickle, joblib and PyTorch files without running them: the object tree, arrays, scikit-learn models, the opcodes and what loading the file would execute.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Öffnet Python-Pickle-, joblib- und PyTorch-Dateien, ohne sie auszuführen: Objektbaum, Arrays, scikit-learn-Modelle, Opcodes und was beim Laden der Datei ausgeführt würde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No object at %1</source>
        <translation>Kein Objekt unter %1</translation>
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
        <source>A new language applies the next time PickleScope starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von PickleScope wirksam.</translation>
    </message>
</context>
</TS>
