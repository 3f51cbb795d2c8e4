#pragma once
#include <QTest>
#include <QWidget>

namespace convivium::test {

// Types text key by key like a user would; QTest::keyClicks only takes ASCII,
// and our users write "Hélène" and "Région".
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace convivium::test
