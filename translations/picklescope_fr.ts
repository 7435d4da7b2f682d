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
    <message>
        <source> · %1 NaN left out</source>
        <translation> · %1 NaN exclus</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln value(s)</source>
        <translation>
            <numerusform>toutes les %Ln valeur</numerusform>
            <numerusform>toutes les %Ln valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>a sample: every %1th of %2 values</source>
        <translation>un échantillon&#xa0;: une valeur sur %1 parmi %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln valeur</numerusform>
            <numerusform>%Ln valeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareColours</name>
    <message>
        <source>equal</source>
        <translation>égal</translation>
    </message>
    <message>
        <source>differences inside</source>
        <translation>contient des différences</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>type modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>absent de ce fichier</translation>
    </message>
</context>
<context>
    <name>DeltaCharts</name>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>%1 of %2 at %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source> (only in new)</source>
        <translation> (uniquement nouveau)</translation>
    </message>
    <message>
        <source> (only in old)</source>
        <translation> (uniquement ancien)</translation>
    </message>
    <message>
        <source>, class %1</source>
        <translation>, classe %1</translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s) by change</source>
        <translation>
            <numerusform>%1 principales sur %n caractéristique, par écart</numerusform>
            <numerusform>%1 principales sur %n caractéristiques, par écart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n feature(s) by size</source>
        <translation>
            <numerusform>%1 principales sur %n caractéristique, par amplitude</numerusform>
            <numerusform>%1 principales sur %n caractéristiques, par amplitude</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 value(s) differ</source>
        <translation> · %1 valeur(s) différente(s)</translation>
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
    <message>
        <source>fitted</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>not fitted</source>
        <translation>non ajusté</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fitted&lt;/b&gt;, judged by its %n part(s), which are all fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Ajusté&lt;/b&gt;, jugé sur sa %n partie, qui est ajustée&#xa0;:</numerusform>
            <numerusform>&lt;b&gt;Ajusté&lt;/b&gt;, jugé sur ses %n parties, toutes ajustées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not fitted&lt;/b&gt;: none of its %n part(s) is fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Non ajusté&lt;/b&gt;&#xa0;: sa %n partie n’est pas ajustée&#xa0;:</numerusform>
            <numerusform>&lt;b&gt;Non ajusté&lt;/b&gt;&#xa0;: aucune de ses %n parties n’est ajustée&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Partly fitted&lt;/b&gt;: %1 of its %n part(s) are fitted:</source>
        <translation>
            <numerusform>&lt;b&gt;Partiellement ajusté&lt;/b&gt;&#xa0;: %1 de sa %n partie est ajustée&#xa0;:</numerusform>
            <numerusform>&lt;b&gt;Partiellement ajusté&lt;/b&gt;&#xa0;: %1 de ses %n parties sont ajustées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>It stores no fitted attribute of its own.</source>
        <translation>Il ne stocke lui-même aucun attribut ajusté.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n caractéristique</numerusform>
            <numerusform>%n caractéristiques</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message numerus="yes">
        <source>%n estimator(s)</source>
        <translation>
            <numerusform>%n estimateur</numerusform>
            <numerusform>%n estimateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Fitted&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ajusté&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not fitted&lt;/b&gt;: it stores no fitted attribute.</source>
        <translation>&lt;b&gt;Non ajusté&lt;/b&gt;&#xa0;: il ne stocke aucun attribut ajusté.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Predicts&lt;/b&gt; %n class(es): %1</source>
        <translation>
            <numerusform>&lt;b&gt;Prédit&lt;/b&gt; %n classe&#xa0;: %1</numerusform>
            <numerusform>&lt;b&gt;Prédit&lt;/b&gt; %n classes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Input:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Entrée&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Estimators</source>
        <translation>Estimateurs</translation>
    </message>
    <message>
        <source>version not recorded</source>
        <translation>version non enregistrée</translation>
    </message>
    <message>
        <source>scikit-learn %1</source>
        <translation>scikit-learn %1</translation>
    </message>
    <message>
        <source>hyper-parameters: %1</source>
        <translation>hyperparamètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>learned: %1</source>
        <translation>appris&#xa0;: %1</translation>
    </message>
    <message>
        <source>classes: %1</source>
        <translation>classes&#xa0;: %1</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1&#xa0;: %2 × %3</translation>
    </message>
