// SPDX-License-Identifier: MIT
// Issue 17: changing the language applies at once (QEvent::LanguageChange), no restart. The
// bundled spam classifier is opened and the language switched English → German → French →
// English through the Preferences dialog; after each switch the visible texts (menus, tree
// header, panel tabs, detail pane captions, status bar, security tab, chart titles and axes,
// DataFrame headers and summary) speak the new language, none is left in the one before
// (checked against every message of the catalogues), and axis numbers follow the language's
// number format (1,5 in German, 1.5 in English).
#include "chartpanel.h"
#include "compareview.h"
#include "comparewindow.h"
#include "dataframeview.h"
#include "datatablemodel.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "gui_testing.h"
#include "languages.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace ps;
using namespace ps::gui;

namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};

/// One message of the catalogues: its context, and its texts per language (the English
/// source, or the plural forms of the English catalogue; every plural form of the others).
struct Message
{
    QString context;
    QString source;
    QHash<QString, QStringList> forms;
};

QList<Message> readCatalogues()
{
    QHash<QString, int> byKey;
    QList<Message> messages;
    for (const QString &language : kLanguages) {
        QFile file(QStringLiteral(PS_TRANSLATIONS "/picklescope_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList forms;
        QString translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (xml.name() == QLatin1String("translation")
                         && xml.attributes().value(QLatin1String("type")).isEmpty()
                         && !xml.attributes().hasAttribute(QLatin1String("type"))) {
                    // Plain translations have text only; plural ones hold numerusforms.
                    translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                const QString key = context + QChar(0) + source;
                if (!byKey.contains(key)) {
                    byKey.insert(key, static_cast<int>(messages.size()));
                    messages.append({context, source, {}});
                }
                QStringList texts = forms;
                if (texts.isEmpty())
                    texts << (translation.trimmed().isEmpty() ? source : translation);
                if (language == QLatin1String("en") && forms.isEmpty())
                    texts = {source};
                messages[byKey.value(key)].forms.insert(language, texts);
                forms.clear();
                translation.clear();
            }
        }
    }
    return messages;
}

/// Texts of other languages that must not be on screen in `language`: every text of a
/// message that differs from all of that message's texts in `language`.
struct StaleTexts
{
    QSet<QString> plain;
    QList<QPair<QRegularExpression, QString>> patterns;
};

QString withoutAccelerator(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

StaleTexts staleTexts(const QList<Message> &messages, const QString &language)
{
    static const QRegularExpression argument(QStringLiteral("%L?(?:\\d+|n)"));
    StaleTexts stale;
    for (const Message &m : messages) {
        const QStringList current = m.forms.value(language);
        for (const QString &other : kLanguages) {
            if (other == language)
                continue;
            for (const QString &text : m.forms.value(other)) {
                if (text.isEmpty() || current.contains(text))
                    continue;
                const QStringList pieces = text.split(argument);
                if (pieces.size() == 1) {
                    // Short words (an "OK", a unit) say nothing about the language.
                    if (text.trimmed().size() >= 3)
                        stale.plain.insert(withoutAccelerator(text));
                    continue;
                }
                qsizetype literal = 0;
                QStringList escaped;
                for (const QString &piece : pieces) {
                    literal = std::max(literal, piece.trimmed().size());
                    escaped << QRegularExpression::escape(withoutAccelerator(piece));
                }
                if (literal < 6)
                    continue; // "%1 %": matches anything
                stale.patterns.append(
                    {QRegularExpression(QStringLiteral("\\A(?:%1)\\z")
                                            .arg(escaped.join(QStringLiteral("(?s:.*)")))),
                     text});
            }
        }
    }
    return stale;
}

/// The visible texts of a window and its children (each with where it was found).
QList<QPair<QString, QString>> visibleTexts(QWidget *window)
{
    QList<QPair<QString, QString>> texts;
    auto add = [&texts](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append({where, text});
    };
    add(QStringLiteral("window title"), window->windowTitle());
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        std::function<void(QMenu *)> menu = [&](QMenu *m) {
            add(QStringLiteral("menu"), m->title());
            for (QAction *a : m->actions()) {
                add(QStringLiteral("menu item"), a->text());
                add(QStringLiteral("menu item tip"), a->toolTip());
                if (a->menu())
                    menu(a->menu());
            }
        };
        for (QAction *a : main->menuBar()->actions()) {
            if (a->menu())
                menu(a->menu());
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        QString name = QString::fromLatin1(w->metaObject()->className());
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            name = QString::fromLatin1(p->metaObject()->className()) + QLatin1Char('/') + name;
        add(name + QStringLiteral(" tooltip"), w->toolTip());
        add(name + QStringLiteral(" accessible name"), w->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(name, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(name, button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(name, box->title());
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(name, edit->text());
            // The grey hint shown while the field is empty.
            add(name + QStringLiteral(" hint"), edit->property("place"
                                                               "holderText")
                                                    .toString());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(name + QStringLiteral(" item"), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(QStringLiteral("tab"), tabs->tabText(i));
        }
        if (auto *browser = qobject_cast<QTextBrowser *>(w)) {
            for (const QString &line : browser->toPlainText().split(QLatin1Char('\n')))
                add(name + QStringLiteral(" line"), line);
        }
        if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            for (const QString &line : plain->toPlainText().split(QLatin1Char('\n')))
                add(name + QStringLiteral(" line"), line);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            // Column headers of our own models; a DataFrame's or an array's columns are the
            // file's names (data), and so are the summary's columns.
            const bool dataColumns = qobject_cast<const DataTableModel *>(model)
                                     || qobject_cast<const QStandardItemModel *>(model)
                                     || QString::fromLatin1(model->metaObject()->className())
                                            .contains(QLatin1String("ArrayTableModel"));
            for (int c = 0; c < model->columnCount() && !dataColumns; ++c)
                add(name + QStringLiteral(" header"),
                    model->headerData(c, Qt::Horizontal).toString());
            if (qobject_cast<const QStandardItemModel *>(model)) {
                for (int r = 0; r < model->rowCount() && r < 20; ++r)
                    add(name + QStringLiteral(" row header"),
                        model->headerData(r, Qt::Vertical).toString());
            }
        }
        if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
            QChart *chart = chartView->chart();
            add(QStringLiteral("chart title"), chart->title());
            for (QAbstractAxis *axis : chart->axes())
                add(QStringLiteral("axis title"), axis->titleText());
            for (QAbstractSeries *series : chart->series())
                add(QStringLiteral("series"), series->name());
        }
    }
    return texts;
}

/// Texts left in another language (empty when there is none).
QStringList staleOnScreen(QWidget *window, const StaleTexts &stale)
{
    QStringList found;
    for (const auto &[where, raw] : visibleTexts(window)) {
        for (const QString &text : {raw, withoutAccelerator(raw)}) {
            QString hit;
            if (stale.plain.contains(text))
                hit = text;
            for (qsizetype i = 0; hit.isEmpty() && i < stale.patterns.size(); ++i) {
                if (stale.patterns[i].first.match(text).hasMatch())
                    hit = stale.patterns[i].second;
            }
            if (!hit.isEmpty()) {
                found << QStringLiteral("%1: \"%2\" (message \"%3\")").arg(where, raw, hit);
                break;
            }
        }
    }
    return found;
}

/// The numbers drawn on a chart's axes (the text items of its scene that are numbers).
QStringList axisNumbers(QChartView *view)
{
    static const QRegularExpression number(QStringLiteral("\\A[-−]?[0-9][0-9.,\\s ]*\\z"));
    QStringList numbers;
    for (QGraphicsItem *item : view->scene()->items()) {
        QString text;
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
            text = t->toPlainText();
        else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = s->text();
        if (item->isVisible() && number.match(text.trimmed()).hasMatch())
            numbers << text.trimmed();
    }
    return numbers;
}

/// Numbers with a decimal part: their separator is the language's decimal point.
void checkDecimalSeparator(const QStringList &numbers, const QLocale &locale, const char *what)
{
    static const QRegularExpression decimal(QStringLiteral("\\A[-−]?[0-9]+([.,])[0-9]+\\z"));
    int decimals = 0;
    for (const QString &n : numbers) {
        const auto m = decimal.match(n);
        if (!m.hasMatch())
            continue;
        ++decimals;
        QVERIFY2(m.captured(1) == locale.decimalPoint(),
                 qPrintable(QStringLiteral("%1: %2 in %3 (all: %4)")
                                .arg(QLatin1String(what), n, locale.name(),
                                     numbers.join(QStringLiteral(" | ")))));
    }
    QVERIFY2(decimals > 0,
             qPrintable(QStringLiteral("%1: no decimal number among %2")
                            .arg(QLatin1String(what), numbers.join(QStringLiteral(" | ")))));
}

} // namespace

class tst_Language : public QObject
{
    Q_OBJECT

private:
    QList<Message> m_messages;

    static DocumentView *openView(MainWindow &window, const QString &path)
    {
        DocumentTab *tab = guitest::openAndWait(window, path);
        return tab ? tab->view() : nullptr;
    }

    /// What a user does: File ▸ Preferences, choose the language, OK.
    static void chooseLanguage(MainWindow &window, const QString &code)
    {
        PreferencesDialog dialog(&window);
        const int index = dialog.languageBox()->findData(code);
        QVERIFY(index >= 0);
        dialog.languageBox()->setCurrentIndex(index);
        dialog.accept();
        // The menus are rebuilt once the event is handled (queued): let it happen.
        QTest::qWait(50);
        QCoreApplication::processEvents();
    }

    static QString translated(const char *context, const char *source)
    {
        return QCoreApplication::translate(context, source);
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        settings::language.set(QStringLiteral("en"));
        installTranslations(*qApp, QStringLiteral("en"));
        m_messages = readCatalogues();
        QVERIFY2(m_messages.size() > 300, "the .ts catalogues were not read");
    }

    void cleanupTestCase()
    {
        settings::language.set(QString());
        installTranslations(*qApp, QString());
    }

    /// English → German → French → English on the bundled spam classifier, through the
    /// Preferences dialog: every visible text follows at once, none stays behind.
    void switchWithoutRestart()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        DocumentView *view
            = openView(window, QStringLiteral(PS_EXAMPLES "/spam_classifier.joblib"));
        QVERIFY(view);
        // A second file whose root is a DataFrame: its grid headers and summary switch too.
        DocumentView *frame
            = openView(window, guitest::fixture(QStringLiteral("pd_frame_mixed_p4.pkl")));
        QVERIFY(frame);
        QCOMPARE(frame->detail()->page(), DetailPane::Page::Table);
        window.tabs()->setCurrentIndex(0);
        DetailPane *detail = view->detail();
        QCOMPARE(detail->page(), DetailPane::Page::Overview);
        QVERIFY(detail->overviewChart()->hasChart());

        struct Expected
        {
            QString code, file, type, bytes, value, treeType, opcodes, protocol, chartTitle,
                summaryCount;
        };
        const QList<Expected> steps{
            {QStringLiteral("de"), QStringLiteral("&Datei"), QStringLiteral("Typ:"),
             QStringLiteral("Bytes:"), QStringLiteral("Wert"), QStringLiteral("Typ"),
             QStringLiteral("Opcodes"), QStringLiteral("Protokoll 4"),
             QStringLiteral("Koeffizienten von LogisticRegression"), QStringLiteral("Anzahl")},
            {QStringLiteral("fr"), QStringLiteral("&Fichier"), QStringLiteral("Type\u00a0:"),
             QStringLiteral("Octets\u00a0:"), QStringLiteral("Valeur"), QStringLiteral("Type"),
             QStringLiteral("Opcodes"), QStringLiteral("protocole 4"),
             QStringLiteral("Coefficients de LogisticRegression"), QStringLiteral("nombre")},
            {QStringLiteral("en"), QStringLiteral("&File"), QStringLiteral("Type:"),
             QStringLiteral("Bytes:"), QStringLiteral("Value"), QStringLiteral("Type"),
             QStringLiteral("Opcodes"), QStringLiteral("protocol 4"),
             QStringLiteral("Coefficients of LogisticRegression"), QStringLiteral("count")},
        };
        // A dialog open while the language changes (here a second Preferences window).
        PreferencesDialog open(&window);
        open.setModal(false);
        open.show();
        // English first: the same checks hold before any switch.
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(detail->typeCaption()->text(), QStringLiteral("Type:"));
        QVERIFY(staleOnScreen(&window, staleTexts(m_messages, QStringLiteral("en"))).isEmpty());

        for (const Expected &e : steps) {
            chooseLanguage(window, e.code);
            QTRY_COMPARE(window.menuBar()->actions().first()->text(), e.file);
            QCOMPARE(QLocale().name().left(2), e.code);
            // Menus, tree header, panel tabs, detail pane captions and tabs, status bar.
            QCOMPARE(window.menuBar()->actions().at(1)->text(),
                     translated("ps::gui::MainWindow", "&Edit"));
            QCOMPARE(view->tree()->model()->headerData(1, Qt::Horizontal).toString(), e.treeType);
            QCOMPARE(view->tree()->model()->headerData(0, Qt::Horizontal).toString(),
                     translated("ps::gui::ObjectTreeModel", "Name"));
            // The tree's first row: "root: Pipeline", "Wurzel: Pipeline", "racine : …".
            const QString rootRow = view->tree()->model()->index(0, 0).data().toString();
            QVERIFY2(rootRow.startsWith(translated("ps::gui::ObjectTreeModel", "root"))
                         && rootRow.endsWith(QStringLiteral("Pipeline")),
                     qPrintable(rootRow));
            QCOMPARE(view->bottomTabs()->tabText(0), e.opcodes);
            QCOMPARE(detail->typeCaption()->text(), e.type);
            QCOMPARE(detail->bytesCaption()->text(), e.bytes);
            QVERIFY(detail->typeCaption()->isVisible());
            const auto *tabs = detail->findChild<QTabWidget *>();
            QVERIFY(tabs);
            QCOMPARE(tabs->tabText(0), e.value);
            QVERIFY(!window.statusBar()->findChildren<QLabel *>().isEmpty());
            bool protocolShown = false;
            for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
                protocolShown = protocolShown || label->text() == e.protocol;
            QVERIFY2(protocolShown, qPrintable(e.protocol));
            // The overview chart: title, axis numbers in the language's format.
            ChartPanel *chart = detail->overviewChart();
            QVERIFY(chart->hasChart());
            QVERIFY2(chart->data().title.startsWith(e.chartTitle), qPrintable(chart->data().title));
            QCOMPARE(chart->chart()->locale(), QLocale());
            QVERIFY(chart->chart()->localizeNumbers());
            // The security tab's sentence.
            QVERIFY(!view->securityCleanLabel()->text().isEmpty());
            // Nothing in any other language anywhere in the window.
            const QStringList stale = staleOnScreen(&window, staleTexts(m_messages, e.code));
            QVERIFY2(stale.isEmpty(),
                     qPrintable(e.code + QStringLiteral(":\n") + stale.join(QLatin1Char('\n'))));
            QCOMPARE(open.windowTitle(), translated("ps::gui::PreferencesDialog", "Preferences"));
            const QStringList staleDialog = staleOnScreen(&open, staleTexts(m_messages, e.code));
            QVERIFY2(staleDialog.isEmpty(), qPrintable(e.code + QStringLiteral(" (dialog):\n")
                                                       + staleDialog.join(QLatin1Char('\n'))));
            // The DataFrame tab: the grid's summary rows and its info line.
            window.tabs()->setCurrentIndex(1);
            DataFrameView *table = frame->detail()->tableView();
            QTRY_COMPARE(table->summary()->headerData(0, Qt::Vertical).toString(), e.summaryCount);
            const QStringList staleFrame = staleOnScreen(&window, staleTexts(m_messages, e.code));
            QVERIFY2(staleFrame.isEmpty(), qPrintable(e.code + QStringLiteral(" (DataFrame):\n")
                                                      + staleFrame.join(QLatin1Char('\n'))));
            window.tabs()->setCurrentIndex(0);
        }
    }

    /// The compare window (a window of its own) follows too: menus, title, panels, the
    /// delta chart and the report, with nothing left in the language before.
    void compareWindowFollows()
    {
        MainWindow window;
        window.show();
        CompareWindow compare;
        QSignalSpy done(&compare, &CompareWindow::stateChanged);
        compare.start(guitest::fixture(QStringLiteral("lr_iris_p4.pkl")),
                      guitest::fixture(QStringLiteral("sk_logreg_3class_p4.pkl")));
        QVERIFY(done.wait(60000));
        compare.resize(1360, 880);
        compare.show();
        QVERIFY(compare.view());
        for (const QString &code :
             {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")}) {
            chooseLanguage(window, code);
            QTRY_COMPARE(compare.menuBar()->actions().first()->text(),
                         translated("ps::gui::CompareWindow", "&File"));
            QTRY_VERIFY(compare.view() && compare.findChildren<CompareView *>().size() == 1);
            const QStringList stale = staleOnScreen(&compare, staleTexts(m_messages, code));
            QVERIFY2(stale.isEmpty(), qPrintable(code + QStringLiteral(" (compare):\n")
                                                 + stale.join(QLatin1Char('\n'))));
        }
        QCOMPARE(compare.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    /// Axis numbers follow the UI language's number format consistently: the bar chart's
    /// value axis and the histogram's bin edges show a decimal comma in German and French, a
    /// point in English, also after switching back and forth without a restart.
    void axisNumbersFollowLanguage()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        DocumentView *model = openView(window, guitest::fixture(QStringLiteral("lr_iris_p4.pkl")));
        QVERIFY(model);
        DocumentView *arrays
            = openView(window, guitest::fixture(QStringLiteral("np_arrays.joblib")));
        QVERIFY(arrays);
        QVERIFY(model->selectPath(0, QStringLiteral(".coef_")));
        QVERIFY(arrays->selectPath(0, QStringLiteral("['fortran_2d']")));
        for (const QString &code :
             {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"),
              QStringLiteral("de"), QStringLiteral("en")}) {
            chooseLanguage(window, code);
            QTRY_COMPARE(QLocale().name().left(2), code);
            const QLocale locale;
            const struct
            {
                DocumentView *view;
                int tab;
                const char *what;
            } charts[] = {{model, 0, "coefficients (bars)"}, {arrays, 1, "histogram edges"}};
            for (const auto &c : charts) {
                window.tabs()->setCurrentIndex(c.tab);
                ChartPanel *chart = c.view->detail()->chartPanel();
                c.view->detail()->showChartTab(true);
                QTRY_VERIFY(chart->hasChart() && !chart->isComputing()
                            && chart->chartView()->isVisible());
                // The axes are laid out once the chart has its size (queued): until the
                // numbers with a decimal part are drawn.
                static const QRegularExpression decimal(QStringLiteral("[0-9][.,][0-9]"));
                QTRY_VERIFY_WITH_TIMEOUT(axisNumbers(chart->chartView()).indexOf(decimal) >= 0,
                                         5000);
                checkDecimalSeparator(axisNumbers(chart->chartView()), locale, c.what);
            }
        }
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
