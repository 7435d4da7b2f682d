// SPDX-License-Identifier: MIT
// Path syntax: parsing, canonical formatting (format(parse(x)) is a fixed point) and located
// errors.
#include "path/literal.h"
#include "path/path.h"

#include <QtTest>

using namespace ps;

class tst_Path : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void errors_data();
    void invalidUtf8();
    void errors();
    void stepKinds();
    void keyLiterals();
    void valueLiterals_data();
    void valueLiterals();
    void valueLiteralErrors_data();
    void valueLiteralErrors();
    void keyLiteralText();
};

/// Input path and its canonical form.
void tst_Path::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    const char *same[] = {
        "",
        ".coef_",
        ".steps[1][1].coef_[0, 3]",
        "['vocabulary_']['money']",
        ".estimators_[4].tree_",
        "[-1]",
        "[0, 3]",
        "[True]",
        "[False]",
        "[None]",
        "[b'k']",
        "[b'\\x00\\xff']",
        "[1.5]",
        "[1e+100]",
        "[-0.0]",
        "[(1,)]",
        "[()]",
        "[('a', 1)]",
        "[(1, (2, 'x'))]",
        "[\"it's\"]",
        "['say \"hi\"']",
        "['tab\\t\\n']",
        "['é日本']",
        "[123456789012345678901234567890]",
        "[-123456789012345678901234567890]",
        ".<args>",
        ".<state>[0]",
        ".<callable>",
        ".<value 3>",
        ".<key 0>",
        ".<state 1>",
        ".'not an identifier'",
        ".名前",
        "[inf]",
        "[-inf]",
    };
    for (const char *s : same)
        QTest::newRow(s) << QString::fromUtf8(s) << QString::fromUtf8(s);
    QTest::newRow("no leading dot") << "steps[0]"
                                    << ".steps[0]";
    QTest::newRow("spaces") << "  [ 1 ,2 ]  "
                            << "[1, 2]";
    QTest::newRow("tuple of ints is an index") << "[(1, 2)]"
                                               << "[1, 2]";
    QTest::newRow("parenthesised int") << "[(3)]"
                                       << "[3]";
    QTest::newRow("trailing comma makes a tuple") << "[1,]"
                                                  << "[(1,)]";
    QTest::newRow("double quotes") << "[\"a\"]"
                                   << "['a']";
    QTest::newRow("escapes") << "['\\x41\\u00e9\\101']"
                             << "['AéA']";
    QTest::newRow("octal and newline") << "['\\n\\0']"
                                       << "['\\n\\x00']";
    QTest::newRow("raw string") << "[r'a\\b']"
                                << "['a\\\\b']";
    QTest::newRow("unicode prefix") << "[u'a']"
                                    << "['a']";
    QTest::newRow("bytes prefix uppercase") << "[B'a']"
                                            << "[b'a']";
    QTest::newRow("leading zeros") << "[007]"
                                   << "[7]";
    QTest::newRow("underscores") << "[1_000]"
                                 << "[1000]";
    QTest::newRow("hex") << "[0x10]"
                         << "[16]";
    QTest::newRow("float forms") << "[.5]"
                                 << "[0.5]";
    QTest::newRow("exponent") << "[1E5]"
                              << "[100000.0]";
    QTest::newRow("mixed tuple") << "[1, 'a']"
                                 << "[(1, 'a')]";
    QTest::newRow("quote choice") << "['it\\'s']"
                                  << "[\"it's\"]";
    QTest::newRow("surrogate") << "['\\ud800']"
                               << "['\\ud800']";
    QTest::newRow("plus sign") << "[+5]"
                               << "[5]";
    QTest::newRow("minus zero int") << "[-0]"
                                    << "[0]";
}

void tst_Path::roundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    auto steps = parsePath(input.toStdString());
    QVERIFY2(steps.ok(), steps.ok() ? "" : steps.error().message.c_str());
    const QString formatted = QString::fromStdString(formatPath(*steps));
    QCOMPARE(formatted, canonical);
    // The canonical form parses to the same steps and formats to itself.
    auto again = parsePath(formatted.toStdString());
    QVERIFY(again.ok());
    QVERIFY(*again == *steps);
    QCOMPARE(QString::fromStdString(formatPath(*again)), canonical);
}

