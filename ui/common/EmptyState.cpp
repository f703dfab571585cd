#include "EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace aks {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_title->setAlignment(Qt::AlignCenter);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(560);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setText(title, text);
}

void EmptyState::setText(const QString& title, const QString& text) {
    m_title->setText(title);
    m_text->setText(text);
    setAccessibleName(title);
}

} // namespace aks
