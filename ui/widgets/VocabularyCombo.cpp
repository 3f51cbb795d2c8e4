#include "widgets/VocabularyCombo.h"

namespace convivium::ui {

VocabularyCombo::VocabularyCombo(core::Vocabulary::List list, QWidget *parent) : QComboBox(parent)
{
    for (const core::Term &t : core::Vocabulary::terms(list))
        addItem(t.label, t.code);
}

void VocabularyCombo::setCode(const QString &code)
{
    const int i = findData(code);
    if (i >= 0)
        setCurrentIndex(i);
}

} // namespace convivium::ui
