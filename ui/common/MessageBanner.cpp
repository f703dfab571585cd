#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace aks {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent),
      m_text(new QLabel(this)),
      m_detail(new QLabel(this)),
      m_toggle(new QToolButton(this)),
      m_close(new QToolButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_text->setWordWrap(true);
    // Messages quote backup, snapshot and entry names: never rendered as rich text.
    m_text->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setVisible(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_detail->setFont(mono);
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    row->addWidget(m_text, 1);
    row->addWidget(m_toggle);
    row->addWidget(m_close);
    outer->addLayout(row);
    outer->addWidget(m_detail);
    connect(m_toggle, &QToolButton::toggled, m_detail, &QLabel::setVisible);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    setVisible(false);
}

void MessageBanner::showMessage(Kind kind, const QString& text, const QString& detail) {
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QColor bg;
    switch (kind) {
    case Kind::Info:
        bg = dark ? QColor(0x1e, 0x3a, 0x5f) : QColor(0xe3, 0xf2, 0xfd);
        break;
    case Kind::Warning:
        bg = dark ? QColor(0x5d, 0x45, 0x10) : QColor(0xff, 0xf4, 0xd6);
        break;
    case Kind::Error:
        bg = dark ? QColor(0x5f, 0x1e, 0x1e) : QColor(0xfd, 0xe4, 0xe4);
        break;
    }
    pal.setColor(QPalette::Window, bg);
    setPalette(pal);
    m_text->setText(text);
    m_detail->setText(detail);
    m_toggle->setVisible(!detail.isEmpty());
    m_toggle->setChecked(false);
    setAccessibleDescription(text);
    setVisible(true);
}

void MessageBanner::clear() {
    m_text->clear();
    m_detail->clear();
    setVisible(false);
}

QString MessageBanner::text() const {
    return m_text->text();
}

} // namespace aks
