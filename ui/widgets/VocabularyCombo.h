#pragma once
#include "domain/Vocabulary.h"

#include <QComboBox>

namespace convivium::ui {

// A combo box over one of the domain's closed lists: shows the translated
// label, keeps the stored code as item data.
class VocabularyCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit VocabularyCombo(core::Vocabulary::List list, QWidget *parent = nullptr);
    QString code() const { return currentData().toString(); }
    void setCode(const QString &code);
};

} // namespace convivium::ui
