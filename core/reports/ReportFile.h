#pragma once
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QSaveFile;

namespace convivium::core {

// Report files are written whole or not at all: into a temporary file beside
// the target, renamed over it only when everything went well. A failed or
// cancelled write leaves no half file and keeps an older report intact.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
public:
    static Result save(const QString &path, const QByteArray &bytes);
    // The steps, for writers that stream into the file (PDF).
    static Result open(QSaveFile &file);
    static Result commit(QSaveFile &file);
};

} // namespace convivium::core
