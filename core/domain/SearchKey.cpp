#include "domain/SearchKey.h"

namespace convivium::core {

QString SearchKey::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += c.toLower();
    }
    return out;
}

QString SearchKey::of(const QStringList &parts)
{
    QStringList folded;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            folded << fold(p);
    return folded.join(u' ');
}

} // namespace convivium::core
