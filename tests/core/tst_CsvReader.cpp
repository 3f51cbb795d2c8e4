// CsvReader and TextDecoder: files as French and English spreadsheets write
// them (semicolons, Windows-1252, byte-order marks, quoted line breaks), and
// malformed files refused with a message naming the line.
#include "io/CsvReader.h"
#include "io/TextDecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace convivium::core;

namespace {

// "Prénom;Nom;Courriel" in Windows-1252, as Excel saves "CSV (séparateur : point-virgule)".
QByteArray frenchExcel()
{
    return QByteArray("Pr\xe9nom;Nom;Courriel;Arriv\xe9" "e;R\xe9gime\r\n"
                      "Zo\xe9;L\x9c" "uvre;zoe@example.org;30/03/2026;v\xe9g\xe9tarien\r\n"
                      "\xc9lodie;Perrin;\"elodie@example.org\";31/03/2026;\"sans gluten; sans lactose\"\r\n");
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private slots:
    void decoder_detectsEncodings_data();
    void decoder_detectsEncodings();
    void frenchExcel_semicolonWindows1252();
    void delimiters_data();
    void delimiters();
    void quotedFields_holdDelimitersLineBreaksAndQuotes();
    void blankLinesSkipped_lineNumbersKept();
    void options_overrideEncodingDelimiterAndHeader();
    void badFiles_data();
    void badFiles();
    void readFile_missingOrFolder();
    void quotes_openAFieldOnlyAfterSpaces_data();
    void quotes_openAFieldOnlyAfterSpaces();
    void strayQuotes_readInLinearTime();
};

void tst_CsvReader::decoder_detectsEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("text");
    using E = TextDecoder::Encoding;
    QTest::newRow("ascii") << QByteArray("Nom,Email") << int(E::Utf8) << QStringLiteral("Nom,Email");
    QTest::newRow("utf-8") << QByteArray("Pr\xc3\xa9nom") << int(E::Utf8) << QStringLiteral("Prénom");
    QTest::newRow("utf-8 with BOM") << QByteArray("\xef\xbb\xbfPr\xc3\xa9nom") << int(E::Utf8WithBom)
                                    << QStringLiteral("Prénom");
    QTest::newRow("windows-1252") << QByteArray("Pr\xe9nom \x80 \x9c \x92") << int(E::Windows1252)
                                  << QStringLiteral("Prénom € œ ’");
}

void tst_CsvReader::decoder_detectsEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, text);
    QCOMPARE(int(TextDecoder::detect(bytes)), encoding);
    QCOMPARE(TextDecoder::decode(bytes), text);
}

void tst_CsvReader::frenchExcel_semicolonWindows1252()
{
    const Fallible<CsvDocument> doc = CsvReader::read(frenchExcel());
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(doc.value().delimiter, QChar(u';'));
    QCOMPARE(int(doc.value().encoding), int(TextDecoder::Encoding::Windows1252));
    QCOMPARE(doc.value().header, (QStringList{QStringLiteral("Prénom"), QStringLiteral("Nom"), QStringLiteral("Courriel"),
                                              QStringLiteral("Arrivée"), QStringLiteral("Régime")}));
    QCOMPARE(doc.value().records.size(), 2);
    QCOMPARE(doc.value().records.at(0).fields.value(1), QStringLiteral("Lœuvre"));
    QCOMPARE(doc.value().records.at(1).fields.value(4), QStringLiteral("sans gluten; sans lactose"));
    QCOMPARE(doc.value().records.at(1).line, 3);
}

void tst_CsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("fields");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << "," << 3;
    QTest::newRow("semicolon with commas in text") << QByteArray("nom;ville\nDupont, Jean;Gap\nRoux;Paris\n") << ";" << 2;
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << "\t" << 2;
    QTest::newRow("one column") << QByteArray("email\na@example.org\n") << "," << 1;
    QTest::newRow("quoted semicolons do not count") << QByteArray("a,b\n\"x;y;z\",2\n") << "," << 2;
}

void tst_CsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    QFETCH(int, fields);
    const Fallible<CsvDocument> doc = CsvReader::read(bytes);
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(QString(doc.value().delimiter), delimiter);
    QCOMPARE(doc.value().header.size(), fields);
    for (const CsvRecord &r : doc.value().records)
        QCOMPARE(r.fields.size(), fields);
}

void tst_CsvReader::quotedFields_holdDelimitersLineBreaksAndQuotes()
{
    const QByteArray bytes("name,notes,city\r\n"
                           "\"Roux, Léa\",\"first line\r\nsecond \"\"quoted\"\" line\",Gap\r\n"
                           "Jo,  spaced  ,\"  kept  \"\r\n");
    const Fallible<CsvDocument> doc = CsvReader::read(bytes);
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(doc.value().records.size(), 2);
    const QStringList first = doc.value().records.at(0).fields;
    QCOMPARE(first.value(0), QStringLiteral("Roux, Léa"));
    QCOMPARE(first.value(1), QStringLiteral("first line\nsecond \"quoted\" line"));
    QCOMPARE(first.value(2), QStringLiteral("Gap"));
    const CsvRecord &second = doc.value().records.at(1);
    QCOMPARE(second.line, 4);   // the quoted line break took a line
    QCOMPARE(second.fields.value(1), QStringLiteral("spaced"));      // unquoted: trimmed
    QCOMPARE(second.fields.value(2), QStringLiteral("  kept  "));    // quoted: as written
}