/// Input, the 1-based column reported, and a part of the message.
void tst_Path::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed bracket") << "[0" << 3 << "expected ']'";
    QTest::newRow("empty brackets") << ".a[]" << 4 << "expected a key or an index";
    QTest::newRow("bare word key") << "[money]" << 2 << "string keys need quotes";
    QTest::newRow("unterminated string") << "['abc" << 2 << "unterminated string";
    QTest::newRow("dot without name") << ".a." << 4 << "expected an attribute name";
    QTest::newRow("dot then digit") << ".1" << 2 << "expected an attribute name";
    QTest::newRow("junk after step") << ".a b" << 3 << "expected '.' or '['";
    QTest::newRow("missing comma") << "[1 2]" << 4 << "expected ',' or ']'";
    QTest::newRow("bad escape") << "['\\x4']" << 3 << "truncated \\xXX escape";
    QTest::newRow("bad exponent") << "[1e]" << 4 << "exponent";
    QTest::newRow("non-ascii bytes") << "[b'é']" << 4 << "ASCII";
    QTest::newRow("unclosed tuple") << "[(1, 2]" << 7 << "expected ',' or ')'";
    QTest::newRow("unclosed pseudo") << ".<args" << 2 << "expected '>'";
    QTest::newRow("bad pseudo") << ".<a.b>" << 3 << "pseudo attribute";
    QTest::newRow("letters after number") << "[12ab]" << 4 << "after the number";
}

/// Bytes that are not UTF-8 are refused where they stand (fuzz finding: read as Latin-1, the
/// key printed back named another key).
void tst_Path::invalidUtf8()
{
    auto steps = parsePath(std::string_view("['f\xf2oat16']"));
    QVERIFY(!steps.ok());
    QCOMPARE(QString::fromStdString(steps.error().message),
             QStringLiteral("column 4: invalid UTF-8 (byte 0xF2)"));
    QCOMPARE(int(steps.error().offset), 3);
    // A lone surrogate written as WTF-8 (what \ud800 decodes to) is still text.
    QVERIFY(parsePath(std::string_view("['\xed\xa0\x80']")).ok());
}

void tst_Path::errors()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(QString, message);
    auto steps = parsePath(input.toStdString());
    QVERIFY(!steps.ok());
    const QString text = QString::fromStdString(steps.error().message);
    QVERIFY2(text.startsWith(QStringLiteral("column %1: ").arg(column)), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
    QCOMPARE(int(steps.error().offset), column - 1);
}

void tst_Path::stepKinds()
{
    auto steps = parsePath(".steps[1][1].coef_[0, 3]['k'].<args>");
    QVERIFY(steps.ok());
    QCOMPARE(steps->size(), size_t(7));
    QCOMPARE((*steps)[0].type, PathStep::Type::Attribute);
    QCOMPARE((*steps)[0].name, std::string("steps"));
    QCOMPARE((*steps)[1].type, PathStep::Type::Index);
    QCOMPARE((*steps)[1].indices, std::vector<int64_t>{1});
    QCOMPARE((*steps)[4].indices, (std::vector<int64_t>{0, 3}));
    QCOMPARE((*steps)[5].type, PathStep::Type::Key);
    QCOMPARE((*steps)[5].key.type, KeyLiteral::Type::Str);
    QCOMPARE((*steps)[5].key.text, std::string("k"));
    QVERIFY((*steps)[6].isPseudo());
    QVERIFY(!(*steps)[0].isPseudo());
    // An int key beyond int64 stays a key.
    auto big = parsePath("[99999999999999999999]");
    QVERIFY(big.ok());
    QCOMPARE((*big)[0].type, PathStep::Type::Key);
    QCOMPARE((*big)[0].key.type, KeyLiteral::Type::Int);
}

void tst_Path::keyLiterals()
{
    QCOMPARE(KeyLiteral::fromStr("a").repr(), std::string("'a'"));
    QCOMPARE(KeyLiteral::fromTuple({KeyLiteral::fromInt(1)}).repr(), std::string("(1,)"));
    QCOMPARE(KeyLiteral::fromFloat(1.0).repr(), std::string("1.0"));
    QCOMPARE(KeyLiteral::none().repr(), std::string("None"));
    QVERIFY(KeyLiteral::fromInt(5).int64() == std::optional<int64_t>(5));
    QCOMPARE(formatStep(PathStep::keyStep(KeyLiteral::fromInt(3))), std::string("[3]"));
    QCOMPARE(formatStep(PathStep::keyStep(KeyLiteral::fromBool(true))), std::string("[True]"));
    QCOMPARE(pathOf(".a", PathStep::attribute("b")), std::string(".a.b"));
    QCOMPARE(formatStep(PathStep::attribute("has space")), std::string(".'has space'"));
}

/// Python's repr of a parsed value literal (lists, dicts and sets spelled as Python does).
static std::string valueRepr(const ValueLiteral &v)
{
    if (v.type == ValueLiteral::Type::Scalar)
        return v.scalar.repr();
    const bool dict = v.type == ValueLiteral::Type::Dict;
    std::string s = v.type == ValueLiteral::Type::List    ? "["
                    : v.type == ValueLiteral::Type::Tuple ? "("
                                                          : "{";
    for (size_t i = 0; i < v.items.size(); ++i) {
        if (i)
            s += dict && i % 2 ? ": " : ", ";
        s += valueRepr(v.items[i]);
    }
    if (v.type == ValueLiteral::Type::Tuple && v.items.size() == 1)
        s += ',';
    return s
           + (v.type == ValueLiteral::Type::List    ? "]"
              : v.type == ValueLiteral::Type::Tuple ? ")"
                                                    : "}");
}

