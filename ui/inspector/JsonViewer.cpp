#include "JsonViewer.h"

#include "inspector/SecretValues.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace aks {

JsonViewer::JsonViewer(QWidget* parent)
    : QWidget(parent),
      m_text(new QPlainTextEdit(this)),
      m_reveal(new QCheckBox(tr("Show secret &values"), this)),
      m_find(new QLineEdit(this)),
      m_status(new QLabel(this)) {
    m_text->setObjectName(QStringLiteral("jsonText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Object JSON"));
    m_find->setObjectName(QStringLiteral("jsonFind"));
    m_find->setPlaceholderText(tr("Find in JSON"));
    m_find->setAccessibleName(tr("Find in JSON"));
    m_find->setClearButtonEnabled(true);
    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("jsonCopy"));
    copy->setToolTip(
        tr("Copy the whole JSON to the clipboard, as shown (secret values masked unless shown)"));
    m_reveal->setObjectName(QStringLiteral("jsonReveal"));
    m_reveal->setToolTip(tr("This Secret's values are masked. Tick to show them in clear."));
    m_reveal->setVisible(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_reveal);
    bar->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &JsonViewer::findNext);
    connect(copy, &QPushButton::clicked, this, &JsonViewer::copyAll);
    connect(m_reveal, &QCheckBox::toggled, this, &JsonViewer::showText);
}

void JsonViewer::setJson(const QByteArray& json) {
    nlohmann::json j =
        nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    const auto pretty = [](const nlohmann::json& v) {
        return QString::fromStdString(v.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    };
    m_clear = j.is_discarded() ? QString::fromUtf8(json) : pretty(j);
    m_maskedCount = j.is_discarded() ? 0 : SecretValues::mask(j);
    m_masked = m_maskedCount > 0 ? pretty(j) : m_clear;
    // Every object starts masked again: a reveal is for the object it was asked for.
    const QSignalBlocker quiet(m_reveal);
    m_reveal->setChecked(false);
    m_reveal->setVisible(m_maskedCount > 0);
    showText();
    m_status->clear();
}

void JsonViewer::showText() {
    m_text->setPlainText(m_reveal->isChecked() ? m_clear : m_masked);
}

void JsonViewer::setPlaceholder(const QString& text) {
    m_clear.clear();
    m_masked.clear();
    m_maskedCount = 0;
    m_reveal->setVisible(false);
    m_text->clear();
    m_text->setPlaceholderText(text);
}

QString JsonViewer::text() const {
    return m_text->toPlainText();
}

void JsonViewer::findNext() {
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return;
    if (!m_text->find(needle)) {
        m_text->moveCursor(QTextCursor::Start);
        if (!m_text->find(needle)) {
            m_status->setText(tr("Not found"));
            return;
        }
    }
    m_status->clear();
}

void JsonViewer::copyAll() {
    QApplication::clipboard()->setText(m_text->toPlainText());
}

} // namespace aks
