#pragma once
#include <QDate>
#include <QLineEdit>

namespace convivium::ui {

// A date that may be left empty, typed in the user's short format
// (31/03/2026 in French) or as ISO (2026-03-31).
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);
    void setDate(const QDate &date);
    QDate date() const;                 // invalid when empty or unreadable
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    bool isReadable() const;            // empty, or a real date

    static QDate parse(const QString &text, bool *ok);
    static QString format(const QDate &date);
};

} // namespace convivium::ui