</context>
<context>
    <name>SecuritySummary</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing could be read from this file&lt;/b&gt;, so nothing in it was checked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rien n’a pu être lu dans ce fichier&lt;/b&gt;, rien n’y a donc été vérifié.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing in this file would run code when loaded.</source>
        <translation>Rien dans ce fichier n’exécuterait de code au chargement.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: every opcode of %n pickle(s) in %1</source>
        <translation>
            <numerusform>Vérifié&#xa0;: chaque opcode du %n pickle de %1</numerusform>
            <numerusform>Vérifié&#xa0;: chaque opcode des %n pickles de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file references no global at all: loading it builds only built-in values (numbers, strings, lists, dicts …).</source>
        <translation>Le fichier ne fait référence à aucun global&#xa0;: le charger ne construit que des valeurs intégrées (nombres, chaînes, listes, dicts…).</translation>
    </message>
    <message numerus="yes">
        <source>It references %n global(s), all on the allow-list of classes and functions that only build data (%1), used %2 time(s); no other import, call or attribute lookup happens while loading.</source>
        <translation>
            <numerusform>Il fait référence à %n global, sur la liste des classes et fonctions autorisées qui ne font que construire des données (%1), utilisé %2 fois&#xa0;; aucun autre import, appel ou accès à un attribut n’a lieu au chargement.</numerusform>
            <numerusform>Il fait référence à %n globaux, tous sur la liste des classes et fonctions autorisées qui ne font que construire des données (%1), utilisés %2 fois&#xa0;; aucun autre import, appel ou accès à un attribut n’a lieu au chargement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading stopped early (%1): what follows the error was not checked.</source>
        <translation>La lecture s’est arrêtée tôt (%1)&#xa0;: ce qui suit l’erreur n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>The allow-list says what a name does, not that the data it builds is what you expect.</source>
        <translation>La liste d’autorisation dit ce que fait un nom, pas que les données qu’il construit sont celles que vous attendez.</translation>
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
    <message>
        <source>Compare file A with file B (the next argument): what changed, where and by how much.</source>
        <translation>Comparer le fichier A au fichier B (l&apos;argument suivant)&#xa0;: ce qui a changé, où et de combien.</translation>
    </message>
    <message>
        <source>--compare needs two files: --compare A B</source>
        <translation>--compare attend deux fichiers&#xa0;: --compare A B</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>l’ouverture a été annulée</translation>
    </message>
    <message>
        <source>picklescope: %1: %2</source>
        <translation>picklescope : %1 : %2</translation>
    </message>
    <message>
        <source>Open FILE as File ▸ Open does, wait until its tree is usable, print one line of timings and exit (tests/bench/run.py).</source>
        <translation>Ouvrir FILE comme Fichier ▸ Ouvrir, attendre que son arbre soit utilisable, écrire une ligne de durées et quitter (tests/bench/run.py).</translation>
    </message>
    <message>
        <source>With --benchmark-load: then search the tree for TEXT and print its time and memory growth.</source>
        <translation>Avec --benchmark-load : chercher ensuite TEXT dans l’arbre et écrire la durée et la croissance de la mémoire.</translation>
    </message>
