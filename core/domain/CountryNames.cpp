#include "domain/CountryNames.h"
#include "domain/SearchKey.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtEndian>

namespace convivium::core {

namespace {

struct Catalogue {
    QString root = QStringLiteral("/usr/share");
    bool listRead = false;
    QHash<QString, QPair<QString, QString>> english;   // code → (common name, official name)
    QHash<QString, QHash<QByteArray, QByteArray>> translations;   // language → msgid → msgstr
};

QMutex mutex;

Catalogue &catalogue()
{
    static Catalogue c;
    return c;
}

void readList(Catalogue &c)
{
    c.listRead = true;
    QFile file(c.root + QStringLiteral("/iso-codes/json/iso_3166-1.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        c.english.insert(o.value(QStringLiteral("alpha_2")).toString(),
                         {o.value(QStringLiteral("common_name")).toString(name), name});
    }
}

// A GNU gettext .mo file: a header, then two tables of (length, offset)
// pairs for the original and translated strings.
QHash<QByteArray, QByteArray> readMo(const QString &path)
{
    QHash<QByteArray, QByteArray> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 8 * 1024 * 1024)
        return out;
    const QByteArray data = file.readAll();
    if (data.size() < 20)
        return out;
    const auto word = [&data](qsizetype at, bool little) -> quint32 {
        if (at < 0 || at + 4 > data.size())
            return 0;
        return little ? qFromLittleEndian<quint32>(data.constData() + at) : qFromBigEndian<quint32>(data.constData() + at);
    };
    const bool little = word(0, true) == 0x950412de;
    if (!little && word(0, false) != 0x950412de)
        return out;
    const quint32 count = word(8, little), originals = word(12, little), translated = word(16, little);
    for (quint32 i = 0; i < count; ++i) {
        const quint32 ol = word(originals + 8 * i, little), oo = word(originals + 8 * i + 4, little);
        const quint32 tl = word(translated + 8 * i, little), to = word(translated + 8 * i + 4, little);
        if (qsizetype(oo) + ol > data.size() || qsizetype(to) + tl > data.size())
            return {};   // a damaged catalogue: English rather than garbage
        out.insert(data.mid(oo, ol), data.mid(to, tl));
    }
    return out;
}

} // namespace

void CountryNames::setDataRoot(const QString &root)
{
    QMutexLocker lock(&mutex);
    catalogue() = Catalogue();
    catalogue().root = root;
}

QString CountryNames::name(const QString &alpha2, const QLocale &locale)
{
    const QString code = alpha2.trimmed().toUpper();
    if (code.isEmpty())
        return QString();
    QMutexLocker lock(&mutex);
    Catalogue &c = catalogue();
    if (!c.listRead)
        readList(c);
    const auto names = c.english.constFind(code);
    if (names == c.english.cend()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        return territory == QLocale::AnyTerritory ? alpha2.trimmed() : QLocale::territoryToString(territory);
    }
    const QString language = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    if (language.isEmpty() || language == u"en")
        return names->first;
    if (!c.translations.contains(language))
        c.translations.insert(language, readMo(c.root + QStringLiteral("/locale/%1/LC_MESSAGES/iso_3166-1.mo").arg(language)));
    const QHash<QByteArray, QByteArray> &messages = c.translations[language];
    for (const QString &english : {names->first, names->second})
        if (const auto it = messages.constFind(english.toUtf8()); it != messages.cend() && !it->isEmpty())
            return QString::fromUtf8(*it);
    return names->first;
}

QString CountryNames::codeFor(const QString &text)
{
    const QString key = SearchKey::fold(text).simplified();
    if (key.size() == 2 && key.at(0).isLetter() && key.at(1).isLetter()
        && QLocale::codeToTerritory(key.toUpper()) != QLocale::AnyTerritory)
        return key.toUpper();
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> out;
        const QLocale english(QLocale::English), french(QLocale::French);
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString code = QLocale::territoryToCode(QLocale::Territory(t));
            if (code.size() != 2)
                continue;
            for (const QString &n : {name(code, english), name(code, french), QLocale::territoryToString(QLocale::Territory(t))})
                out.insert(SearchKey::fold(n).simplified(), code);
        }
        return out;
    }();
    return codes.value(key);
}

} // namespace convivium::core
