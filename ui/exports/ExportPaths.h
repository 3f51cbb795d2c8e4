#pragma once
#include <QString>

namespace convivium::ui {

// Where exports are suggested: the folder of the last one (else Documents),
// under a name made from what is exported, safe on any file system.
class ExportPaths
{
public:
    static QString suggest(const QString &name, const QString &suffix);
    static void remember(const QString &writtenPath);
    static QString fileName(const QString &name);   // "Sprint 2026: Écrins" → "Sprint 2026 - Écrins"
};

} // namespace convivium::ui
