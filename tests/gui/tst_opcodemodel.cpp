// SPDX-License-Identifier: MIT
// The opcode panel's model reads its rows from the file's bytes on demand (the window opens
// files without recording instructions): every row equals the line pickletools.dis gives for
// the unpickler's record of the same file, and offsets find their rows.
#include "gui_testing.h"
#include "opcodemodel.h"
#include "reader/reader.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>

using namespace ps;
using namespace ps::gui;

class tst_OpcodeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::setupTestApplication(); }

    void rowsAsRecorded_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"spam_pipeline_p4.pkl", "random_forest.joblib", "lr_iris.joblib",
                              "np_arrays.joblib", "multi_pickle.pkl", "lr_iris_p0.pkl"})
            QTest::newRow(f) << guitest::fixture(QString::fromLatin1(f));
        QTest::newRow("frame_straddle_p4.pkl")
            << guitest::hostile(QStringLiteral("frame_straddle_p4.pkl"));
    }
    void rowsAsRecorded()
    {
        QFETCH(QString, file);
        const auto loaded = guitest::load(file);
        QVERIFY(loaded);
        for (const PickleStream &s : loaded->document->streams())
            QVERIFY(s.instructions.empty());
        OpenOptions record;
        record.recordInstructions = true;
        const auto recorded = openDocument(file.toStdString(), record);
        struct Row
        {
            size_t stream;
            DisLine line;
        };
        std::vector<Row> expected;
        for (size_t s = 0; s < recorded->streams().size(); ++s) {
            QVERIFY(!recorded->streams()[s].instructions.empty());
            DisassemblyIndex::forEachLine(*recorded, s, 160, [&](const DisLine &l) {
                expected.push_back({s, l});
            });
        }
        OpcodeModel model(loaded);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), static_cast<int>(expected.size()));
        auto check = [&](int row) {
            const Row &want = expected[static_cast<size_t>(row)];
            const DisLine &l = want.line;
            auto at = [&](int column, int role = Qt::DisplayRole) {
                return model.index(row, column).data(role);
            };
            QCOMPARE(at(0, OpcodeModel::StreamRole).toULongLong(), want.stream);
            QCOMPARE(at(0, OpcodeModel::OffsetRole).toULongLong(), l.offset);
            QCOMPARE(at(0, OpcodeModel::LengthRole).toULongLong(), l.length);
            if (l.type == Instruction::Type::Opcode) {
                QCOMPARE(at(OpcodeModel::OpcodeColumn).toString(),
                         QString(static_cast<qsizetype>(std::min<size_t>(l.markDepth, 40)),
                                 QLatin1Char(' '))
                             + QString::fromStdString(l.name));
                QCOMPARE(at(OpcodeModel::ArgumentColumn).toString(),
                         QString::fromStdString(l.argument.value_or(std::string())));
            }
            QCOMPARE(at(OpcodeModel::NoteColumn).toString(),
                     QString::fromStdString(l.problem.empty() ? l.note : l.problem));
            // The offset and the byte range of the row find it again.
            const int found = model.rowAt(want.stream, l.offset).value_or(-1);
            QVERIFY(found >= 0 && expected[static_cast<size_t>(found)].stream == want.stream
                    && expected[static_cast<size_t>(found)].line.offset == l.offset);
            // (An empty raw region shares its offset with the opcode after it, which the
            // range's first row is.)
            if (l.length > 0) {
                const auto rows = model.rowsCovering(want.stream, l.offset, l.offset + l.length);
                QVERIFY(rows && rows->first <= row && row <= rows->second);
            }
        };
        for (int row = 0; row < std::min(model.rowCount(), 3000); ++row) {
            check(row);
            if (QTest::currentTestFailed())
                return;
        }
        QRandomGenerator random(11);
        for (int k = 0; k < 300 && model.rowCount() > 0; ++k) {
            check(static_cast<int>(random.bounded(model.rowCount())));
            if (QTest::currentTestFailed())
                return;
        }
        // The last row, read after a jump.
        if (model.rowCount() > 0)
            check(model.rowCount() - 1);
    }
};

QTEST_MAIN(tst_OpcodeModel)
#include "tst_opcodemodel.moc"
