#include "widgets/FormMessages.h"

#include <QAbstractButton>
#include <QFormLayout>

namespace convivium::ui {

QLabel *FormMessages::makeLabel(const QString &key, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(key + QStringLiteral("Message"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->setTextFormat(Qt::RichText);
    label->setVisible(false);
    connect(label, &QLabel::linkActivated, this, [this, key](const QString &) {
        emit linkActivated(key, m_conflicts.value(key));
    });
    m_labels.insert(key, label);
    return label;
}

QLabel *FormMessages::addField(const QString &key, QFormLayout *layout, QWidget *field)
{
    int row = -1;
    QFormLayout::ItemRole role;
    layout->getWidgetPosition(field, &row, &role);
    QLabel *label = makeLabel(key, layout->parentWidget());
    layout->insertRow(row + 1, QString(), label);
    layout->setRowVisible(row + 1, false);
    m_forms.insert(key, layout);
    return label;
}

QLabel *FormMessages::addLine(const QString &key, QWidget *parent)
{
    return makeLabel(key, parent);
}

void FormMessages::show(const core::FieldErrors &errors)
{
    QHash<QString, QStringList> byField;
    QHash<QString, QStringList> plain;
    m_conflicts.clear();
    for (const core::FieldError &e : errors) {
        const QString line = e.row >= 0 ? tr("Line %1: %2").arg(e.row + 1).arg(e.message) : e.message;
        plain[e.field] << line;
        QString text = line.toHtmlEscaped();
        if (e.conflictId > 0) {
            text += QStringLiteral(" <a href=\"open\">%1</a>").arg(tr("Open that contributor"));
            m_conflicts.insert(e.field, e.conflictId);
        }
        byField[e.field] << text;
    }
    m_errorCount = int(errors.size());
    m_plain.clear();
    for (auto it = plain.cbegin(); it != plain.cend(); ++it)
        m_plain.insert(it.key(), it.value().join(u'\n'));
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        const QStringList lines = byField.value(it.key());
        it.value()->setText(lines.join(QStringLiteral("<br>")));
        const bool visible = !lines.isEmpty();
        if (QFormLayout *form = m_forms.value(it.key())) {
            int row = -1;
            QFormLayout::ItemRole role;
            form->getWidgetPosition(it.value(), &row, &role);
            if (row >= 0)
                form->setRowVisible(row, visible);
        }
        it.value()->setVisible(visible);
    }
    if (m_ok)
        m_ok->setEnabled(errors.isEmpty());
}

} // namespace convivium::ui
