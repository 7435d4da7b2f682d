<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Charts</name>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composante</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s)</source>
        <translation>
            <numerusform>%1 principales sur %n caractéristique</numerusform>
            <numerusform>%1 principales sur %n caractéristiques</numerusform>
        </translation>
    </message>
    <message>
        <source> · feature names not stored in the file</source>
        <translation> · noms des caractéristiques absents du fichier</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>composante %1</translation>
    </message>
    <message>
        <source>intercept %1</source>
        <translation>ordonnée à l&apos;origine %1</translation>
    </message>
    <message>
        <source>intercepts %1</source>
        <translation>ordonnées à l&apos;origine %1</translation>
    </message>
    <message>
        <source>All (grouped)</source>
        <translation>Tous (groupés)</translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation>couche %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>too large to chart</source>
        <translation>trop volumineux pour un graphique</translation>
    </message>
    <message>
        <source>Coefficients of %1</source>
        <translation>Coefficients de %1</translation>
    </message>
    <message>
        <source> (positive → %1)</source>
        <translation> (positif → %1)</translation>
    </message>
    <message>
        <source>coefficient</source>
        <translation>coefficient</translation>
    </message>
    <message>
        <source>Feature importances of %1</source>
        <translation>Importance des caractéristiques de %1</translation>
    </message>
    <message>
        <source>importance (impurity decrease, normalised)</source>
        <translation>importance (diminution de l&apos;impureté, normalisée)</translation>
    </message>
    <message>
        <source>Log-probabilities of the top features (%1)</source>
        <translation>Log-probabilités des principales caractéristiques (%1)</translation>
    </message>
    <message>
        <source>log P(feature | class)</source>
        <translation>log P(caractéristique | classe)</translation>
    </message>
    <message>
        <source>Weights of %1 (%2)</source>
        <translation>Poids de %1 (%2)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n valeur</numerusform>
            <numerusform>%n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 NaN left out</source>
        <translation> · %1 NaN exclus</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>every %1th of %2 values</source>
        <translation>une valeur sur %1 parmi %2</translation>
    </message>
</context>
<context>
    <name>EstimatorCard</name>
    <message>
        <source>scikit-learn version: not recorded</source>
        <translation>Version de scikit-learn&#xa0;: non enregistrée</translation>
    </message>
    <message>
        <source>Saved by scikit-learn %1</source>
        <translation>Enregistré par scikit-learn %1</translation>
    </message>
    <message>
        <source>Hyper-parameters (%1)</source>
        <translation>Hyperparamètres (%1)</translation>
    </message>
    <message>
        <source>Fitted attributes (%1)</source>
        <translation>Attributs ajustés (%1)</translation>
    </message>
    <message>
        <source>None: the estimator is not fitted.</source>
        <translation>Aucun&#xa0;: l&apos;estimateur n&apos;est pas ajusté.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Learned parameters (%1)</source>
        <translation>Paramètres appris (%1)</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes&#xa0;:</translation>
    </message>
    <message>
        <source>Input features:</source>
        <translation>Caractéristiques d&apos;entrée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect Python pickle, joblib and PyTorch files without running them.</source>
        <translation>Inspecter des fichiers Python pickle, joblib et PyTorch sans les exécuter.</translation>
    </message>
    <message>
        <source>Files to open.</source>
        <translation>Fichiers à ouvrir.</translation>
    </message>
    <message>
        <source>Select the object at PATH in the first file, e.g. &quot;.steps[1][1].coef_&quot;.</source>
        <translation>Sélectionner l&apos;objet situé à PATH dans le premier fichier, par ex. &quot;.steps[1][1].coef_&quot;.</translation>
    </message>
    <message>
        <source>Show the selection&apos;s chart.</source>
        <translation>Afficher le graphique de la sélection.</translation>
    </message>
