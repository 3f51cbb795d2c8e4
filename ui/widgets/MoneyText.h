#pragma once
#include "domain/Money.h"

#include <QLineEdit>

namespace convivium::ui {

// Reads an amount typed in a form field ("62,50", "1 234 €") as whole cents,
// an empty field meaning zero; *ok tells whether the text could be read.
inline qint64 centsIn(const QLineEdit *edit, bool *ok = nullptr)
{
    qint64 value = 0;
    const bool parsed = edit->text().trimmed().isEmpty() || core::Money::parse(edit->text(), &value);
    if (ok)
        *ok = parsed;
    return parsed ? value : 0;
}

} // namespace convivium::ui