/// The one literal parser (path keys and edit values): text, its repr and its outer type.
void tst_Path::valueLiterals_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("repr");
    QTest::addColumn<int>("type");
    const int scalar = int(ValueLiteral::Type::Scalar);
    const int list = int(ValueLiteral::Type::List);
    const int tuple = int(ValueLiteral::Type::Tuple);
    const int dict = int(ValueLiteral::Type::Dict);
    const int set = int(ValueLiteral::Type::Set);
    QTest::newRow("float") << "0.25"
                           << "0.25" << scalar;
    QTest::newRow("blanks around") << " -7 \n"
                                   << "-7" << scalar;
    QTest::newRow("list of scalars") << "[1, 'a', b'x', None, True]"
                                     << "[1, 'a', b'x', None, True]" << list;
    QTest::newRow("empty list") << "[]"
                                << "[]" << list;
    QTest::newRow("nested lists") << "[1, [2, [3]],]"
                                  << "[1, [2, [3]]]" << list;
    QTest::newRow("empty dict") << "{}"
                                << "{}" << dict;
    QTest::newRow("dict") << "{'a': 1, 'b': [2, 3]}"
                          << "{'a': 1, 'b': [2, 3]}" << dict;
    QTest::newRow("set") << "{1, 2, (3, 4)}"
                         << "{1, 2, (3, 4)}" << set;
    QTest::newRow("tuple holding a list") << "(1, [2])"
                                          << "(1, [2])" << tuple;
    QTest::newRow("tuple of scalars") << "(1, 2)"
                                      << "(1, 2)" << scalar;
    QTest::newRow("parenthesised int") << "(3)"
                                       << "3" << scalar;
    QTest::newRow("parenthesised list") << "([1])"
                                        << "[1]" << list;
    QTest::newRow("bare tuple") << "'a', 'b'"
                                << "('a', 'b')" << scalar;
    QTest::newRow("one-item bare tuple") << "1,"
                                         << "(1,)" << scalar;
    QTest::newRow("newlines inside") << "[1,\n 2]"
                                     << "[1, 2]" << list;
    QTest::newRow("tab in dict") << "{'k':\t(1,)}"
                                 << "{'k': (1,)}" << dict;
    QTest::newRow("str escapes") << "'\\x41\\u00e9'"
                                 << "'A\u00e9'" << scalar;
    QTest::newRow("100 levels") << QString(100, '[') + QString(100, ']')
                                << QString(100, '[') + QString(100, ']') << list;
}

void tst_Path::valueLiterals()
{
    QFETCH(QString, input);
    QFETCH(QString, repr);
    QFETCH(int, type);
    auto v = parseValueLiteral(input.toStdString());
    QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
    QCOMPARE(QString::fromStdString(valueRepr(*v)), repr);
    QCOMPARE(int(v->type), type);
}

void tst_Path::valueLiteralErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("a call") << QByteArray("os.system('x')") << "strings need quotes";
    QTest::newRow("unclosed list") << QByteArray("[1, 2") << "expected ']' to close the list";
    QTest::newRow("set item in a dict") << QByteArray("{1: 2, 3}") << "expected ':' after";
    QTest::newRow("list as a key") << QByteArray("{[1]: 2}") << "must be scalars or tuples";
    QTest::newRow("list in a set") << QByteArray("{1, [2]}") << "must be scalars or tuples";
    QTest::newRow("two literals") << QByteArray("1 2") << "after the literal";
    QTest::newRow("empty") << QByteArray("") << "the text ended";
    QTest::newRow("too deep") << QByteArray(150, '[') + QByteArray(150, ']') << "deeper than 100";
    QTest::newRow("not UTF-8") << QByteArray("'\xff'") << "invalid UTF-8";
}

void tst_Path::valueLiteralErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    auto v = parseValueLiteral(std::string_view(input.constData(), size_t(input.size())));
    QVERIFY(!v.ok());
    const QString text = QString::fromStdString(v.error().message);
    QVERIFY2(text.contains(QStringLiteral("is not a Python literal")), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));
}

void tst_Path::keyLiteralText()
{
    auto key = parseKeyLiteral("('a', 2)");
    QVERIFY(key.ok());
    QCOMPARE(key->repr(), std::string("('a', 2)"));
    auto list = parseKeyLiteral("[1]");
    QVERIFY(!list.ok());
    QVERIFY(list.error().message.find("not a single Python literal") != std::string::npos);
}

QTEST_GUILESS_MAIN(tst_Path)
#include "tst_path.moc"