</context>
<context>
    <name>ps::gui::ArrayTableModel</name>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>ps::gui::ArrayView</name>
    <message>
        <source>Fortran order</source>
        <translation>ordre Fortran</translation>
    </message>
    <message>
        <source>C order</source>
        <translation>ordre C</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n element(s) · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n élément · %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · dtype %2 · shape %3 · %n éléments · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>axis %1 (%2)</source>
        <translation>axe %1 (%2)</translation>
    </message>
    <message>
        <source>[%1]:</source>
        <translation>[%1]&#xa0;:</translation>
    </message>
    <message>
        <source>Index along axis %1</source>
        <translation>Indice le long de l&apos;axe %1</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Calcul des statistiques…</translation>
    </message>
    <message>
        <source>min %1 · max %2 · mean %3 · std %4 · NaN %5 of %6</source>
        <translation>min %1 · max %2 · moyenne %3 · écart type %4 · NaN %5 sur %6</translation>
    </message>
</context>
<context>
    <name>ps::gui::ChartPanel</name>
    <message>
        <source>Learned parameter to chart</source>
        <translation>Paramètre appris à représenter</translation>
    </message>
    <message>
        <source>Class, component or layer</source>
        <translation>Classe, composante ou couche</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Bars shown: the features with the largest magnitude</source>
        <translation>Barres affichées&#xa0;: les caractéristiques de plus grande amplitude</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>Exporter le graphique en image PNG</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation>Exporter le graphique en dessin SVG</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Copier en CSV</translation>
    </message>
    <message>
        <source>Copy the numbers behind the chart as CSV</source>
        <translation>Copier les données du graphique au format CSV</translation>
    </message>
    <message>
        <source>Select an estimator, a learned parameter or a numeric array to chart it.</source>
        <translation>Sélectionner un estimateur, un paramètre appris ou un tableau numérique pour le représenter.</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>[%1, %2): %3 value(s)</source>
        <translation>[%1, %2)&#xa0;: %3 valeur(s)</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indice</translation>
    </message>
    <message>
        <source>[%1] = %2</source>
        <translation>[%1] = %2</translation>
    </message>
    <message>
        <source>Exported by PickleScope</source>
        <translation>Exporté par PickleScope</translation>
    </message>
    <message>
        <source>cannot render the chart</source>
        <translation>impossible de dessiner le graphique</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Graphique exporté vers %1</translation>
    </message>
    <message>
        <source>Could not export the chart to %1: %2</source>
        <translation>Impossible d&apos;exporter le graphique vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copied the chart&apos;s numbers as CSV</source>
        <translation>Données du graphique copiées au format CSV</translation>
    </message>