</context>
<context>
    <name>ps::gui::ArrayTableModel</name>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation>%1 (indice %2)</translation>
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
    <message numerus="yes">
        <source>Counting all %Ln value(s) for the histogram…</source>
        <translation>
            <numerusform>Décompte de la %Ln valeur pour l’histogramme…</numerusform>
            <numerusform>Décompte des %Ln valeurs pour l’histogramme…</numerusform>
        </translation>
    </message>
    <message>
        <source>value (bin edges)</source>
        <translation>valeur (bornes des classes)</translation>
    </message>
    <message>
        <source>[%1, %2]: %3 value(s)</source>
        <translation>[%1&#xa0;; %2]&#xa0;: %3 valeur(s)</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareDetail</name>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Element-wise change (new − old)</source>
        <translation>Écart élément par élément (nouveau − ancien)</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>Ancien&#xa0;: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a row to see both values.</source>
        <translation>Sélectionner une ligne pour afficher les deux valeurs.</translation>
    </message>
    <message>
        <source>equal itself; the differences are further down (F7 goes to the next).</source>
        <translation>identique en soi&#xa0;; les différences se trouvent plus bas (F7 passe à la suivante).</translation>
    </message>
    <message>
        <source>the same in both files.</source>
        <translation>identique dans les deux fichiers.</translation>
    </message>
    <message>
        <source>inside a value that was %1.</source>
        <translation>à l&apos;intérieur d&apos;une valeur marquée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
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
        <translation>éléments différents&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>largest absolute change %1, largest relative change %2</source>
        <translation>plus grand écart absolu %1, plus grand écart relatif %2</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareDialog</name>
    <message>
        <source>Compare Files</source>
        <translation>Comparer des fichiers</translation>
    </message>
    <message>
        <source>Choose the old and the new version. Open files are listed; Browse picks any other file.</source>
        <translation>Choisir l&apos;ancienne et la nouvelle version. Les fichiers ouverts sont listés&#xa0;; «&#xa0;Parcourir…&#xa0;» permet de choisir tout autre fichier.</translation>
    </message>
    <message>
        <source>&amp;Old:</source>
        <translation>&amp;Ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation>&amp;Nouvelle&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Old Version</source>
        <translation>Ancienne version</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation>Fichiers pickle (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareTreeModel</name>
    <message>
        <source>→ an enclosing object (a cycle)</source>
        <translation>→ un objet englobant (cycle)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) below</source>
        <translation>
            <numerusform>%n différence en dessous</numerusform>
            <numerusform>%n différences en dessous</numerusform>
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
</context>
<context>
    <name>ps::gui::CompareView</name>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>estimator</source>
        <translation>estimateur</translation>
    </message>
    <message>
        <source>hyper-parameter</source>
        <translation>hyperparamètre</translation>
    </message>
    <message>
        <source>features</source>
        <translation>caractéristiques</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>appris</translation>
    </message>
    <message>
        <source>trees</source>
        <translation>arbres</translation>
    </message>
    <message>
        <source>importances</source>
        <translation>importances</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>protocole %1</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F7)</source>
        <translation>Différence précédente (Shift+F7)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Next difference (F7)</source>
        <translation>Différence suivante (F7)</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>Afficher uniquement les différences</translation>
    </message>
    <message>
        <source>Hide the rows that are equal in both files and contain no difference</source>
        <translation>Masquer les lignes identiques dans les deux fichiers qui ne contiennent aucune différence</translation>
    </message>
    <message>
        <source>Old:</source>
        <translation>Ancien&#xa0;:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Delta Chart</source>
        <translation>Graphique des écarts</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Légende&#xa0;:</translation>
    </message>
    <message>
        <source>bold: differences inside</source>
        <translation>gras&#xa0;: contient des différences</translation>
    </message>
    <message>
        <source>The two files hold the same values.</source>
        <translation>Les deux fichiers contiennent les mêmes valeurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 are listed)</source>
        <translation>(les %1 premières sont listées)</translation>
    </message>
    <message>
        <source>Format: %1 — how the file is stored, not what it holds.</source>
        <translation>Format&#xa0;: %1 — la manière dont le fichier est stocké, pas son contenu.</translation>
    </message>
    <message>
        <source>show</source>
        <translation>afficher</translation>
    </message>
    <message>
        <source>No scikit-learn estimator changed. Every change is in the Report tab; F7 and Shift+F7 go from one to the next.</source>
        <translation>Aucun estimateur scikit-learn n&apos;a changé. Toutes les modifications figurent dans l&apos;onglet «&#xa0;Rapport&#xa0;»&#xa0;; F7 et Shift+F7 passent de l&apos;une à l&apos;autre.</translation>
    </message>
    <message>
        <source>… and %1 more lines in the report.</source>
        <translation>… et %1 lignes de plus dans le rapport.</translation>
    </message>
    <message>
        <source>Difference %1 of %2</source>
        <translation>Différence %1 sur %2</translation>
    </message>
    <message>
        <source>The files hold the same values.</source>
        <translation>Les fichiers contiennent les mêmes valeurs.</translation>
    </message>
