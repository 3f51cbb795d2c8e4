#pragma once
#include "services/Validation.h"

#include <QHash>
#include <QLabel>
#include <QObject>

class QAbstractButton;
class QFormLayout;

namespace convivium::ui {

// The inline messages of a form: one red line under each field that has a
// problem, and the OK button enabled only when there is none.
class FormMessages : public QObject
{
    Q_OBJECT
public:
    explicit FormMessages(QObject *parent = nullptr) : QObject(parent) {}

    // A message line placed right after `field` in the form layout.
    QLabel *addField(const QString &key, QFormLayout *layout, QWidget *field);
    // A message line managed by the caller (placed under a table, say).
    QLabel *addLine(const QString &key, QWidget *parent);
    void setOkButton(QAbstractButton *ok) { m_ok = ok; }

    void show(const core::FieldErrors &errors);
    QString message(const QString &key) const { return m_plain.value(key); }   // as the user reads it
    bool hasErrors() const { return m_errorCount > 0; }

signals:
    void linkActivated(const QString &key, qint64 conflictId);

private:
    QLabel *makeLabel(const QString &key, QWidget *parent);
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QFormLayout *> m_forms;
    QHash<QString, qint64> m_conflicts;
    QHash<QString, QString> m_plain;
    QAbstractButton *m_ok = nullptr;
    int m_errorCount = 0;
};

} // namespace convivium::ui
