#include "UserPrompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace convivium::ui {

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