</context>
<context>
    <name>ps::gui::CompareWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading both files…</source>
        <translation>Lecture des deux fichiers…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copied the report</source>
        <translation>Rapport copié</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>Différence &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>Différence &amp;précédente</translation>
    </message>
    <message>
        <source>Show &amp;Only Differences</source>
        <translation>Afficher &amp;uniquement les différences</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valeurs</translation>
    </message>
    <message>
        <source>&amp;Delta Chart</source>
        <translation>&amp;Graphique des écarts</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>%1 ↔ %2 — PickleScope Compare</source>
        <translation>%1 ↔ %2 — Comparaison PickleScope</translation>
    </message>
    <message>
        <source>Comparing &lt;b&gt;%1&lt;/b&gt; with &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Comparaison de &lt;b&gt;%1&lt;/b&gt; avec &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Equal · compared in %1 s</source>
        <translation>Identiques · comparés en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) · compared in %1 s</source>
        <translation>
            <numerusform>%n différence · comparés en %1 s</numerusform>
            <numerusform>%n différences · comparés en %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;PickleScope could not compare these files.&lt;/b&gt;</source>
        <translation>&lt;b&gt;PickleScope n&apos;a pas pu comparer ces fichiers.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation>Rapport texte (*.txt)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Comparison Report</source>
        <translation>Exporter le rapport de comparaison</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Rapport exporté vers %1</translation>
    </message>
    <message>
        <source>Could not export the report to %1: %2</source>
        <translation>Impossible d&apos;exporter le rapport vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ps::gui::ConvertDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>As read (protocol %1)</source>
        <translation>Tel que lu (protocole %1)</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protocole %1</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>Plain pickle</source>
        <translation>Pickle simple</translation>
    </message>
    <message>
        <source>joblib</source>
        <translation>joblib</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Conteneur&#xa0;:</translation>
    </message>
    <message>
        <source>level </source>
        <translation>niveau </translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Compression&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be converted:&lt;/b&gt; a PyTorch checkpoint is written only in its own container (its tensors live in separate storages of the zip); it is saved as read, with your edits.</source>
        <translation>&lt;b&gt;Conversion impossible&#xa0;:&lt;/b&gt; un checkpoint PyTorch ne s&apos;écrit que dans son propre conteneur (ses tenseurs résident dans des zones de stockage distinctes du zip)&#xa0;; il est enregistré tel que lu, avec vos modifications.</translation>
    </message>
    <message>
        <source>Everything the file holds is written again: shared objects and cycles stay shared, numpy arrays are written the way numpy writes them for the protocol. Writing refuses what the chosen protocol cannot express and says why.</source>
        <translation>Tout le contenu du fichier est réécrit&#xa0;: les objets partagés et les cycles restent partagés, les tableaux numpy sont écrits comme numpy les écrit pour ce protocole. L&apos;écriture refuse, en expliquant pourquoi, ce que le protocole choisi ne peut pas exprimer.</translation>
    </message>
    <message>
        <source>Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)</source>
        <translation>Fichiers pickle (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Printable ASCII that every Python reads; the largest and slowest form.</source>
        <translation>ASCII imprimable, lisible par toutes les versions de Python&#xa0;; la forme la plus volumineuse et la plus lente.</translation>
    </message>
    <message>
        <source>The first binary form; every Python reads it.</source>
        <translation>La première forme binaire&#xa0;; toutes les versions de Python la lisent.</translation>
    </message>
    <message>
        <source>Python 2.3+: new-style classes written compactly.</source>
        <translation>Python 2.3+&#xa0;: classes de nouveau style écrites de façon compacte.</translation>
    </message>
    <message>
        <source>Python 3.0+: bytes written as bytes; Python 2 cannot read it.</source>
        <translation>Python 3.0+&#xa0;: les bytes sont écrits en tant que bytes&#xa0;; Python 2 ne peut pas le lire.</translation>
    </message>
    <message>
        <source>Python 3.4+: very large objects and framing; the default of Python 3.8+.</source>
        <translation>Python 3.4+&#xa0;: très grands objets et découpage en trames&#xa0;; protocole par défaut de Python 3.8+.</translation>
    </message>
    <message>
        <source>Python 3.8+: out-of-band buffers; numpy arrays as raw bytes.</source>
        <translation>Python 3.8+&#xa0;: tampons hors bande&#xa0;; tableaux numpy en octets bruts.</translation>
    </message>
    <message>
        <source>Each pickle keeps the protocol it was written with.</source>
        <translation>Chaque pickle conserve le protocole avec lequel il a été écrit.</translation>
    </message>
    <message>
        <source>Read with pickle.load(); numpy arrays inside the pickle.</source>
        <translation>Se lit avec pickle.load()&#xa0;; tableaux numpy dans le pickle.</translation>
    </message>
    <message>
        <source>Read with joblib.load(); numpy arrays as aligned raw payloads after their wrappers, optionally compressed.</source>
        <translation>Se lit avec joblib.load()&#xa0;; tableaux numpy sous forme de données brutes alignées après leurs enveloppes, éventuellement compressées.</translation>
    </message>
    <message>
        <source>Not compressed.</source>
        <translation>Non compressé.</translation>
    </message>
    <message>
        <source>zlib (deflate): joblib&apos;s default compressor; fast, good ratio.</source>
        <translation>zlib (deflate)&#xa0;: compresseur par défaut de joblib&#xa0;; rapide, bon taux de compression.</translation>
    </message>
    <message>
        <source>gzip: deflate with a gzip header; gunzip can unpack it.</source>
        <translation>gzip&#xa0;: deflate avec un en-tête gzip&#xa0;; gunzip peut le décompresser.</translation>
    </message>
    <message>
        <source>bz2: smaller than zlib on text-like data, slower.</source>
        <translation>bz2&#xa0;: plus compact que zlib sur des données de type texte, plus lent.</translation>
    </message>
    <message>
        <source>xz (LZMA2): the smallest files, the slowest to write.</source>
        <translation>xz (LZMA2)&#xa0;: les fichiers les plus petits, l&apos;écriture la plus lente.</translation>
    </message>
    <message>
        <source>lzma: the legacy .lzma container of LZMA.</source>
        <translation>lzma&#xa0;: l&apos;ancien conteneur .lzma de LZMA.</translation>
    </message>
    <message>
        <source>lz4: the fastest, larger files; Python needs the lz4 package to load it.</source>
        <translation>lz4&#xa0;: le plus rapide, fichiers plus gros&#xa0;; Python a besoin du paquet lz4 pour le charger.</translation>
    </message>
</context>
<context>
    <name>ps::gui::DataFrameView</name>
    <message>
        <source>Summary statistics (describe)</source>
        <translation>Statistiques récapitulatives (describe)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>std</source>
        <translation>écart type</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>distincts</translation>
    </message>
    <message>
        <source>top</source>
        <translation>plus fréquent</translation>
    </message>
    <message>
        <source>freq</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <source>&lt;b&gt;DataFrame&lt;/b&gt; · %1 rows × %2 columns</source>
        <translation>&lt;b&gt;DataFrame&lt;/b&gt; · %1 lignes × %2 colonnes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Series&lt;/b&gt; · %1 rows · dtype %2</source>
        <translation>&lt;b&gt;Series&lt;/b&gt; · %1 lignes · dtype %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records&lt;/b&gt; (a list of dicts with the same keys) · %1 rows × %2 columns</source>
        <translation>&lt;b&gt;Enregistrements&lt;/b&gt; (une liste de dicts aux mêmes clés) · %1 lignes × %2 colonnes</translation>
    </message>
    <message>
        <source>index: %1</source>
        <translation>index&#xa0;: %1</translation>
    </message>
    <message>
        <source>the first %1 rows are shown</source>
        <translation>les %1 premières lignes sont affichées</translation>
    </message>
</context>
<context>
    <name>ps::gui::DataTableModel</name>
    <message>
        <source>numbers</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>booleans</source>
        <translation>booléens</translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation>dates et heures</translation>
    </message>
    <message>
        <source>durations</source>
        <translation>durées</translation>
    </message>
    <message>
        <source>strings</source>
        <translation>chaînes</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>Python objects</source>
        <translation>objets Python</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n categories: %1</source>
        <translation>
            <numerusform>%n catégorie&#xa0;: %1</numerusform>
            <numerusform>%n catégories&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::gui::DeltaChart</name>
    <message>
        <source>Learned parameter of an estimator both files hold</source>
        <translation>Paramètre appris d&apos;un estimateur présent dans les deux fichiers</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Largest changes</source>
        <translation>Plus grands écarts</translation>
    </message>
    <message>
        <source>Largest values</source>
        <translation>Plus grandes valeurs</translation>
    </message>
    <message>
        <source>Which features are shown, and in which order</source>
        <translation>Caractéristiques affichées et leur ordre</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Features shown</source>
        <translation>Caractéristiques affichées</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Copier en CSV</translation>
    </message>
    <message>
        <source>Copy the numbers behind the charts as CSV</source>
        <translation>Copier les données des graphiques au format CSV</translation>
    </message>
    <message>
        <source>Neither file holds an estimator with learned parameters per feature in both versions (coefficients, importances, ...).</source>
        <translation>Les deux fichiers ne contiennent aucun estimateur commun avec des paramètres appris par caractéristique (coefficients, importances, ...).</translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation>Rien à représenter.</translation>
    </message>
    <message>
        <source>old</source>
        <translation>ancien</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>ancien&#xa0;: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>new − old</source>
        <translation>nouveau − ancien</translation>
    </message>
</context>
<context>
    <name>ps::gui::DeltaTableModel</name>
    <message>
        <source>old %1 → new %2 (Δ %3)</source>
        <translation>ancien %1 → nouveau %2 (Δ %3)</translation>
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
    <message>
        <source>The path as a Python expression after the loaded object (also accepted by picklescope-cli get). Type or paste a path and press Enter to go there (Ctrl+L).</source>
        <translation>Le chemin comme expression Python après l’objet chargé (accepté aussi par picklescope-cli get). Saisissez ou collez un chemin et appuyez sur Entrée pour y aller (Ctrl+L).</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>none in the file (a value typed in, not saved yet)</source>
        <translation>aucun dans le fichier (une valeur saisie, pas encore enregistrée)</translation>
    </message>
    <message>
        <source>%1 of array data, %2 in all</source>
        <translation>%1 de données de tableau, %2 en tout</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>The diagram of a decision tree, of a tree_, or of one tree of a forest or boosting model</source>
        <translation>Le diagramme d’un arbre de décision, d’un tree_ ou d’un arbre d’une forêt ou d’un modèle de boosting</translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentEditor</name>
    <message>
        <source>The file is being reloaded.</source>
        <translation>Le fichier est en cours de rechargement.</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is one object used at %n places; the change is seen at every one: %2</source>
        <translation>
            <numerusform>%1 est un seul objet, utilisé à %n endroit&#xa0;; la modification y est visible&#xa0;: %2</numerusform>
            <numerusform>%1 est un seul objet, utilisé à %n endroits&#xa0;; la modification est visible à chacun d&apos;eux&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::gui::DocumentTab</name>
    <message>
        <source>Opening &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ouverture de &lt;b&gt;%1&lt;/b&gt;</translation>
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
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reloading discards your unsaved changes to %1. Reload anyway?</source>
        <translation>Le rechargement abandonne les modifications non enregistrées apportées à %1. Recharger quand même&#xa0;?</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: it was not read completely.</source>
        <translation>%1 ne peut pas être enregistré&#xa0;: il n&apos;a pas été lu entièrement.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n&apos;a pas été écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Nothing was written: the file on disk is unchanged.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: le fichier sur le disque est inchangé.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened here.</source>
        <translation>%1 a été modifié sur le disque depuis son ouverture ici.</translation>
    </message>
    <message>
        <source>Overwrite it with your version?</source>
        <translation>L&apos;écraser avec votre version&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Checking security</source>
        <translation>Vérification de la sécurité</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>%1… %2 %</source>
        <translation>%1… %2 %</translation>
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
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;fichier ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file changed on disk.&lt;/b&gt; Reload it to see the new contents.</source>
        <translation>&lt;b&gt;Le fichier a été modifié sur le disque.&lt;/b&gt; Rechargez-le pour voir le nouveau contenu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file changed on disk&lt;/b&gt; since it was opened. Saving will ask before overwriting it; Reload discards your changes.</source>
        <translation>&lt;b&gt;Le fichier a été modifié sur le disque&lt;/b&gt; depuis son ouverture. L&apos;enregistrement demandera confirmation avant de l&apos;écraser&#xa0;; «&#xa0;Recharger&#xa0;» abandonne vos modifications.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file was rewritten on disk while open.&lt;/b&gt; Values shown may no longer be those of the file; saving and exporting are refused. Reload it to see the new contents.</source>
        <translation>&lt;b&gt;Le fichier a été réécrit sur le disque pendant qu’il était ouvert.&lt;/b&gt; Les valeurs affichées ne sont peut-être plus celles du fichier&#xa0;; l’enregistrement et l’export sont refusés. Rechargez-le pour voir le nouveau contenu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file was rewritten on disk while open.&lt;/b&gt; Values shown may no longer be those of the file, so your changes cannot be saved to it; Reload discards them.</source>
        <translation>&lt;b&gt;Le fichier a été réécrit sur le disque pendant qu’il était ouvert.&lt;/b&gt; Les valeurs affichées ne sont peut-être plus celles du fichier, vos modifications ne peuvent donc pas y être enregistrées&#xa0;; Recharger les abandonne.</translation>
    </message>
    <message>
        <source>This file has no object to start from.</source>
        <translation>Ce fichier n’a aucun objet de départ.</translation>
    </message>
    <message>
        <source>Not a path: %1</source>
        <translation>Pas un chemin&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not shown in the tree.</source>
        <translation>%1 n’est pas affiché dans l’arbre.</translation>
    </message>
    <message>
        <source>%1 is part of %2, selected in the tree</source>
        <translation>%1 fait partie de %2, sélectionné dans l’arbre</translation>
    </message>
    <message>
        <source>Node %1: row %1 of %2</source>
        <translation>Nœud %1 : ligne %1 de %2</translation>
    </message>
    <message>
        <source>The objects are still being indexed: try again in a moment.</source>
        <translation>Les objets sont encore en cours d’indexation : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Indexing… %1 %</source>
        <translation>Indexation… %1 %</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexation…</translation>
    </message>
</context>
<context>
    <name>ps::gui::EditingActions</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Con&amp;vert…</source>
        <translation>&amp;Convertir…</translation>
    </message>
    <message>
        <source>&amp;Export Value…</source>
        <translation>E&amp;xporter la valeur…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>_converted</source>
        <translation>_converti</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
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
        <source>No object at %1</source>
        <translation>Aucun objet à %1</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Opens Python pickle, joblib and PyTorch files without running them: the object tree, arrays, scikit-learn models, the opcodes and what loading the file would execute.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PickleScope developers. Free software under the MIT licence: you may use, copy, modify and distribute it; it comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PickleScope %1&lt;/h3&gt;&lt;p&gt;Ouvre les fichiers Python pickle, joblib et PyTorch sans les exécuter&#xa0;: l&apos;arborescence d&apos;objets, les tableaux, les modèles scikit-learn, les opcodes et ce que le chargement du fichier exécuterait.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The PickleScope developers. Logiciel libre sous licence MIT&#xa0;: vous pouvez l&apos;utiliser, le copier, le modifier et le distribuer&#xa0;; il est fourni sans aucune garantie.&lt;/p&gt;</translation>
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
    <message>
        <source>Edited: not saved yet.</source>
        <translation>Modifié&#xa0;: pas encore enregistré.</translation>
    </message>
    <message>
        <source>pickle %1</source>
        <translation>pickle %1</translation>
    </message>
    <message>
        <source>recovered object %1 of %2 from pickle %3</source>
        <translation>objet récupéré %1 sur %2 du pickle %3</translation>
    </message>
    <message>
        <source>root</source>
        <translation>racine</translation>
    </message>
    <message>
        <source>root %1</source>
        <translation>racine %1</translation>
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
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeDiagramPanel</name>
    <message>
        <source>&amp;Tree:</source>
        <translation>&amp;Arbre :</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Profondeur :</translation>
    </message>
    <message>
        <source>Levels shown below the root; deeper subtrees end in a marker (double-click it to open that subtree)</source>
        <translation>Niveaux affichés sous la racine ; les sous-arbres plus profonds se terminent par un repère (double-cliquez dessus pour ouvrir ce sous-arbre)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole diagram in the window (Ctrl+0)</source>
        <translation>Ajuster tout le diagramme à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Export the diagram as an SVG drawing</source>
        <translation>Exporter le diagramme en dessin SVG</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the diagram as a PNG image at twice its size</source>
        <translation>Exporter le diagramme en image PNG au double de sa taille</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Entrée :</translation>
    </message>
    <message>
        <source>Feature values, e.g. 5.1, 3.5, 1.4, 0.2</source>
        <translation>Valeurs des caractéristiques, p. ex. 5.1, 3.5, 1.4, 0.2</translation>
    </message>
    <message>
        <source>Type one value per feature: the nodes the input visits are highlighted and the leaf&apos;s prediction is shown</source>
        <translation>Saisissez une valeur par caractéristique : les nœuds parcourus par l’entrée sont mis en évidence et la prédiction de la feuille est affichée</translation>
    </message>
    <message>
        <source>Decision tree diagram</source>
        <translation>Diagramme de l’arbre de décision</translation>
    </message>
    <message>
        <source>%1 nodes, %2 leaves, depth %3 · double-click a node to collapse or expand it, drag to pan, wheel to zoom</source>
        <translation>%1 nœuds, %2 feuilles, profondeur %3 · double-cliquez sur un nœud pour le replier ou le déplier, faites glisser pour déplacer, molette pour zoomer</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · class %3</source>
        <translation>Étape %1 sur %2 · classe %3</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Tree %1 of %2</source>
        <translation>Arbre %1 sur %2</translation>
    </message>
    <message>
        <source>This tree cannot be drawn: %1</source>
        <translation>Impossible de dessiner cet arbre : %1</translation>
    </message>
    <message>
        <source>Value %1 (“%2”) is not a number</source>
        <translation>La valeur %1 (« %2 ») n’est pas un nombre</translation>
    </message>
    <message numerus="yes">
        <source>Prediction: &lt;b&gt;%1&lt;/b&gt; (leaf %2, %Ln step(s))</source>
        <translation>
            <numerusform>Prédiction : &lt;b&gt;%1&lt;/b&gt; (feuille %2, %Ln étape)</numerusform>
            <numerusform>Prédiction : &lt;b&gt;%1&lt;/b&gt; (feuille %2, %Ln étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Node %1 · depth %2 · samples %3 · %4</source>
        <translation>Nœud %1 · profondeur %2 · échantillons %3 · %4</translation>
    </message>
    <message>
        <source>leaf: %1</source>
        <translation>feuille : %1</translation>
    </message>
    <message>
        <source>Export Tree as SVG</source>
        <translation>Exporter l’arbre en SVG</translation>
    </message>
    <message>
        <source>Export Tree as PNG</source>
        <translation>Exporter l’arbre en PNG</translation>
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
        <source>Exported the tree to %1</source>
        <translation>Arbre exporté vers %1</translation>
    </message>
    <message>
        <source>Could not export the tree to %1</source>
        <translation>Impossible d’exporter l’arbre vers %1</translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeDiagramView</name>
    <message>
        <source>value = %1</source>
        <translation>valeur = %1</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <extracomment>A split test of a decision tree node: feature ≤ threshold.</extracomment>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>samples = %1</source>
        <translation>échantillons = %1</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>depth %1</source>
        <translation>profondeur %1</translation>
    </message>
    <message>
        <source>Split: %1 ≤ %2 (left), else right</source>
        <translation>Test : %1 ≤ %2 (à gauche), sinon à droite</translation>
    </message>
    <message>
        <source>Impurity: %1</source>
        <translation>Impureté : %1</translation>
    </message>
    <message>
        <source>Samples: %1</source>
        <translation>Échantillons : %1</translation>
    </message>
    <message>
        <source>Weighted samples: %1</source>
        <translation>Échantillons pondérés : %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Classe : %1</translation>
    </message>
    <message>
        <source>Prediction: %1</source>
        <translation>Prédiction : %1</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more node(s)</source>
        <translation>
            <numerusform>… %Ln nœud de plus</numerusform>
            <numerusform>… %Ln nœuds de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision tree</source>
        <translation>Arbre de décision</translation>
    </message>
    <message>
        <source>Collapse subtree</source>
        <translation>Replier le sous-arbre</translation>
    </message>
    <message>
        <source>Expand subtree</source>
        <translation>Déplier le sous-arbre</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Show in the node arrays</source>
        <translation>Afficher dans les tableaux de nœuds</translation>
    </message>
</context>
<context>
    <name>ps::gui::TreeEditing</name>
    <message>
        <source>&amp;Edit Value</source>
        <translation>&amp;Modifier la valeur</translation>
    </message>
    <message>
        <source>Edit as &amp;Literal…</source>
        <translation>Modifier comme &amp;littéral…</translation>
    </message>
    <message>
        <source>Set to &amp;None</source>
        <translation>Définir sur &amp;None</translation>
    </message>
    <message>
        <source>&amp;Rename Key…</source>
        <translation>&amp;Renommer la clé…</translation>
    </message>
    <message>
        <source>&amp;Insert Item…</source>
        <translation>&amp;Insérer un élément…</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>&amp;Supprimer l&apos;élément</translation>
    </message>
    <message>
        <source>E&amp;xport Value…</source>
        <translation>E&amp;xporter la valeur…</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>&amp;Insert Item Before…</source>
        <translation>&amp;Insérer un élément avant…</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>A top-level object cannot be replaced.</source>
        <translation>Un objet de premier niveau ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Edit as Literal</source>
        <translation>Modifier comme littéral</translation>
    </message>
    <message>
        <source>Replace %1 with a Python literal: numbers, strings, bytes, True, False, None, and lists, tuples, dicts and sets of them.</source>
        <translation>Remplacer %1 par un littéral Python&#xa0;: nombres, chaînes, bytes, True, False, None, ainsi que des listes, tuples, dicts et ensembles de ceux-ci.</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Key</source>
        <translation>Renommer la clé</translation>
    </message>
    <message>
        <source>The new key of %1, as a Python literal (&apos;name&apos;, 3, (1, &apos;a&apos;)…). The entry keeps its value and its place in the dict.</source>
        <translation>La nouvelle clé de %1, sous forme de littéral Python (&apos;name&apos;, 3, (1, &apos;a&apos;)…). L&apos;entrée conserve sa valeur et sa place dans le dict.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Items are inserted into lists, tuples, sets and dicts: select one of them or one of their items.</source>
        <translation>Les éléments s&apos;insèrent dans les listes, tuples, ensembles et dicts&#xa0;: sélectionnez l&apos;un d&apos;eux ou l&apos;un de leurs éléments.</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>Insert Item</source>
        <translation>Insérer un élément</translation>
    </message>
    <message>
        <source>A new entry of the dict %1: its key and its value, as Python literals.</source>
        <translation>Une nouvelle entrée du dict %1&#xa0;: sa clé et sa valeur, sous forme de littéraux Python.</translation>
    </message>
    <message>
        <source>A new item at the end of %1, as a Python literal.</source>
        <translation>Un nouvel élément à la fin de %1, sous forme de littéral Python.</translation>
    </message>
    <message>
        <source>A new item of %1 at position %2 (before the selected one), as a Python literal.</source>
        <translation>Un nouvel élément de %1 à la position %2 (avant l&apos;élément sélectionné), sous forme de littéral Python.</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>Supprimer l&apos;élément</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2.

Replace it with None instead?</source>
        <translation>%1 ne peut pas être supprimé&#xa0;: %2.

Le remplacer plutôt par None&#xa0;?</translation>
    </message>
    <message>
        <source>Export Value</source>
        <translation>Exporter la valeur</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON (*.json);;NumPy array (*.npy)</source>
        <translation>Tableau CSV (*.csv);;JSON (*.json);;Tableau NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv, .json or .npy</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .csv, .json ou .npy</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be exported this way: %2</source>
        <translation>%1 ne peut pas être exporté ainsi&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n&apos;a pas été écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ps::gui::ValueDelegate</name>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
</context>
</TS>
