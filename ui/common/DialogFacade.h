#pragma once

#include <QMessageBox>
#include <QObject>
#include <QQueue>
#include <QString>

#include <optional>

namespace aks {

// Every modal question goes through here, so GUI tests can answer them in advance.
class DialogFacade : public QObject {
    Q_OBJECT
public:
    explicit DialogFacade(QObject* parent = nullptr) : QObject(parent) {}

    QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                         QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                QMessageBox::No,
                                         QMessageBox::StandardButton defaultButton = QMessageBox::No);
    void information(QWidget* parent, const QString& title, const QString& text);
    // Asks the admin to type `expected` (a deployment or cluster name) to allow a destructive step.
    bool confirmByTyping(QWidget* parent, const QString& title, const QString& text, const QString& expected);
    // Asks for a passphrase; with `confirm`, a new one typed twice (at least 8 characters). Empty
    // when the admin cancels.
    QByteArray passphrase(QWidget* parent, const QString& title, const QString& text, bool confirm);
    QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir);

    // For tests: the next call of that kind answers this without showing anything.
    void setNextAnswer(QMessageBox::StandardButton answer) { m_answers.enqueue(answer); }
    void setNextTypedText(const QString& text) { m_typed.enqueue(text); }
    void setNextFileName(const QString& path) { m_files.enqueue(path); }
    void setNextPassphrase(const QByteArray& passphrase) { m_passphrases.enqueue(passphrase); }

private:
    QQueue<QMessageBox::StandardButton> m_answers;
    QQueue<QString> m_typed;
    QQueue<QString> m_files;
    QQueue<QByteArray> m_passphrases;
};

} // namespace aks