</context>
<context>
    <name>ps::gui::DetailPane</name>
    <message>
        <source>The path as a Python expression after the loaded object (also accepted by picklescope-cli get)</source>
        <translation>Le chemin sous forme d&apos;expression Python après l&apos;objet chargé (également accepté par picklescope-cli get)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the path (Ctrl+C)</source>
        <translation>Copier le chemin (Ctrl+C)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Octets&#xa0;:</translation>
    </message>
    <message>
        <source>Go to original</source>
        <translation>Aller à l&apos;original</translation>
    </message>
    <message>
        <source>Select an object in the tree to see its value.</source>
        <translation>Sélectionner un objet dans l&apos;arborescence pour afficher sa valeur.</translation>
    </message>
    <message>
        <source>%1, bytes %2–%3 (%4)</source>
        <translation>%1, octets %2–%3 (%4)</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>The same object as one shown elsewhere in the tree (shared, or a cycle back to an enclosing object).</source>
        <translation>Le même objet qu&apos;un objet affiché ailleurs dans l&apos;arborescence (partagé, ou cycle vers un objet englobant).</translation>
    </message>
    <message>
        <source>Shared: Python loads one object that is reached from several places.</source>
        <translation>Partagé&#xa0;: Python charge un seul objet, atteint depuis plusieurs endroits.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Dangerous:&lt;/b&gt; loading runs &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Dangereux&#xa0;:&lt;/b&gt; le chargement exécute &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>[… %1 more bytes]</source>
        <translation>[… %1 octets de plus]</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentTab</name>
    <message>
        <source>Opening &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ouverture de &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show partial tree</source>
        <translation>Afficher l&apos;arborescence partielle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking what loading would run…</source>
        <translation>Vérification de ce que le chargement exécuterait…</translation>
    </message>
    <message>
        <source>Indexing the objects and opcodes…</source>
        <translation>Indexation des objets et des opcodes…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>L&apos;ouverture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;PickleScope could not read this file completely.&lt;/b&gt;</source>
        <translation>&lt;b&gt;PickleScope n&apos;a pas pu lire entièrement ce fichier.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The reader recovered the objects built before the error.</source>
        <translation>Les objets construits avant l&apos;erreur ont été récupérés.</translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentView</name>
    <message>
        <source>Filter by name, type or value (Ctrl+F)</source>
        <translation>Filtrer par nom, type ou valeur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Opcodes</source>
        <translation>Opcodes</translation>
    </message>
    <message>
        <source>Globals (%1)</source>
        <translation>Noms globaux (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Security (%n dangerous)</source>
        <translation>
            <numerusform>Sécurité (%n dangereux)</numerusform>
            <numerusform>Sécurité (%n dangereux)</numerusform>
        </translation>
    </message>
    <message>
        <source>Security (%1)</source>
        <translation>Sécurité (%1)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation>Sécurité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Messages (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading this file in Python would run &lt;code&gt;%1&lt;/code&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Charger ce fichier dans Python exécuterait &lt;code&gt;%1&lt;/code&gt;&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more dangerous operation(s).</source>
        <translation>
            <numerusform>et %n autre opération dangereuse.</numerusform>
            <numerusform>et %n autres opérations dangereuses.</numerusform>
        </translation>
    </message>
    <message>
        <source>PickleScope did not run it. Do not load this file with pickle, joblib or torch.</source>
        <translation>PickleScope ne l&apos;a pas exécuté. Ne chargez pas ce fichier avec pickle, joblib ou torch.</translation>
    </message>
    <message numerus="yes">
        <source>This file uses %n global(s) that are not on the allow-list: loading it in Python would import and run them.</source>
        <translation>
            <numerusform>Ce fichier utilise %n nom global absent de la liste d&apos;autorisation&#xa0;: le charger dans Python l&apos;importerait et l&apos;exécuterait.</numerusform>
            <numerusform>Ce fichier utilise %n noms globaux absents de la liste d&apos;autorisation&#xa0;: le charger dans Python les importerait et les exécuterait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show security details</source>
        <translation>Afficher les détails de sécurité</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading stopped early.&lt;/b&gt; %1&lt;br&gt;The tree shows what was read before the error.</source>
        <translation>&lt;b&gt;La lecture s&apos;est arrêtée prématurément.&lt;/b&gt; %1&lt;br&gt;L&apos;arborescence montre ce qui a été lu avant l&apos;erreur.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>first %n match(es)</source>
        <translation>
            <numerusform>%n premier résultat</numerusform>
            <numerusform>%n premiers résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the path %1</source>
        <translation>Chemin %1 copié</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>This object is not part of the loaded object tree.</source>
        <translation>Cet objet ne fait pas partie de l&apos;arborescence d&apos;objets chargée.</translation>
    </message>
    <message>
        <source>This finding is in the ZIP entry %1, which Python&apos;s loader does not read as part of the object.</source>
        <translation>Ce résultat se trouve dans l&apos;entrée ZIP %1, que le chargeur de Python ne lit pas comme partie de l&apos;objet.</translation>
    </message>
    <message>
        <source>This call runs while loading but its result is not part of the loaded object.</source>
        <translation>Cet appel s&apos;exécute pendant le chargement, mais son résultat ne fait pas partie de l&apos;objet chargé.</translation>
    </message>
    <message numerus="yes">
        <source>Expanded the first %n row(s); expand deeper rows by hand.</source>
        <translation>
            <numerusform>%n première ligne dépliée&#xa0;; dépliez manuellement les lignes plus profondes.</numerusform>
            <numerusform>%n premières lignes dépliées&#xa0;; dépliez manuellement les lignes plus profondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::gui::FindingsModel</name>
    <message>
        <source>ZIP entry %1</source>
        <translation>entrée ZIP %1</translation>
    </message>
    <message>
        <source>(runs while loading; result not kept)</source>
        <translation>(exécuté au chargement&#xa0;; résultat non conservé)</translation>
    </message>
    <message>
        <source>%1, offset %2</source>
        <translation>%1, décalage %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Nom global</translation>
    </message>
    <message>
        <source>What loading would run</source>
        <translation>Ce que le chargement exécuterait</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>ps::gui::Formatting</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
</context>
<context>
    <name>ps::gui::GlobalsModel</name>
    <message>
        <source>allow-listed</source>
        <translation>dans la liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>dangerous</source>
        <translation>dangereux</translation>
    </message>
    <message>
        <source>%1, offset %2</source>
        <translation>%1, décalage %2</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Première utilisation</translation>
    </message>
    <message>
        <source>(not called)</source>
        <translation>(non appelé)</translation>
    </message>
    <message>
        <source>(not in the loaded object)</source>
        <translation>(hors de l’objet chargé)</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Construit</translation>
    </message>
</context>
<context>
    <name>ps::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Tout &amp;déplier</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <source>&amp;Opcodes</source>
        <translation>&amp;Opcodes</translation>
    </message>
    <message>
        <source>&amp;Globals</source>
        <translation>Noms &amp;globaux</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>&amp;Next File</source>
        <translation>Fichier suiva&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Previous File</source>
        <translation>Fichier &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About PickleScope</source>
        <translation>À &amp;propos de PickleScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open Pickle Files</source>
        <translation>Ouvrir des fichiers pickle</translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation>Fichiers pickle (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Effacer la liste</translation>
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
        <translation>protocole %1</translation>
    </message>
    <message>
        <source>uncompressed</source>
        <translation>non compressé</translation>
    </message>
    <message>
        <source>%1 compressed</source>
        <translation>compression %1</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 objets</translation>
    </message>
    <message>
        <source>About PickleScope</source>
        <translation>À propos de PickleScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Opens Python pickle, joblib and PyTorch files without running them: the object tree, arrays, scikit-learn models, the opcodes and what loading the file would execute.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Ouvre les fichiers Python pickle, joblib et PyTorch sans les exécuter&#xa0;: l&apos;arborescence d&apos;objets, les tableaux, les modèles scikit-learn, les opcodes et ce que le chargement du fichier exécuterait.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No object at %1</source>
        <translation>Aucun objet à %1</translation>
    </message>
</context>
<context>
    <name>ps::gui::ObjectTreeModel</name>
    <message>
        <source>→ same object as %1</source>
        <translation>→ même objet que %1</translation>
    </message>
    <message>
        <source>A reference to an object shown elsewhere in the tree (shared, or a cycle): not expanded here. Use Go to original.</source>
        <translation>Une référence à un objet affiché ailleurs dans l&apos;arborescence (partagé, ou cycle)&#xa0;: non dépliée ici. Utiliser «&#xa0;Aller à l&apos;original&#xa0;».</translation>
    </message>
    <message>
        <source>Shared: the same object is reached from several places.</source>
        <translation>Partagé&#xa0;: le même objet est atteint depuis plusieurs endroits.</translation>
    </message>
    <message>
        <source>Dangerous: loading this file in Python runs this call. See the Security panel.</source>
        <translation>Dangereux&#xa0;: charger ce fichier dans Python exécute cet appel. Voir le panneau «&#xa0;Sécurité&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in the file</source>
        <translation>
            <numerusform>%n octet dans le fichier</numerusform>
            <numerusform>%n octets dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>ps::gui::OpcodeModel</name>
    <message>
        <source>[joblib padding]</source>
        <translation>[remplissage joblib]</translation>
    </message>
    <message>
        <source>[raw array data]</source>
        <translation>[données brutes du tableau]</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Pickle</source>
        <translation>Pickle</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
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
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ps::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reopen the files of the last session at start</source>
        <translation>&amp;Rouvrir les fichiers de la dernière session au démarrage</translation>
    </message>
    <message>
        <source>A new language applies the next time PickleScope starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de PickleScope.</translation>
    </message>
</context>
</TS>
