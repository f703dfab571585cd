#include "AzureSharedKeySigner.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <map>

namespace aks {
namespace {

QByteArray headerValue(const AzureSharedKeySigner::Headers& headers, const QByteArray& name) {
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

AzureSharedKeySigner::AzureSharedKeySigner(QString account, const QString& base64Key)
    : m_account(std::move(account)) {
    auto decoded = QByteArray::fromBase64Encoding(base64Key.trimmed().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        m_key = *decoded;
}

QByteArray AzureSharedKeySigner::httpDate(const QDateTime& utc) {
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " GMT";
}

QByteArray AzureSharedKeySigner::stringToSign(const QByteArray& method, const QUrl& url,
                                              const Headers& headers) const {
    QByteArray s = method + '\n';
    const char* standard[] = {"Content-Encoding",
                              "Content-Language",
                              "Content-Length",
                              "Content-MD5",
                              "Content-Type",
                              "Date",
                              "If-Modified-Since",
                              "If-Match",
                              "If-None-Match",
                              "If-Unmodified-Since",
                              "Range"};
    for (const char* name : standard) {
        QByteArray v = headerValue(headers, name);
        if (qstrcmp(name, "Content-Length") == 0 && v == "0")
            v.clear();
        s += v + '\n';
    }
    std::map<QByteArray, QByteArray> msHeaders;
    for (const auto& [key, value] : headers)
        if (key.toLower().startsWith("x-ms-"))
            msHeaders[key.toLower()] = value.trimmed();
    for (const auto& [key, value] : msHeaders)
        s += key + ':' + value + '\n';

    s += '/' + m_account.toUtf8() + url.path(QUrl::FullyEncoded).toUtf8();
    std::map<QByteArray, QList<QByteArray>> params;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        params[key.toLower().toUtf8()].append(value.toUtf8());
    for (auto& [key, values] : params) {
        std::sort(values.begin(), values.end());
        s += '\n' + key + ':' + values.join(',');
    }
    return s;
}

QByteArray AzureSharedKeySigner::authorization(const QByteArray& method, const QUrl& url,
                                               const Headers& headers) const {
    const QByteArray mac = QMessageAuthenticationCode::hash(stringToSign(method, url, headers), m_key,
                                                            QCryptographicHash::Sha256);
    return "SharedKey " + m_account.toUtf8() + ':' + mac.toBase64();
}

} // namespace aks
