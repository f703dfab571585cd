#include "JsonViewer.h"

#include <QApplication>
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
    copy->setToolTip(tr("Copy the whole JSON to the clipboard"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(m_status);
    bar->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &JsonViewer::findNext);
    connect(copy, &QPushButton::clicked, this, &JsonViewer::copyAll);
}

void JsonViewer::setJson(const QByteArray& json) {
    const nlohmann::json j =
        nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    m_text->setPlainText(j.is_discarded() ? QString::fromUtf8(json)
                                          : QString::fromStdString(j.dump(
                                                2, ' ', false, nlohmann::json::error_handler_t::replace)));
    m_status->clear();
}

void JsonViewer::setPlaceholder(const QString& text) {
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
