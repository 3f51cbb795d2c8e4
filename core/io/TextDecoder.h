#pragma once
#include <QByteArray>
#include <QString>

namespace convivium::core {

// Turns the bytes of a text file into text, the way a French office writes
// them: UTF-8 with or without a byte-order mark, or Windows-1252 (Excel's
// "CSV (séparateur : point-virgule)"). UTF-8 is recognised by being valid;
// anything else is read as Windows-1252, which accepts every byte.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Windows1252 };

    static Encoding detect(const QByteArray &bytes);
    static QString decode(const QByteArray &bytes, Encoding encoding);
    static QString decode(const QByteArray &bytes) { return decode(bytes, detect(bytes)); }
    static QString name(Encoding encoding);   // "UTF-8", "Windows-1252"
    // True when the bytes look like a binary file rather than text: NUL
    // bytes, or many control characters.
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace convivium::core
