#include "UserPrompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace convivium::ui {

namespace {

// Shown only when the task lasts; application-modal, so that nothing the
// task reads (the community, its windows) can be closed under it.
class ProgressDialogReport : public ProgressReport
{
public:
    ProgressDialogReport(QWidget *parent, const QString &label)
        : m_dialog(label, UserPrompts::tr("Cancel"), 0, 0, parent)
    {
        m_dialog.setWindowModality(Qt::ApplicationModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    bool update(qint64 done, qint64 total) override
    {
        // QProgressDialog counts in int: scale very long tasks down.
        const qint64 scale = total > 1'000'000 ? total / 1'000'000 + 1 : 1;
        m_dialog.setMaximum(int(qMax<qint64>(0, total) / scale));
        m_dialog.setValue(int(qBound<qint64>(0, done, qMax<qint64>(0, total)) / scale));
        QCoreApplication::processEvents();
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

bool UserPrompts::confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void UserPrompts::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString UserPrompts::openFileName(QWidget *parent, const QString &title, const QString &dir)
{
    return QFileDialog::getOpenFileName(parent, title, dir,
                                        tr("Convivium communities (*.convivium);;All files (*)"));
}

QString UserPrompts::openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, dir, filter + QStringLiteral(";;") + tr("All files (*)"));
}

QString UserPrompts::saveFileName(QWidget *parent, const QString &title, const QString &dir)
{
    QString name = QFileDialog::getSaveFileName(parent, title, dir, tr("Convivium communities (*.convivium)"));
    if (!name.isEmpty() && !name.endsWith(QStringLiteral(".convivium")))
        name += QStringLiteral(".convivium");
    return name;
}

QString UserPrompts::exportFileName(QWidget *parent, const QString &title, const QString &suggested,
                                   const QString &filter)
{
    QString name = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    const QString suffix = QFileInfo(suggested).suffix();
    if (!name.isEmpty() && !suffix.isEmpty() && QFileInfo(name).suffix().isEmpty())
        name += u'.' + suffix;
    return name;
}

QString UserPrompts::exportFileName(QWidget *parent, const QString &title, const QString &suggested,
                                   const QStringList &filters, int *filter)
{
    QString selected = filters.value(filter ? *filter : 0);
    QString name = QFileDialog::getSaveFileName(parent, title, suggested, filters.join(QStringLiteral(";;")), &selected);
    if (filter && filters.contains(selected))
        *filter = int(filters.indexOf(selected));
    const QString suffix = QFileInfo(suggested).suffix();
    if (!name.isEmpty() && !suffix.isEmpty() && QFileInfo(name).suffix().isEmpty())
        name += u'.' + suffix;
    return name;
}

int UserPrompts::choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                        int current)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, qBound(0, current, int(items.size()) - 1),
                                               false, &ok);
    return ok ? int(items.indexOf(item)) : -1;
}

std::unique_ptr<ProgressReport> UserPrompts::progress(QWidget *parent, const QString &label)
{
    return std::make_unique<ProgressDialogReport>(parent, label);
}

QString UserPrompts::importFileName(QWidget *parent, const QString &title, const QString &dir)
{
    return QFileDialog::getOpenFileName(parent, title, dir,
                                        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
}

int UserPrompts::exec(QWidget *dialog)
{
    auto *d = qobject_cast<QDialog *>(dialog);
    return d ? d->exec() : QDialog::Rejected;
}

} // namespace convivium::ui