void tst_CsvReader::blankLinesSkipped_lineNumbersKept()
{
    const Fallible<CsvDocument> doc = CsvReader::read(QByteArray("a,b\n\n1,2\n\n\n3,4"));
    QVERIFY(doc);
    QCOMPARE(doc.value().records.size(), 2);
    QCOMPARE(doc.value().records.at(0).line, 3);
    QCOMPARE(doc.value().records.at(1).line, 6);
    QCOMPARE(doc.value().records.at(1).fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
}

void tst_CsvReader::options_overrideEncodingDelimiterAndHeader()
{
    // Valid UTF-8 by chance ("Ã©" in Windows-1252 is "é" in UTF-8): the user says which it is.
    const QByteArray bytes("Nom;Ville\r\nRen\xc3\xa9;Gap, Hautes-Alpes\r\n");
    CsvReadOptions options;
    options.encoding = TextDecoder::Encoding::Windows1252;
    Fallible<CsvDocument> doc = CsvReader::read(bytes, options);
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(int(doc.value().encoding), int(TextDecoder::Encoding::Windows1252));
    QCOMPARE(doc.value().records.at(0).fields.value(0), QStringLiteral("RenÃ©"));

    // A comma given as the separator, no header: every line is a record.
    options = CsvReadOptions();
    options.delimiter = u',';
    options.hasHeader = false;
    doc = CsvReader::read(bytes, options);
    QVERIFY2(doc, qPrintable(doc.message()));
    QVERIFY(doc.value().header.isEmpty());
    QCOMPARE(doc.value().records.size(), 2);
    QCOMPARE(doc.value().records.at(1).fields, (QStringList{QStringLiteral("René;Gap"), QStringLiteral("Hautes-Alpes")}));

    // UTF-8 asked of a file with a byte-order mark: the mark is still not text.
    options = CsvReadOptions();
    options.encoding = TextDecoder::Encoding::Utf8;
    doc = CsvReader::read(QByteArray("\xef\xbb\xbfNom,Ville\n1,2\n"), options);
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(doc.value().header.value(0), QStringLiteral("Nom"));
}

void tst_CsvReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "The file is empty.";
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << "The file is empty.";
    QTest::newRow("only a BOM") << QByteArray("\xef\xbb\xbf") << "The file is empty.";
    QTest::newRow("binary (a zip, as .xlsx)") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\x01')
                                              << "binary data";
    QTest::newRow("quote never closed") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << "Line 3: a quoted field";
}

void tst_CsvReader::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Fallible<CsvDocument> doc = CsvReader::read(bytes);
    QVERIFY(!doc);
    QVERIFY2(doc.message().contains(message), qPrintable(doc.message()));
}

void tst_CsvReader::readFile_missingOrFolder()
{
    QTemporaryDir dir;
    Fallible<CsvDocument> doc = CsvReader::readFile(dir.filePath(QStringLiteral("nope.csv")));
    QVERIFY(!doc);
    QVERIFY2(doc.message().contains(QStringLiteral("does not exist")), qPrintable(doc.message()));
    doc = CsvReader::readFile(dir.path());
    QVERIFY(!doc);
    QVERIFY2(doc.message().contains(QStringLiteral("folder")), qPrintable(doc.message()));
    QFile file(dir.filePath(QStringLiteral("people.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(frenchExcel());
    file.close();
    doc = CsvReader::readFile(file.fileName());
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(doc.value().records.size(), 2);
}

void tst_CsvReader::quotes_openAFieldOnlyAfterSpaces_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("read");
    QTest::newRow("at the start") << QByteArray("\"Roux, L\xc3\xa9" "a\"") << QStringLiteral("Roux, Léa");
    QTest::newRow("after spaces and a tab") << QByteArray(" \t \"x,y\"") << QStringLiteral("x,y");
    QTest::newRow("inside text, kept") << QByteArray("5\" 1/4") << QStringLiteral("5\" 1/4");
    QTest::newRow("after a space inside text, kept") << QByteArray("dit \"Jo\"") << QStringLiteral("dit \"Jo\"");
}

void tst_CsvReader::quotes_openAFieldOnlyAfterSpaces()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, read);
    const Fallible<CsvDocument> doc = CsvReader::read("a,b\n" + cell + ",end\n");
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(doc.value().records.size(), 1);
    QCOMPARE(doc.value().records.at(0).fields, (QStringList{read, QStringLiteral("end")}));
}

// Found while fuzzing (fuzz/csv_reader): the field was trimmed at every quote
// to know whether it had started, so a 1 MB line of " \"" pairs took about
// half a minute in a Debug build; it now takes milliseconds.
void tst_CsvReader::strayQuotes_readInLinearTime()
{
    QByteArray line("a");
    for (int i = 0; i < 500000; ++i)
        line += " \"";
    QElapsedTimer timer;
    timer.start();
    const Fallible<CsvDocument> doc = CsvReader::read("notes\n" + line + '\n');
    const qint64 ms = timer.elapsed();
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(doc.value().records.value(0).fields, QStringList{QString::fromLatin1(line)});
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
