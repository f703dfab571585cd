#include "Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace aks {
namespace {

QMutex& secretsMutex() {
    static QMutex m;
    return m;
}

QSet<QString>& secrets() {
    static QSet<QString> s;
    return s;
}

struct Pattern {
    QRegularExpression re;
    QString replacement;
};

const QList<Pattern>& patterns() {
    static const QList<Pattern> list = [] {
        const QString mask = QString::fromLatin1(Redactor::kMask);
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<Pattern> p;
        // HTTP authorization headers (SharedKey, AWS4-HMAC-SHA256, Bearer, Basic).
        p.append({QRegularExpression(QString::fromLatin1(R"re((authorization\s*[:=]\s*)[^\r\n]+)re"), ci),
                  QStringLiteral("\\1") + mask});
        // SAS token signature and AWS presigned signature parameters.
        p.append(
            {QRegularExpression(
                 QString::fromLatin1(
                     R"re(((?:^|[?&\s"'])(?:sig|X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token)=)[^&\s"']+)re"),
                 ci),
             QStringLiteral("\\1") + mask});
        // Connection strings: AccountKey=...; SharedAccessSignature=...
        p.append({QRegularExpression(
                      QString::fromLatin1(R"re(((?:AccountKey|SharedAccessSignature)=)[^;\s"']+)re"), ci),
                  QStringLiteral("\\1") + mask});
        // key=value and key: value forms of well-known secret names (credentials files, CLI flags).
        p.append({QRegularExpression(
                      QString::fromLatin1(
                          R"re(((?:password|passwd|pwd|secret|client_secret|clientsecret|)re"
                          R"re(aws_secret_access_key|aws_session_token|AZURE_CLIENT_SECRET|)re"
                          R"re(AZURE_STORAGE_ACCOUNT_ACCESS_KEY|AZURE_STORAGE_KEY|)re"
                          R"re(AZURE_STORAGE_SAS_TOKEN|AWS_SECRET_ACCESS_KEY|token|apikey|api_key)re"
                          R"re()\s*[=:]\s*)(?!\*\*\*REDACTED)[^\s,;&"']+)re"),
                      ci),
                  QStringLiteral("\\1") + mask});
        // JSON properties with secret names: "password": "value"
        p.append({QRegularExpression(
                      QString::fromLatin1(
                          R"re(("(?:[A-Za-z_]*(?:password|secret|token|identity|privatekey|)re"
                          R"re(private_key|accesskey|accountkey|storagekey)[A-Za-z_]*)"\s*:\s*")[^"]*("))re"),
                      ci),
                  QStringLiteral("\\1") + mask + QStringLiteral("\\2")});
        // PEM private keys.
        p.append({QRegularExpression(QString::fromLatin1(
                      R"re(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----)re")),
                  mask});
        return p;
    }();
    return list;
}

} // namespace

void Redactor::registerSecret(const QString& secret) {
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < 6)
        return;
    QMutexLocker lock(&secretsMutex());
    secrets().insert(trimmed);
}

void Redactor::clearRegisteredSecrets() {
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
}

QString Redactor::redact(const QString& text) {
    if (text.isEmpty())
        return text;
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex());
        // Longest first, so a secret that contains another is masked whole.
        QStringList known(secrets().cbegin(), secrets().cend());
        std::sort(known.begin(), known.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& s : known) {
            out.replace(s, QString::fromLatin1(kMask));
            // The same secret percent-encoded, as it appears in URLs.
            const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(s));
            if (enc != s)
                out.replace(enc, QString::fromLatin1(kMask));
        }
    }
    for (const Pattern& p : patterns())
        out.replace(p.re, p.replacement);
    return out;
}

std::string Redactor::redact(const std::string& text) {
    return redact(QString::fromStdString(text)).toStdString();
}

QStringList Redactor::redact(const QStringList& lines) {
    QStringList out;
    out.reserve(lines.size());
    for (const QString& l : lines)
        out.append(redact(l));
    return out;
}

} // namespace aks
