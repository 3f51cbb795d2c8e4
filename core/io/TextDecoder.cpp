#include "io/TextDecoder.h"

#include <QStringDecoder>

namespace convivium::core {

namespace {

// Windows-1252 is Latin-1 but for 0x80–0x9F; the five unassigned bytes map to
// themselves, as Windows does.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

TextDecoder::Encoding TextDecoder::detect(const QByteArray &bytes)
{
    if (bytes.startsWith(Bom))
        return Encoding::Utf8WithBom;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? Encoding::Windows1252 : Encoding::Utf8;
}

QString TextDecoder::decode(const QByteArray &bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8WithBom:
        return QString::fromUtf8(bytes.mid(Bom.size()));
    case Encoding::Utf8:
        return QString::fromUtf8(bytes);
    case Encoding::Windows1252:
        break;
    }
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const uchar b = uchar(c);
        *out++ = b >= 0x80 && b < 0xA0 ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString TextDecoder::name(Encoding encoding)
{
    return encoding == Encoding::Windows1252 ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8");
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    int controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const uchar b = uchar(bytes.at(i));
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            ++controls;
    }
    return sample > 0 && controls * 100 > sample;   // more than 1 %
}

} // namespace convivium::core
