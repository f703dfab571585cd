#pragma once

#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace aks::test {

// A dialog's field by object name; a missing one ends the test run, naming it.
template <typename T> T* child(QWidget* w, const char* name) {
    T* c = w->findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no widget %s", name);
    return c;
}

// Types into a field as a person would, replacing what it held.
inline void type(QWidget* dialog, const char* name, const QString& text) {
    auto* e = child<QLineEdit>(dialog, name);
    e->clear();
    QTest::keyClicks(e, text);
}

} // namespace aks::test
