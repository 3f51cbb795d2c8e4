#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace convivium::core {

class Database;

// Rotating copies of a community file, taken when the window opens it and
// when it closes it, so that a bad day (an import into the wrong file, a
// disk that fills up) costs at most one session. VACUUM INTO gives a
// consistent, compact copy even with the write-ahead log in use. Only the
// newest `keep` copies stay. Team databases are the server's to back up.
class AutoBackups
{
    Q_DECLARE_TR_FUNCTIONS(AutoBackups)
public:
    struct Copy {
        QString path;
        QDateTime takenAt;   // local time
        bool atOpen = true;  // taken when the file was opened (else closed)
        qint64 bytes = 0;
    };

    explicit AutoBackups(QString folder, int keep = 10) : m_folder(std::move(folder)), m_keep(keep) {}
    // Under the user's data folder, one folder per community file.
    static QString folderFor(const QString &communityPath);

    // The copy's path; nothing is done (an empty path) for a team database.
    Fallible<QString> take(const Database &db, bool atOpen) const;
    QList<Copy> copies() const;   // newest first
    const QString &folder() const { return m_folder; }

    // Copies a backup into a new file, after checking it opens as a community.
    static Result restore(const QString &copy, const QString &target);

private:
    QString m_folder;
    int m_keep;
};

} // namespace convivium::core
