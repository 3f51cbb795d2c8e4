#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstring>

namespace convivium::core {

namespace {

// Qt's tr() context of a Q_OBJECT class is its qualified name
// ("convivium::ui::RecordListView"); lupdate does not always record the
// namespace. Looking the short name up as well makes both agree.
class ContextTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && context) {
            if (const char *shortName = std::strrchr(context, ':'))
                text = QTranslator::translate(shortName + 1, sourceText, disambiguation, n);
        }
        return text;
    }
};

} // namespace

QString Translations::install(const QString &language)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("CONVIVIUM_LANG");
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    QString code = QLocale::languageToCode(locale.language());
    if (code == u"C" || code.isEmpty())
        code = QStringLiteral("en");   // English is the source language; its file holds the plural forms
    ours = new ContextTranslator;
    if (ours->load(QStringLiteral(":/i18n/convivium_") + code))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace convivium::core
