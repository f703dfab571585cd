#include "EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace aks {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    // Centred by stretches, not by an alignment flag: a layout item with an alignment ignores the
    // label's height-for-width, which cut wrapped text (Japanese wraps into more lines).
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_text, 3);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setText(title, text);
}

void EmptyState::setText(const QString& title, const QString& text) {
    m_title->setText(title);
    m_text->setText(text);
    setAccessibleName(title);
}

} // namespace aks
